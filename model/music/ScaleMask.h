#pragma once
// The paper's chord -> allowed-pitch-class table (FGG's "scale mask"): which pitch classes may sound over a
// chord. 33 chord shapes, each with a scale, as in the authors' code
// (generation_utils/fine_grained_control.py, get_chord_chroma_mapping):
//   major / sus / maj7 / 6 family -> major scale of the root
//   minor triad family            -> natural minor + raised 7th
//   dominant-7 family             -> Mixolydian
//   m7 family                     -> Aeolian
//   aug, dim, m6, dim7, m7b5      -> chord tones only
//
// Two ways in:
//  - a chord SYMBOL (what the user typed, a chord marker, a POP909 label, the chord lane): the shape is read
//    on the symbol's own root, so Gsus2 takes G major even though its tones {G, A, D} are also Dsus4;
//  - a bare CHROMA (a chord that arrives without a symbol): the reference's recognition, every shape tried
//    in table order in all 12 rotations, the first match wins; a chroma matching nothing allows all twelve.
#include "model/music/PitchClassSet.h"

#include <array>
#include <optional>

namespace fgg {

class Chord;

struct ChordScaleEntry {
    PitchClassSet chordIntervals; ///< relative to the root
    PitchClassSet scaleIntervals; ///< allowed, relative to the root
    const char* label;
};

/// The 33 entries in the reference order (order matters: first match wins).
const std::array<ChordScaleEntry, 33>& chordScaleTable();

/// Allowed pitch classes for a chord symbol (absolute, C = 0), table(symbol): the shape of the chord's tones
/// above its root, slash bass included (C/Bb sounds C7: Mixolydian); if that is no shape of the table, the
/// chord without its bass; if still none (added tones, C7b9), the shape of its plain quality. The chord's own
/// tones, bass included, are always allowed. No chord: all twelve.
PitchClassSet allowedPitchClassesForSymbol(const Chord& chord);

/// Allowed pitch classes for a chord known only by its chroma (absolute, C = 0), by the reference's
/// recognition. Empty chroma or no match: all twelve.
PitchClassSet allowedPitchClassesForChroma(const PitchClassSet& chroma);

/// The reference's recognition of a chroma: the first table shape, in table order, and the root (tried A,
/// G#, G, ..., A#) on which it gives exactly `chroma`; nullopt when none does.
struct ChromaShape {
    const ChordScaleEntry* entry = nullptr;
    int root = 0;
};
std::optional<ChromaShape> recogniseChromaShape(const PitchClassSet& chroma);

} // namespace fgg
