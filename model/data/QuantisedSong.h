#pragma once
// A song on the 16th-note grid, ready to be cut into 4-bar training windows. Pitches are MIDI (0..127).
#include <cstdint>
#include <string>
#include <vector>

namespace fgg {

struct GridNote {
    std::int32_t step = 0;   ///< 16th-note step from the song's first downbeat
    std::int32_t pitch = 60; ///< MIDI
    std::int32_t length = 1; ///< steps, >= 1
    bool operator==(const GridNote&) const = default;
};

/// A chord label over a run of steps: POP909's Harte label, the symbol the song's annotators wrote.
struct GridChord {
    std::int32_t step = 0;
    std::int32_t length = 1; ///< steps, >= 1
    std::string label;       ///< Harte, e.g. `G:sus4(b7)`; never `N` (steps without a chord have no span)
    bool operator==(const GridChord&) const = default;
};

struct QuantisedSong {
    std::int32_t id = 0;    ///< POP909 song number (1..909)
    std::int32_t steps = 0; ///< length in 16th steps, a whole number of bars
    std::vector<GridNote> melody;
    std::vector<GridNote> bridge;
    std::vector<GridNote> piano;
    std::vector<std::uint16_t> chroma; ///< chord chroma per step (bit pc = pitch class pc; 0 = no chord)
    /// The chords with their labels, on the same steps as `chroma`; empty when read from a version-1 cache,
    /// which kept only the chroma (its chords are then named by recognition, ChromaChord.h).
    std::vector<GridChord> chords;
    bool operator==(const QuantisedSong&) const = default;
};

/// The validation split: whole songs, about 5 % of ids, the same on every machine (a fixed hash of the id).
bool isValidationSong(std::int32_t id);

} // namespace fgg
