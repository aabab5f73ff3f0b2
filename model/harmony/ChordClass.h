#pragma once
// Chords compared as "root + triad class", the measure of the chord-help evaluation (docs/chord-help.md):
// C, C7, Cmaj7, C/E are one class (C major); Am, Am7 another; sus chords are their own class, power chords
// count as major (they have no third to say otherwise).
#include "model/music/Chord.h"

namespace fgg::harmony {

enum class TriadClass { None, Major, Minor, Diminished, Augmented, Suspended };

TriadClass triadClassOf(ChordQuality quality);

struct RootTriad {
    int root = -1; ///< pitch class; -1 for no chord
    TriadClass triad = TriadClass::None;
    bool operator==(const RootTriad&) const = default;
};

RootTriad rootTriad(const Chord& chord);

} // namespace fgg::harmony
