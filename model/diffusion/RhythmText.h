#pragma once
// A melody rhythm as text, one character per 16th: `x` starts a note, `.` or `-` does not; bars are
// separated by spaces or `|` ("x..x ..x. x... x.x." is one 4/4 bar of 16ths written in four beats). The CLI's
// `--rhythm`, the rhythm lane and the project file use this form.
#include <string>
#include <vector>

namespace fgg {

/// Onsets per 16th step (0 or 1). Throws Error naming the first character that is not x, X, ., -, space or |.
std::vector<int> parseRhythmText(const std::string& text);
/// The steps as text, a space after every beat and `|` after every bar of `stepsPerBar` steps.
std::string rhythmText(const std::vector<int>& onsets, int stepsPerBar = 16);
/// `onsets` repeated (or cut) to `steps` steps: a one-bar pattern fills the whole piece.
std::vector<int> tiledRhythm(const std::vector<int>& onsets, int steps);

} // namespace fgg
