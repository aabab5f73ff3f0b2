#include "app/studio/DemoProject.h"

#include "app/studio/Document.h"
#include "model/music/LeadSheet.h"

namespace fgg::studio {

Score demoScore() {
    Score s = emptyScore();
    s.tempos = {TempoChange{0, 100.0}};
    s.key = Key::parse("C");
    const Tick bar = s.ticksPerBar();
    s.chords = LeadSheet::parse(kDemoLeadSheet).toChordSpans(bar);
    s.length = 8 * bar;
    const Tick beat = s.ticksPerBeat;
    Track& melody = *s.track(kMelodyTrack);
    Track& acc = *s.track(kAccompanimentTrack);
    // A plain tune on chord tones: per half-bar chord, the chord's third, then root and fifth above middle C.
    // (Written out by hand as demo content; the generator writes the real thing.)
    for (const ChordSpan& c : s.chords) {
        const int root = c.chord.root();
        const bool minor = c.chord.quality() == ChordQuality::Minor;
        const int third = root + (minor ? 3 : 4);
        const int base = 60 + (root >= 5 ? root - 12 : root);
        const int tones[3] = {base + (third - root), base + 7, base + 12};
        const int beatIndex = static_cast<int>(c.start / beat);
        const bool phraseEnd = (beatIndex / 4) % 2 == 1 && c.start % bar != 0;
        if (phraseEnd) {
            melody.add(Note{tones[0], c.start, c.length - beat / 4, 92});
        } else {
            melody.add(Note{tones[0], c.start, beat - beat / 8, 96});
            melody.add(Note{tones[1], c.start + beat, beat / 2, 84});
            melody.add(Note{tones[2 - (beatIndex / 2) % 2], c.start + beat + beat / 2, beat / 2, 88});
        }
        // Accompaniment: bass on the root, then the triad on the off-beats.
        acc.add(Note{36 + root, c.start, c.length - beat / 8, 82});
        for (int k = 0; k < 2; ++k) {
            const Tick at = c.start + beat / 2 + k * beat;
            for (int interval : {0, minor ? 3 : 4, 7})
                acc.add(Note{52 + (root + interval + 8) % 12, at, beat / 2, 70});
        }
    }
    return s;
}

} // namespace fgg::studio
