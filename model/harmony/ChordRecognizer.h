#pragma once
// Chord entry from a MIDI keyboard: the notes held together name a chord (C E G -> C, A C E G -> Am7,
// E G C -> C/E), through model/harmony's chord templates. ChordGesture follows the keys from the first press
// to the last release and hands back the fullest set held; recognizeChord() names it.
#include "model/music/Chord.h"

#include <optional>
#include <vector>

namespace fgg::harmony {

/// The chord the pitches (MIDI numbers, any octave and order) spell, or nothing when they spell none of
/// the qualities fgg knows (a single note, a cluster). The lowest pitch is the bass: when it is not the
/// root the result is a slash chord. Among readings of the same notes (Am7 / C6) the one whose root is
/// in the bass wins, then the simpler quality; sevenths and ninths may omit their fifth.
std::optional<Chord> recognizeChord(const std::vector<int>& pitches);

/// The root spelling used for recognised chords: C Db D Eb E F F# G Ab A Bb B.
SpelledPitch spellPitchClass(int pitchClass);

class ChordGesture {
public:
    void noteOn(int pitch);
    /// When this release lifts the last key, the fullest set of pitches held during the gesture (sorted);
    /// otherwise nothing.
    std::optional<std::vector<int>> noteOff(int pitch);
    /// The pitches held now, sorted.
    const std::vector<int>& held() const { return held_; }
    void reset();

private:
    std::vector<int> held_;
    std::vector<int> fullest_;
};

} // namespace fgg::harmony
