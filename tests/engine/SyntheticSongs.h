#pragma once
// Test helper: quantised songs made up from a seed (no POP909 needed), with both training and validation
// songs by the split's id hash, and a dataset cache written from them.
#include "model/data/DatasetCache.h"
#include "model/data/QuantisedSong.h"

#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace fgg::testing {

/// A song of `bars` 4/4 bars: a melody note every quarter, a piano chord every half bar, I-IV-V-I chroma.
inline QuantisedSong syntheticSong(std::int32_t id, int bars) {
    std::mt19937 rng(static_cast<unsigned>(id));
    QuantisedSong s;
    s.id = id;
    s.steps = bars * 16;
    const std::uint16_t chords[4] = {0x091, 0x221, 0x884, 0x091}; // C, F, G, C triads as pitch-class bits
    for (int step = 0; step < s.steps; ++step)
        s.chroma.push_back(chords[(step / 16) % 4]);
    for (int step = 0; step < s.steps; step += 4)
        s.melody.push_back(GridNote{step, 60 + static_cast<int>(rng() % 24), 3});
    for (int step = 0; step < s.steps; step += 8)
        for (int pitch : {48, 52, 55})
            s.piano.push_back(GridNote{step, pitch + static_cast<int>(rng() % 3), 8});
    return s;
}

/// `trainSongs` training songs and `validSongs` validation songs (ids chosen by isValidationSong).
inline std::vector<QuantisedSong> syntheticSongs(int trainSongs, int validSongs, int bars) {
    std::vector<QuantisedSong> songs;
    int train = 0, valid = 0;
    for (std::int32_t id = 1; train < trainSongs || valid < validSongs; ++id) {
        const bool v = isValidationSong(id);
        if (v && valid < validSongs) {
            songs.push_back(syntheticSong(id, bars));
            ++valid;
        } else if (!v && train < trainSongs) {
            songs.push_back(syntheticSong(id, bars));
            ++train;
        }
    }
    return songs;
}

} // namespace fgg::testing
