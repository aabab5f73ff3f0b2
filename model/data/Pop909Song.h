#pragma once
// The pieces of loading one POP909 song, exposed for tests: the chord table and quantising a track.
#include "model/data/BeatGrid.h"
#include "model/data/QuantisedSong.h"
#include "model/midi/TempoMap.h"
#include "model/music/Track.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fgg {

/// One line of chord_midi.txt.
struct TimedChord {
    double start = 0;
    double end = 0;
    std::uint16_t chroma = 0; ///< Chord::parseHarte(label).chroma().mask(); 0 for N
    std::string label;        ///< as written in the file
};

/// Parses chord_midi.txt ("start_sec<TAB>end_sec<TAB>label"). Throws Error naming `path` and the line.
std::vector<TimedChord> parsePop909Chords(const std::string& text, const std::string& path);

/// Notes on the 16th grid: start and end seconds (through `tempo`) -> steps through `beats`; notes starting
/// before the first downbeat are dropped; length = max(1, end step - start step). Sorted by (step, pitch).
std::vector<GridNote> quantiseTrack(const Track& track, const TempoMap& tempo, const BeatGrid& beats);

} // namespace fgg
