#pragma once
// Standard MIDI Files (format 0 and 1) <-> Score. Chords travel as marker events (as DAWs show them).
// Hostile input is rejected with a FileFormatError naming the byte offset; never a crash, never an unbounded
// allocation.
#include "model/music/Score.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fgg {

struct MidiReadOptions {
    /// Chord symbols found in marker events become the score's chord progression.
    bool chordsFromMarkers = true;
};

Score readMidi(const std::vector<std::uint8_t>& bytes, const MidiReadOptions& options = {});
/// Reads a file; errors name the path and the byte offset.
Score readMidiFile(const std::string& path, const MidiReadOptions& options = {});

struct MidiWriteOptions {
    bool chordMarkers = true; ///< write each chord as a marker event
    bool chordTrack = false;  ///< also write the chords as notes on a `Chords` track (always when
                              ///< the score's chord pad is on)
};

/// Format 1: a conductor track (tempo, time signature, key signature, chord markers) and one track per Track.
std::vector<std::uint8_t> writeMidi(const Score& score, const MidiWriteOptions& options = {});
/// Writes atomically (temp file in the same folder, then rename).
void writeMidiFile(const Score& score, const std::string& path, const MidiWriteOptions& options = {});

} // namespace fgg
