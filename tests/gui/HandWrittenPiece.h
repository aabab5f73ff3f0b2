#pragma once
// A fixed piece for file tests: the demo progression with a plain hand-written tune on chord tones and a
// bass + off-beat triad accompaniment, so round trips have notes in both tracks without running a model.
#include "app/studio/DemoProject.h"
#include "app/studio/Document.h"

namespace fgg::studio::test {

inline Score handWrittenPiece() {
    Score s = demoProgression();
    const Tick beat = s.ticksPerBeat;
    const Tick bar = s.ticksPerBar();
    Track& melody = *s.track(kMelodyTrack);
    Track& acc = *s.track(kAccompanimentTrack);
    for (const ChordSpan& c : s.chords) {
        const int root = c.chord.root();
        const bool minor = c.chord.quality() == ChordQuality::Minor;
        const int third = minor ? 3 : 4;
        const int base = 60 + (root >= 5 ? root - 12 : root);
        const int tones[3] = {base + third, base + 7, base + 12};
        const int beatIndex = static_cast<int>(c.start / beat);
        const bool phraseEnd = (beatIndex / 4) % 2 == 1 && c.start % bar != 0;
        if (phraseEnd) {
            melody.add(Note{tones[0], c.start, c.length - beat / 4, 92});
        } else {
            melody.add(Note{tones[0], c.start, beat - beat / 8, 96});
            melody.add(Note{tones[1], c.start + beat, beat / 2, 84});
            melody.add(Note{tones[2 - (beatIndex / 2) % 2], c.start + beat + beat / 2, beat / 2, 88});
        }
        acc.add(Note{36 + root, c.start, c.length - beat / 8, 82});
        for (int k = 0; k < 2; ++k) {
            const Tick at = c.start + beat / 2 + k * beat;
            for (int interval : {0, third, 7})
                acc.add(Note{52 + (root + interval + 8) % 12, at, beat / 2, 70});
        }
    }
    return s;
}

} // namespace fgg::studio::test
