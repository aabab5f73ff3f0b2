#include "model/midi/TempoMap.h"

#include <algorithm>
#include <cmath>

namespace fgg {

namespace {
double secondsPerTick(double bpm, int ticksPerBeat) {
    const double clamped = std::clamp(std::isfinite(bpm) ? bpm : 120.0, 1.0, 1000.0);
    return 60.0 / (clamped * ticksPerBeat);
}
} // namespace

TempoMap::TempoMap(const std::vector<TempoChange>& tempos, int ticksPerBeat)
    : ticksPerBeat_(ticksPerBeat > 0 ? ticksPerBeat : Score::kDefaultTicksPerBeat) {
    std::vector<TempoChange> sorted = tempos;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const TempoChange& a, const TempoChange& b) { return a.tick < b.tick; });
    // The tempo in force at tick 0 is the last change at or before 0 (or the first one, or 120 bpm).
    double bpm0 = sorted.empty() ? 120.0 : sorted.front().bpm;
    for (const TempoChange& t : sorted)
        if (t.tick <= 0) bpm0 = t.bpm;
    segments_.push_back({0.0, 0.0, secondsPerTick(bpm0, ticksPerBeat_)});
    for (const TempoChange& t : sorted) {
        if (t.tick <= 0) continue;
        const Segment& last = segments_.back();
        const double tick = static_cast<double>(t.tick);
        const double seconds = last.seconds + (tick - last.tick) * last.secondsPerTick;
        if (tick == last.tick)
            segments_.back().secondsPerTick = secondsPerTick(t.bpm, ticksPerBeat_);
        else
            segments_.push_back({tick, seconds, secondsPerTick(t.bpm, ticksPerBeat_)});
    }
}

double TempoMap::secondsAt(double tick) const {
    auto it = std::upper_bound(segments_.begin(), segments_.end(), tick,
                               [](double t, const Segment& s) { return t < s.tick; });
    const Segment& s = it == segments_.begin() ? segments_.front() : *(it - 1);
    return s.seconds + (tick - s.tick) * s.secondsPerTick;
}

double TempoMap::ticksAt(double seconds) const {
    auto it = std::upper_bound(segments_.begin(), segments_.end(), seconds,
                               [](double t, const Segment& s) { return t < s.seconds; });
    const Segment& s = it == segments_.begin() ? segments_.front() : *(it - 1);
    return s.tick + (seconds - s.seconds) / s.secondsPerTick;
}

Tick TempoMap::tickAt(double seconds) const {
    // A hair of slack so that secondsAt(t) maps back to t despite rounding.
    return static_cast<Tick>(std::floor(ticksAt(seconds) + 1e-6));
}

} // namespace fgg
