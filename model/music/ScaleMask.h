#pragma once
// The paper's chord -> allowed-pitch-class table (FGG's "scale mask"): which pitch classes may sound over a
// chord.
//
// As in the authors' code (generation_utils/fine_grained_control.py, get_chord_chroma_mapping): 33 chord
// shapes, each with a scale, tried in table order in all 12 rotations; the first shape whose chroma equals
// the chord's chroma gives the allowed set. A chroma that matches nothing (no chord, unusual slash chords)
// allows all twelve.
//   major / sus / maj7 / 6 family -> major scale of the root
//   minor triad family            -> natural minor + raised 7th
//   dominant-7 family             -> Mixolydian
//   m7 family                     -> Aeolian
//   aug, dim, m6, dim7, m7b5      -> chord tones only
#include "model/music/PitchClassSet.h"

#include <array>

namespace fgg {

struct ChordScaleEntry {
    PitchClassSet chordIntervals; ///< relative to the root
    PitchClassSet scaleIntervals; ///< allowed, relative to the root
    const char* label;
};

/// The 33 entries in the reference order (order matters: first match wins).
const std::array<ChordScaleEntry, 33>& chordScaleTable();

/// Allowed pitch classes for a chord chroma (absolute, C = 0). Empty chroma or no match: all twelve.
PitchClassSet allowedPitchClassesForChroma(const PitchClassSet& chroma);

} // namespace fgg
