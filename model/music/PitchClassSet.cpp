#include "model/music/PitchClassSet.h"

namespace fgg {

std::string PitchClassSet::toString() const {
    static const char* names[12] = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    std::string s;
    for (int pc = 0; pc < 12; ++pc) {
        if (!contains(pc)) continue;
        if (!s.empty()) s += ' ';
        s += names[pc];
    }
    return s;
}

} // namespace fgg
