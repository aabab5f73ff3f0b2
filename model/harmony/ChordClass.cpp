#include "model/harmony/ChordClass.h"

namespace fgg::harmony {

TriadClass triadClassOf(ChordQuality quality) {
    using Q = ChordQuality;
    switch (quality) {
    case Q::NoChord:
        return TriadClass::None;
    case Q::Minor:
    case Q::Minor7:
    case Q::MinorMajor7:
    case Q::Minor6:
    case Q::Minor9:
        return TriadClass::Minor;
    case Q::Diminished:
    case Q::Diminished7:
    case Q::HalfDiminished7:
        return TriadClass::Diminished;
    case Q::Augmented:
        return TriadClass::Augmented;
    case Q::Sus2:
    case Q::Sus4:
    case Q::SevenSus4:
        return TriadClass::Suspended;
    default: // major triads with or without sixths, sevenths, ninths; power chords
        return TriadClass::Major;
    }
}

RootTriad rootTriad(const Chord& chord) {
    if (chord.isNoChord()) return {};
    return {chord.root(), triadClassOf(chord.quality())};
}

std::optional<int> triadToken(const RootTriad& chord) {
    if (chord.root < 0 || chord.triad == TriadClass::None) return std::nullopt;
    return chord.root * kTriadClasses + (static_cast<int>(chord.triad) - static_cast<int>(TriadClass::Major));
}

int transposeTriadToken(int token, int semitones) {
    const int root = ((token / kTriadClasses + semitones) % 12 + 12) % 12;
    return root * kTriadClasses + token % kTriadClasses;
}

} // namespace fgg::harmony
