#pragma once
// Test helper: pitch classes from note names ("C E G Bb"), so expectations read like music.
#include "model/music/Chord.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>

namespace fgg::testing {

inline PitchClassSet notes(const std::string& names) {
    PitchClassSet s;
    std::istringstream in(names);
    std::string n;
    while (in >> n) {
        std::size_t used = 0;
        const auto p = SpelledPitch::parse(n, used);
        EXPECT_TRUE(p && used == n.size()) << n;
        if (p) s.insert(p->pitchClass());
    }
    return s;
}

} // namespace fgg::testing
