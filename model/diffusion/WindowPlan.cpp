#include "model/diffusion/WindowPlan.h"

#include <algorithm>

namespace fgg {

std::vector<Window> planWindows(int pieceSteps, int from, int to, int window, int overlap) {
    std::vector<Window> out;
    if (to <= from) return out;
    const int lastOrigin = std::max(0, pieceSteps - window);
    // Centre short spans in their window: context on both sides helps inpainting join smoothly.
    int origin = std::clamp(from - std::max(0, (window - (to - from)) / 2), 0, lastOrigin);
    origin -= origin % 16; // keep windows bar-aligned: the model was trained on bar-aligned segments
    out.push_back({origin, window});
    const int hop = window - overlap;
    while (origin + window < std::min(to, pieceSteps)) {
        origin = std::min(origin + hop, lastOrigin);
        out.push_back({origin, window});
    }
    return out;
}

} // namespace fgg
