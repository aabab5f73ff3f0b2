#include "model/diffusion/RhythmText.h"

#include "model/music/Error.h"

namespace fgg {

std::vector<int> parseRhythmText(const std::string& text) {
    std::vector<int> onsets;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == 'x' || c == 'X')
            onsets.push_back(1);
        else if (c == '.' || c == '-')
            onsets.push_back(0);
        else if (c != ' ' && c != '|' && c != '\t' && c != '\n')
            throw Error("the rhythm '" + text + "' has '" + std::string(1, c) + "' at character " +
                        std::to_string(i + 1) + ": write x for a note's start and . for none, one per 16th");
    }
    if (onsets.empty())
        throw Error("the rhythm is empty: write x for a note's start and . for none, one per 16th");
    return onsets;
}

std::string rhythmText(const std::vector<int>& onsets, int stepsPerBar) {
    std::string out;
    const int beat = std::max(1, stepsPerBar / 4);
    for (std::size_t i = 0; i < onsets.size(); ++i) {
        if (i > 0 && stepsPerBar > 0 && i % static_cast<std::size_t>(stepsPerBar) == 0)
            out += " | ";
        else if (i > 0 && i % static_cast<std::size_t>(beat) == 0)
            out += ' ';
        out += onsets[i] > 0 ? 'x' : '.';
    }
    return out;
}

std::vector<int> tiledRhythm(const std::vector<int>& onsets, int steps) {
    std::vector<int> out(static_cast<std::size_t>(std::max(0, steps)), 0);
    if (onsets.empty()) return out;
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = onsets[i % onsets.size()];
    return out;
}

} // namespace fgg
