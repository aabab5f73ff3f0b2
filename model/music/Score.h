#pragma once
// The document's music: tracks, tempo map, time signatures, key and chord progression. A value type.
#include "model/music/Chord.h"
#include "model/music/GeneralMidi.h"
#include "model/music/Scale.h"
#include "model/music/Track.h"

#include <optional>
#include <string>
#include <vector>

namespace fgg {

struct TempoChange {
    Tick tick = 0;
    double bpm = 120.0;
    bool operator==(const TempoChange&) const = default;
};

struct TimeSignature {
    Tick tick = 0;
    int numerator = 4;
    int denominator = 4;
    bool operator==(const TimeSignature&) const = default;
};

/// A chord sounding from `start` for `length` ticks.
struct ChordSpan {
    Tick start = 0;
    Tick length = 0;
    Chord chord;
    /// The pitch classes generation may use while this chord sounds, when the user chose them (a Dorian bar,
    /// a blues bar); unset: the chord's own table (Chord::allowedPitchClasses). Wins over a piece-wide scale.
    std::optional<PitchClassSet> scale{};
    Tick end() const { return start + length; }
    bool operator==(const ChordSpan&) const = default;
};

/// The chord lane sounded as sustained chords on a channel no track uses, in playback and in exported MIDI
/// files (a `Chords` track); its General MIDI program is chosen like a track's.
struct ChordPad {
    bool enabled = false;
    int program = gm::kWarmPad;
    bool operator==(const ChordPad&) const = default;
};

/// Names of the two tracks the workstation and the generator speak of.
inline constexpr const char* kMelodyTrack = "Melody";
inline constexpr const char* kAccompanimentTrack = "Accompaniment";

struct Score {
    static constexpr int kDefaultTicksPerBeat = 480;

    int ticksPerBeat = kDefaultTicksPerBeat;
    std::vector<Track> tracks;
    std::vector<TempoChange> tempos{TempoChange{}};
    std::vector<TimeSignature> timeSignatures{TimeSignature{}};
    std::optional<Key> key;
    std::vector<ChordSpan> chords; ///< sorted by start, non-overlapping
    Tick length = 0;               ///< explicit length in ticks; 0 = up to the last note or chord
    /// The rhythm lane: the melody onsets per 16th step the user asks of generation, from the start of the
    /// piece (0 or 1 each); empty = none drawn. Not part of a MIDI file.
    std::vector<int> melodyRhythm;
    ChordPad chordPad;

    Tick ticksPerSixteenth() const { return ticksPerBeat / 4; }
    /// Ticks of one bar of the first time signature.
    Tick ticksPerBar() const;
    double bpm() const { return tempos.empty() ? 120.0 : tempos.front().bpm; }
    /// Length in ticks: `length` if set, else the end of the last note or chord.
    Tick endTick() const;
    int bars() const;

    Track* track(const std::string& name);
    const Track* track(const std::string& name) const;
    /// The track with that name, created (with `program`) if missing.
    Track& ensureTrack(const std::string& name, int program = 0);

    /// The chord sounding at `tick`, or nullptr.
    const ChordSpan* chordAt(Tick tick) const;

    /// Every note and chord moved by `semitones` (notes outside 0..127 are dropped).
    Score transposed(int semitones) const;
    bool operator==(const Score&) const = default;
};

} // namespace fgg
