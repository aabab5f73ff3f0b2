#include "model/midi/TempoMap.h"

#include <algorithm>

namespace fgg {

TempoMap::TempoMap(const Score& score) {
    const double ticksPerBeat = score.ticksPerBeat > 0 ? score.ticksPerBeat : Score::kDefaultTicksPerBeat;
    auto perTick = [&](double bpm) { return 60.0 / ((bpm > 0 ? bpm : 120.0) * ticksPerBeat); };
    // As Score::secondsAt: the first tempo holds from tick 0.
    double spt = perTick(score.tempos.empty() ? 120.0 : score.tempos.front().bpm);
    segments_.push_back({0, 0.0, spt});
    for (const TempoChange& tc : score.tempos) {
        if (tc.tick <= 0) {
            segments_.back().secondsPerTick = perTick(tc.bpm);
            continue;
        }
        const Segment& last = segments_.back();
        const double at = last.seconds + static_cast<double>(tc.tick - last.tick) * last.secondsPerTick;
        if (tc.tick == last.tick)
            segments_.back().secondsPerTick = perTick(tc.bpm);
        else
            segments_.push_back({tc.tick, at, perTick(tc.bpm)});
    }
}

double TempoMap::seconds(Tick tick) const {
    auto it = std::upper_bound(segments_.begin(), segments_.end(), tick,
                               [](Tick t, const Segment& s) { return t < s.tick; });
    const Segment& s = it == segments_.begin() ? segments_.front() : *(it - 1);
    return s.seconds + static_cast<double>(tick - s.tick) * s.secondsPerTick;
}

} // namespace fgg
