#pragma once
// Chords as notes, for the optional `Chords` track of a MIDI export: a bass note below C4 and the chord tones
// in close position around C4, so the track is audible without sitting on top of the melody.
#include "model/music/Score.h"

#include <vector>

namespace fgg {

/// MIDI pitches of `chord`, low to high: its bass pitch class in F#2..F3, its chroma in F#3..F4. Empty for
/// N.C.
std::vector<int> voiceChord(const Chord& chord);

/// A track named `Chords` sounding each chord span (velocity 60), on a channel the score's tracks leave free,
/// with the chord pad's program when the score's pad is on (else piano).
Track chordTrack(const Score& score);

} // namespace fgg
