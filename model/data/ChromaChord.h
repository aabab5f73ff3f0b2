#pragma once
// A chord named from a bare chroma, for chords that arrive without a symbol (a dataset cache of version 1
// keeps chroma, not labels): a shape of the allowed-pitch table is named as the reference recognises it
// (Gsus4, not Csus2, for C D G), so its table(symbol) is the reference's allowed set; other chromas get the
// root whose intervals match a known quality exactly, plain triads before sevenths before the rest.
#include "model/music/Chord.h"

#include <cstdint>

namespace fgg {

/// No chord for an empty mask. The result's chroma() equals the mask.
Chord chordFromChroma(std::uint16_t mask);

} // namespace fgg
