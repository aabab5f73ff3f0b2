#pragma once
// A chord named from a bare chroma (the dataset keeps chroma, not labels): the root whose intervals match a
// known quality exactly, plain triads before sevenths before the rest.
#include "model/music/Chord.h"

#include <cstdint>

namespace fgg {

/// No chord for an empty mask. The result's chroma() equals the mask.
Chord chordFromChroma(std::uint16_t mask);

} // namespace fgg
