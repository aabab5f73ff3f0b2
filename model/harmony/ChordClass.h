#pragma once
// Chords compared as "root + triad class", the measure of the chord-help evaluation (docs/chord-help.md):
// C, C7, Cmaj7, C/E are one class (C major); Am, Am7 another; sus chords are their own class, power chords
// count as major (they have no third to say otherwise).
#include "model/music/Chord.h"

#include <optional>

namespace fgg::harmony {

enum class TriadClass { None, Major, Minor, Diminished, Augmented, Suspended };

TriadClass triadClassOf(ChordQuality quality);

struct RootTriad {
    int root = -1; ///< pitch class; -1 for no chord
    TriadClass triad = TriadClass::None;
    bool operator==(const RootTriad&) const = default;
};

RootTriad rootTriad(const Chord& chord);

/// Root + triad class as one number, what the learned harmoniser predicts (MelodyChordModel.h):
/// root * kTriadClasses + (major 0, minor 1, diminished 2, augmented 3, suspended 4).
inline constexpr int kTriadClasses = 5;
inline constexpr int kTriadTokens = 12 * kTriadClasses;
/// nullopt for no chord.
std::optional<int> triadToken(const RootTriad& chord);
/// The token with its root moved by `semitones` (-tonic: relative to a key; +tonic: back).
int transposeTriadToken(int token, int semitones);

} // namespace fgg::harmony
