#pragma once
// Keys and scales: major, minor, the church modes, pentatonics, blues, and any custom pitch-class set.
// A user scale replaces the chord-derived allowed set in FGG for style control (e.g. Dorian).
#include "model/music/Chord.h"
#include "model/music/PitchClassSet.h"

#include <string>
#include <string_view>
#include <vector>

namespace fgg {

struct Scale {
    std::string name;        ///< "major", "dorian", "major pentatonic", "custom"
    PitchClassSet intervals; ///< relative to the tonic

    /// Known names: major/ionian, minor/aeolian, harmonic minor, melodic minor, dorian, phrygian, lydian,
    /// mixolydian, locrian, major pentatonic (pentatonic), minor pentatonic, blues, chromatic;
    /// case-insensitive. Throws ParseError for others.
    static Scale named(std::string_view name);
    static std::vector<std::string> knownNames();
    bool operator==(const Scale&) const = default;
};

struct Key {
    SpelledPitch tonic{};
    Scale scale = Scale::named("major");

    /// "C", "Am", "F# minor", "Gb:maj", "D dorian", "E:min". Throws ParseError naming the text.
    static Key parse(std::string_view text);
    std::string toString() const; ///< "C major", "A minor", "D dorian"
    PitchClassSet pitchClasses() const { return scale.intervals.transposed(tonic.pitchClass()); }
    /// A minor third and no major third above the tonic: minor, Dorian, Phrygian, ... (key signatures,
    /// MusicXML modes and chord suggestions treat these as minor keys).
    bool isMinor() const { return scale.intervals.contains(3) && !scale.intervals.contains(4); }
    /// The diatonic triads / sevenths of the key, for chord suggestions, spelled from the tonic (F# major's
    /// vii is E#dim). Scales that are not heptatonic get, on each tone, the first common chord that fits in
    /// the scale.
    std::vector<Chord> diatonicChords(bool sevenths = false) const;
    /// The same scale on a tonic `semitones` higher, spelled as SpelledPitch::fromPitchClass does.
    Key transposed(int semitones) const;
    bool operator==(const Key&) const = default;
};

/// A scale for FGG style control: "dorian" over a tonic, "pentatonic", or a custom pitch-class list "C D E G
/// A". `text` forms: "<tonic> <scale name>" (e.g. "A dorian", "C major pentatonic") or a list of note names.
PitchClassSet parseScaleSpec(std::string_view text);

} // namespace fgg
