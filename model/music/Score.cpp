#include "model/music/Score.h"

#include <algorithm>

namespace fgg {

Tick Score::ticksPerBar() const {
    const TimeSignature ts = timeSignatures.empty() ? TimeSignature{} : timeSignatures.front();
    return static_cast<Tick>(ticksPerBeat) * 4 * ts.numerator / ts.denominator;
}

Tick Score::endTick() const {
    if (length > 0) return length;
    Tick e = 0;
    for (const Track& t : tracks)
        e = std::max(e, t.end());
    for (const ChordSpan& c : chords)
        e = std::max(e, c.end());
    return e;
}

int Score::bars() const {
    const Tick bar = ticksPerBar();
    return bar > 0 ? static_cast<int>((endTick() + bar - 1) / bar) : 0;
}

Track* Score::track(const std::string& name) {
    for (Track& t : tracks)
        if (t.name == name) return &t;
    return nullptr;
}

const Track* Score::track(const std::string& name) const {
    for (const Track& t : tracks)
        if (t.name == name) return &t;
    return nullptr;
}

Track& Score::ensureTrack(const std::string& name, int program) {
    if (Track* t = track(name)) return *t;
    Track t;
    t.name = name;
    t.program = program;
    t.channel = static_cast<int>(tracks.size()) % 16;
    if (t.channel == 9) t.channel = 10; // keep off the GM drum channel
    tracks.push_back(std::move(t));
    return tracks.back();
}

const ChordSpan* Score::chordAt(Tick tick) const {
    auto it = std::upper_bound(chords.begin(), chords.end(), tick,
                               [](Tick t, const ChordSpan& c) { return t < c.start; });
    if (it == chords.begin()) return nullptr;
    --it;
    return tick < it->end() ? &*it : nullptr;
}

Score Score::transposed(int semitones) const {
    Score s = *this;
    for (Track& t : s.tracks) {
        std::vector<Note> kept;
        kept.reserve(t.notes.size());
        for (const Note& n : t.notes) {
            const int p = n.pitch + semitones;
            if (p >= 0 && p <= 127) kept.push_back(n.withPitch(p));
        }
        t.notes = std::move(kept);
    }
    for (ChordSpan& c : s.chords) {
        c.chord = c.chord.transposed(semitones);
        if (c.scale) c.scale = c.scale->transposed(((semitones % 12) + 12) % 12);
    }
    return s;
}

} // namespace fgg
