#include "model/train/MelodyShape.h"

#include "model/train/Metrics.h"

#include <algorithm>
#include <cstdlib>

namespace fgg {

std::vector<Note> melodyLine(const std::vector<Note>& notes, Tick from, Tick to) {
    std::vector<Note> line;
    for (const Note& n : notes)
        if (n.start >= from && n.start < to) line.push_back(n);
    std::sort(line.begin(), line.end(), [](const Note& a, const Note& b) {
        return a.start != b.start ? a.start < b.start : a.pitch > b.pitch;
    });
    line.erase(std::unique(line.begin(), line.end(),
                           [](const Note& a, const Note& b) { return a.start == b.start; }),
               line.end());
    return line;
}

IntervalCounts melodyIntervals(const std::vector<Note>& notes, Tick from, Tick to) {
    const std::vector<Note> line = melodyLine(notes, from, to);
    IntervalCounts c;
    for (std::size_t i = 1; i < line.size(); ++i) {
        const int d = std::abs(line[i].pitch - line[i - 1].pitch);
        ++c.intervals;
        c.leaps += d > 7;
        c.steps += d <= 2;
        c.semitones += d;
    }
    return c;
}

namespace {
/// Highest pitch sounding at tick t, or -1.
int highestAt(const std::vector<Note>& notes, Tick t) {
    int top = -1;
    for (const Note& n : notes)
        if (n.start <= t && t < n.end()) top = std::max(top, n.pitch);
    return top;
}
const ChordSpan* chordAt(const std::vector<ChordSpan>& chords, Tick t) {
    for (const ChordSpan& c : chords)
        if (t >= c.start && t < c.end()) return &c;
    return nullptr;
}
} // namespace

Share melodyAbove(const std::vector<Note>& melody, const std::vector<Note>& accompaniment, Tick ticksPerStep,
                  Tick from, Tick to) {
    Share s;
    for (Tick t = from; t < to; t += ticksPerStep) {
        const int m = highestAt(melody, t), a = highestAt(accompaniment, t);
        if (m < 0 || a < 0) continue;
        ++s.counted;
        s.hits += m > a;
    }
    return s;
}

Share chordTonesOnBeats(const std::vector<Note>& melody, const std::vector<ChordSpan>& chords,
                        Tick ticksPerBeat, Tick from, Tick to) {
    Share s;
    for (Tick t = from; t < to; t += ticksPerBeat) {
        const ChordSpan* c = chordAt(chords, t);
        const int m = highestAt(melody, t);
        if (!c || c->chord.isNoChord() || m < 0) continue;
        ++s.counted;
        s.hits += c->chord.chroma().contains(m);
    }
    return s;
}

double rangePerSpan(const std::vector<Note>& notes, Tick span, Tick from, Tick to) {
    double sum = 0;
    int pieces = 0;
    for (Tick a = from; a + span <= to; a += span, ++pieces)
        sum += densityStats(notes, span, a, a + span).pitchRange;
    return pieces ? sum / pieces : 0;
}

} // namespace fgg
