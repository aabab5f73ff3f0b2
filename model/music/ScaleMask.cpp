#include "model/music/ScaleMask.h"

#include "model/music/Chord.h"

namespace fgg {
namespace {
// Semitone shorthands for the table below.
const PitchClassSet kMajor{0, 2, 4, 5, 7, 9, 11};
const PitchClassSet kMinorRaised7{0, 2, 3, 5, 7, 8, 10, 11};
const PitchClassSet kMixolydian{0, 2, 4, 5, 7, 9, 10};
const PitchClassSet kAeolian{0, 2, 3, 5, 7, 8, 10};
} // namespace

const std::array<ChordScaleEntry, 33>& chordScaleTable() {
    static const std::array<ChordScaleEntry, 33> table{{
        {{0, 4, 7}, kMajor, "maj"},
        {{0, 3, 7}, kMinorRaised7, "min"},
        {{0, 4, 8}, {0, 4, 8}, "aug"},
        {{0, 3, 6}, {0, 3, 6}, "dim"},
        {{0, 5, 7}, kMajor, "sus4"},
        {{0, 5, 7, 10}, kMixolydian, "7sus4"},
        {{0, 2, 5, 7, 10}, kMixolydian, "9sus4"},
        {{0, 2, 7}, kMajor, "sus2"},
        {{0, 4, 7, 10}, kMixolydian, "7"},
        {{0, 4, 7, 11}, kMajor, "maj7"},
        {{0, 3, 7, 10}, kAeolian, "min7"},
        {{0, 3, 7, 11}, kMinorRaised7, "minmaj7"},
        {{0, 4, 7, 9}, kMajor, "maj6"},
        {{0, 3, 7, 9}, {0, 3, 7, 9}, "min6"},
        {{0, 2, 4, 7, 10}, kMixolydian, "9"},
        {{0, 2, 4, 7, 11}, kMajor, "maj9"},
        {{0, 2, 3, 7, 10}, kAeolian, "min9"},
        {{0, 3, 4, 7, 10}, {0, 3, 4, 7, 10}, "7(#9)"},
        {{0, 2, 4, 7, 9}, kMajor, "6/9"},
        {{0, 2, 3, 7, 9}, {0, 2, 3, 7, 9}, "min6(9)"},
        {{0, 2, 4, 7}, kMajor, "add9"},
        {{0, 2, 3, 7}, kMinorRaised7, "min(add9)"},
        {{0, 4, 5, 7, 11}, kMajor, "maj7(11)"},
        {{0, 3, 5, 7, 11}, kMinorRaised7, "minmaj7(11)"},
        {{0, 2, 4, 5, 7, 10}, kMixolydian, "11"},
        {{0, 2, 4, 5, 7, 11}, kMajor, "maj11"},
        {{0, 2, 3, 5, 7, 10}, kAeolian, "min11"},
        {{0, 2, 4, 5, 7, 9, 10}, kMixolydian, "13"},
        {{0, 2, 4, 5, 7, 9, 11}, kMajor, "maj13"},
        {{0, 2, 3, 5, 7, 9, 10}, {0, 2, 3, 5, 7, 9, 10}, "min13"},
        {{0, 3, 6, 9}, {0, 3, 6, 9}, "dim7"},
        {{0, 3, 6, 10}, {0, 3, 6, 10}, "hdim7"},
        {{0, 7}, kMajor, "5"},
    }};
    return table;
}

namespace {
/// The table entry whose shape is exactly `intervals` (semitones above the root).
const ChordScaleEntry* entryWithShape(const PitchClassSet& intervals) {
    for (const ChordScaleEntry& e : chordScaleTable())
        if (e.chordIntervals == intervals) return &e;
    return nullptr;
}
} // namespace

PitchClassSet allowedPitchClassesForSymbol(const Chord& chord) {
    if (chord.isNoChord()) return PitchClassSet::all();
    const int root = chord.root();
    const PitchClassSet chroma = chord.chroma();
    PitchClassSet withoutBass = qualityIntervals(chord.quality());
    for (int s = 0; s < 12; ++s)
        if (chord.omittedIntervals().contains(s)) withoutBass.erase(s);
    withoutBass = withoutBass | chord.addedIntervals();
    const ChordScaleEntry* e = entryWithShape(chroma.transposed(-root));
    if (!e) e = entryWithShape(withoutBass);
    if (!e) e = entryWithShape(qualityIntervals(chord.quality()));
    // Every quality has its shape in the table (tests/unit/test_scale_mask.cpp); the fallback is for safety.
    if (!e) return PitchClassSet::all();
    return e->scaleIntervals.transposed(root) | chroma;
}

std::optional<ChromaShape> recogniseChromaShape(const PitchClassSet& chroma) {
    if (chroma.empty()) return std::nullopt;
    // The reference enumerates rotations r = 0..11 that put the root on pitch class (9 - r) mod 12, i.e.
    // roots A, G#, G, ..., A#. Within one quality the first match in that root order wins.
    for (const ChordScaleEntry& e : chordScaleTable()) {
        for (int r = 0; r < 12; ++r) {
            const int root = PitchClassSet::normalise(9 - r);
            if (e.chordIntervals.transposed(root) == chroma) return ChromaShape{&e, root};
        }
    }
    return std::nullopt;
}

PitchClassSet allowedPitchClassesForChroma(const PitchClassSet& chroma) {
    const auto shape = recogniseChromaShape(chroma);
    return shape ? shape->entry->scaleIntervals.transposed(shape->root) : PitchClassSet::all();
}

} // namespace fgg
