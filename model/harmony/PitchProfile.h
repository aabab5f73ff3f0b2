#pragma once
// What sounds in a stretch of music, as the detector and the harmoniser read it: a pitch-class profile
// weighted by duration and by where notes start in the bar (a note struck on a strong beat counts more than a
// passing one), and a bass profile (the lowest sounding pitch class, step by step).
#include "model/music/Note.h"

#include <array>
#include <vector>

namespace fgg::harmony {

struct PitchProfile {
    std::array<double, 12> pitch{}; ///< weighted presence of each pitch class
    std::array<double, 12> bass{};  ///< time each pitch class is the lowest sounding one
    double total() const;
    double bassTotal() const;
    bool empty() const { return total() <= 0; }
    PitchProfile& operator+=(const PitchProfile& o);
};

/// Notes sorted by start (Track order), with the metre they sit in.
struct NotesInTime {
    const std::vector<Note>* notes = nullptr;
    Tick ticksPerBeat = 480;
    int beatsPerBar = 4;
};

/// The profile of the notes sounding in [from, to).
PitchProfile profileOf(const NotesInTime& music, Tick from, Tick to);

/// Duration-weighted pitch-class histogram of all `notes` (for key finding).
std::array<double, 12> pitchClassDurations(const std::vector<Note>& notes);

} // namespace fgg::harmony
