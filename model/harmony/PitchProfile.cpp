#include "model/harmony/PitchProfile.h"

#include <algorithm>

namespace fgg::harmony {
namespace {

/// Extra weight for a note struck at `tick`: downbeats most, then other beats; off-beat notes none.
double onsetAccent(Tick tick, Tick ticksPerBeat, int beatsPerBar) {
    if (ticksPerBeat <= 0) return 0;
    if (tick % (ticksPerBeat * beatsPerBar) == 0) return 1.0;
    if (tick % (ticksPerBeat * 2) == 0) return 0.6;
    if (tick % ticksPerBeat == 0) return 0.4;
    return 0;
}

} // namespace

double PitchProfile::total() const {
    double t = 0;
    for (double w : pitch)
        t += w;
    return t;
}

double PitchProfile::bassTotal() const {
    double t = 0;
    for (double w : bass)
        t += w;
    return t;
}

PitchProfile& PitchProfile::operator+=(const PitchProfile& o) {
    for (std::size_t i = 0; i < 12; ++i) {
        pitch[i] += o.pitch[i];
        bass[i] += o.bass[i];
    }
    return *this;
}

PitchProfile profileOf(const NotesInTime& music, Tick from, Tick to) {
    PitchProfile p;
    if (!music.notes || to <= from) return p;
    const double beat = double(std::max<Tick>(1, music.ticksPerBeat));
    std::vector<const Note*> sounding;
    for (const Note& n : *music.notes) {
        if (n.start >= to) break; // sorted by start
        const Tick overlap = std::min(n.end(), to) - std::max(n.start, from);
        if (overlap <= 0) continue;
        sounding.push_back(&n);
        // Duration in beats, capped at a bar so held pedal notes do not drown the rest, plus the accent of
        // a note struck inside the stretch.
        double w = std::min(double(overlap) / beat, double(music.beatsPerBar));
        if (n.start >= from) w += onsetAccent(n.start, music.ticksPerBeat, music.beatsPerBar);
        p.pitch[static_cast<std::size_t>(n.pitch % 12)] += w;
    }
    // The bass: the lowest pitch sounding at each 16th.
    const Tick step = std::max<Tick>(1, music.ticksPerBeat / 4);
    for (Tick t = from; t < to; t += step) {
        int lowest = 1000;
        for (const Note* n : sounding)
            if (n->start <= t && t < n->end()) lowest = std::min(lowest, n->pitch);
        if (lowest < 1000) p.bass[static_cast<std::size_t>(lowest % 12)] += double(step) / beat;
    }
    return p;
}

std::array<double, 12> pitchClassDurations(const std::vector<Note>& notes) {
    std::array<double, 12> h{};
    for (const Note& n : notes)
        h[static_cast<std::size_t>(n.pitch % 12)] += double(n.length);
    return h;
}

} // namespace fgg::harmony
