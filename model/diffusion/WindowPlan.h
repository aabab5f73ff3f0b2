#pragma once
// Long pieces from a 4-bar model: overlapping windows, each inpainted over what earlier windows made.
#include <vector>

namespace fgg {

struct Window {
    int origin = 0; ///< first 16th step of the window in the piece
    int steps = 64; ///< window length (the model's 64)
};

/// Windows of `window` steps covering [from, to) of a piece of `pieceSteps` (>= window) steps, each
/// overlapping the previous by at least `overlap` steps, the last one aligned to `to` (or the piece end). One
/// window when the span fits; the first window starts so that it covers `from` with as much context before it
/// as the piece has, up to `overlap`.
std::vector<Window> planWindows(int pieceSteps, int from, int to, int window = 64, int overlap = 32);

} // namespace fgg
