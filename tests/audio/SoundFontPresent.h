#pragma once
// The audio tests that need the General MIDI soundfont skip, saying why, where it is not installed.
#include "audio/SoundFont.h"
#include "model/music/Error.h"

#include <gtest/gtest.h>

namespace fgg::audio::test {

inline bool haveSoundFont() {
    try {
        findDefaultSoundFont();
        return true;
    } catch (const Error&) {
        return false;
    }
}

} // namespace fgg::audio::test

#define REQUIRE_SOUNDFONT()                                                                                  \
    if (!fgg::audio::test::haveSoundFont())                                                                  \
    GTEST_SKIP() << "no General MIDI soundfont installed (apt install fluid-soundfont-gm)"
