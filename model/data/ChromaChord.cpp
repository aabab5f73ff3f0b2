#include "model/data/ChromaChord.h"

#include "model/music/ScaleMask.h"

namespace fgg {
namespace {

int qualityRank(ChordQuality q) {
    switch (q) {
    case ChordQuality::Major:
    case ChordQuality::Minor:
        return 0;
    case ChordQuality::Dominant7:
    case ChordQuality::Major7:
    case ChordQuality::Minor7:
    case ChordQuality::Diminished:
    case ChordQuality::Augmented:
        return 1;
    case ChordQuality::HalfDiminished7:
    case ChordQuality::Sus4:
    case ChordQuality::Sus2:
    case ChordQuality::SevenSus4:
        return 2;
    default:
        return 3;
    }
}

} // namespace

Chord chordFromChroma(std::uint16_t mask) {
    const PitchClassSet chroma = PitchClassSet::fromMask(mask);
    if (chroma.empty()) return Chord::noChord();
    // A shape of the allowed-pitch table: the reference's recognition names the root, so this chord's
    // table(symbol) is the set the reference allows for the chroma (ScaleMask.h).
    if (const auto shape = recogniseChromaShape(chroma)) {
        const Chord c =
            Chord::fromIntervals(SpelledPitch::fromPitchClass(shape->root), shape->entry->chordIntervals);
        if (c.chroma() == chroma) return c;
    }
    Chord best;
    int bestCost = 1 << 20;
    for (int root = 0; root < 12; ++root) {
        if (!chroma.contains(root)) continue;
        const Chord c = Chord::fromIntervals(SpelledPitch::fromPitchClass(root), chroma.transposed(-root));
        if (c.chroma() != chroma) continue;
        // Edits (added or omitted tones) cost more than any quality preference.
        const int cost =
            10 * (c.addedIntervals().size() + c.omittedIntervals().size()) + qualityRank(c.quality());
        if (cost < bestCost) {
            best = c;
            bestCost = cost;
        }
    }
    return best;
}

} // namespace fgg
