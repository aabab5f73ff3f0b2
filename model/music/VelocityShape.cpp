#include "model/music/VelocityShape.h"

#include "model/music/Random.h"
#include "model/music/Score.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace fgg {

namespace {

// Velocity steps at amount 1. Chosen by ear against FluidR3_GM's piano and flute: the downbeat clearly leads,
// offbeats recede, and nothing leaves the mezzo range when the base is 80-100.
constexpr double kLevelOffset[] = {10.0, 6.0, 2.0, -3.0, -6.0}; // indexed by MetricLevel
constexpr double kContourRange = 5.0;
constexpr double kPhraseEndRelax = 3.0;
constexpr double kJitterRange = 8.0;
constexpr int kMaxPhraseBars = 4;

double clampAmount(double v, double high) {
    return std::isfinite(v) ? std::clamp(v, 0.0, high) : 0.0;
}

Tick floorMod(Tick a, Tick b) {
    const Tick m = a % b;
    return m < 0 ? m + b : m;
}

Tick barOf(Tick tick, Tick bar) {
    return (tick - floorMod(tick, bar)) / bar;
}

/// Ticks of the meter's counting unit (the denominator's note) and of its beat.
struct BeatGrid {
    Tick unit = 480;
    Tick beat = 480;
    Tick bar = 1920;
    int beatsPerBar = 4;
};

BeatGrid gridOf(const Meter& m) {
    BeatGrid g;
    const int num = std::clamp(m.numerator, 1, 64);
    const int den = m.denominator > 0 ? m.denominator : 4;
    g.unit = std::max<Tick>(1, std::max<Tick>(1, m.ticksPerBeat) * 4 / den);
    const bool compound = den >= 8 && num % 3 == 0 && num > 3; // 6/8, 9/8, 12/8: dotted-quarter beats
    g.beat = compound ? 3 * g.unit : g.unit;
    g.beatsPerBar = compound ? num / 3 : num;
    g.bar = g.unit * num;
    return g;
}

/// -1..1 from the seed and the note alone, so adding a note elsewhere never changes this one's jitter.
double jitter(std::uint64_t seed, const Note& n) {
    const std::uint64_t h =
        mix64(seed ^ mix64(static_cast<std::uint64_t>(n.start) * 131u + static_cast<std::uint64_t>(n.pitch)));
    return static_cast<double>(h >> 11) / static_cast<double>(std::uint64_t(1) << 53) * 2.0 - 1.0;
}

} // namespace

Meter Meter::of(const Score& score) {
    const TimeSignature ts = score.timeSignatures.empty() ? TimeSignature{} : score.timeSignatures.front();
    return Meter{score.ticksPerBeat, ts.numerator, ts.denominator};
}

MetricLevel metricLevel(Tick tick, const Meter& meter) {
    const BeatGrid g = gridOf(meter);
    const Tick pos = floorMod(tick, g.bar);
    if (pos == 0) return MetricLevel::Downbeat;
    if (pos % g.beat == 0) {
        const bool middle =
            g.beatsPerBar >= 4 && g.beatsPerBar % 2 == 0 && pos == g.beat * (g.beatsPerBar / 2);
        return middle ? MetricLevel::MidBar : MetricLevel::Beat;
    }
    const Tick half = g.beat == g.unit ? g.beat / 2 : g.unit; // simple: the eighth; compound: the eighth
    if (half > 0 && pos % half == 0) return MetricLevel::Offbeat;
    return MetricLevel::Weak;
}

std::vector<Note> shapeVelocities(std::vector<Note> notes, const Meter& meter, const VelocityShape& shape) {
    if (notes.empty()) return notes;
    const double accent = clampAmount(shape.accent, 2.0);
    const double contour = clampAmount(shape.contour, 2.0);
    const double humanise = clampAmount(shape.humanise, 1.0);
    const BeatGrid g = gridOf(meter);

    // Onsets in time order (the input's order is kept in the output).
    std::vector<std::size_t> order(notes.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return notes[a].start < notes[b].start; });
    struct Onset {
        Tick start = 0;
        int top = 0;      ///< highest pitch starting here
        Tick end = 0;     ///< latest end of the notes starting here
        double shape = 0; ///< contour offset
    };
    std::vector<Onset> onsets;
    std::vector<std::size_t> onsetOf(notes.size());
    for (std::size_t i : order) {
        const Note& n = notes[i];
        if (onsets.empty() || onsets.back().start != n.start)
            onsets.push_back({n.start, n.pitch, n.end(), 0.0});
        Onset& o = onsets.back();
        o.top = std::max(o.top, n.pitch);
        o.end = std::max(o.end, n.end());
        onsetOf[i] = onsets.size() - 1;
    }

    // Phrases: cut at a rest of a beat or more, and at the bar line once a phrase spans kMaxPhraseBars bars.
    std::size_t first = 0;
    auto shapePhrase = [&](std::size_t from, std::size_t to) { // [from, to)
        int lo = 127, hi = 0;
        for (std::size_t k = from; k < to; ++k) {
            lo = std::min(lo, onsets[k].top);
            hi = std::max(hi, onsets[k].top);
        }
        for (std::size_t k = from; k < to; ++k)
            if (hi > lo) onsets[k].shape = kContourRange * (2.0 * (onsets[k].top - lo) / (hi - lo) - 1.0);
        if (to - from >= 3) onsets[to - 1].shape -= kPhraseEndRelax;
    };
    Tick phraseEnd = onsets.front().end;
    for (std::size_t k = 1; k < onsets.size(); ++k) {
        const bool rest = onsets[k].start - phraseEnd >= g.beat;
        const bool full = barOf(onsets[k].start, g.bar) - barOf(onsets[first].start, g.bar) >= kMaxPhraseBars;
        if (rest || full) {
            shapePhrase(first, k);
            first = k;
            phraseEnd = onsets[k].end;
        } else {
            phraseEnd = std::max(phraseEnd, onsets[k].end);
        }
    }
    shapePhrase(first, onsets.size());

    for (std::size_t i = 0; i < notes.size(); ++i) {
        Note& n = notes[i];
        const int level = static_cast<int>(metricLevel(n.start, meter));
        double v = shape.base + accent * kLevelOffset[level] + contour * onsets[onsetOf[i]].shape;
        if (humanise > 0) v += humanise * kJitterRange * jitter(shape.seed, n);
        n.velocity = std::clamp(static_cast<int>(std::lround(v)), 1, 127);
    }
    return notes;
}

} // namespace fgg
