#include "model/harmony/KeyEstimate.h"

#include "model/harmony/PitchProfile.h"

#include <cmath>

namespace fgg::harmony {
namespace {

// Krumhansl & Kessler (1982) probe-tone ratings, tonic first.
constexpr std::array<double, 12> kMajor{6.35, 2.23, 3.48, 2.33, 4.38, 4.09,
                                        2.52, 5.19, 2.39, 3.66, 2.29, 2.88};
constexpr std::array<double, 12> kMinor{6.33, 2.68, 3.52, 5.38, 2.60, 3.53,
                                        2.54, 4.75, 3.98, 2.69, 3.34, 3.17};

double correlation(const std::array<double, 12>& h, const std::array<double, 12>& profile, int tonic) {
    double mh = 0, mp = 0;
    for (int i = 0; i < 12; ++i) {
        mh += h[static_cast<std::size_t>(i)];
        mp += profile[static_cast<std::size_t>(i)];
    }
    mh /= 12;
    mp /= 12;
    double num = 0, dh = 0, dp = 0;
    for (int pc = 0; pc < 12; ++pc) {
        const double a = h[static_cast<std::size_t>(pc)] - mh;
        const double b = profile[static_cast<std::size_t>((pc - tonic + 12) % 12)] - mp;
        num += a * b;
        dh += a * a;
        dp += b * b;
    }
    return dh > 0 && dp > 0 ? num / std::sqrt(dh * dp) : 0;
}

} // namespace

Key KeyEstimate::key() const {
    Key k;
    k.tonic = SpelledPitch::fromPitchClass(tonic);
    k.scale = Scale::named(minor ? "minor" : "major");
    return k;
}

int majorTonicOf(const Key& key) {
    const PitchClassSet& scale = key.scale.intervals;
    const bool minor = scale.contains(3) && !scale.contains(4);
    return (key.tonic.pitchClass() + (minor ? 3 : 0)) % 12;
}

KeyEstimate estimateKey(const std::array<double, 12>& histogram) {
    KeyEstimate best;
    best.correlation = -2;
    for (int tonic = 0; tonic < 12; ++tonic)
        for (bool minor : {false, true}) {
            const double r = correlation(histogram, minor ? kMinor : kMajor, tonic);
            if (r > best.correlation) best = {tonic, minor, r};
        }
    if (best.correlation < -1) best.correlation = 0;
    return best;
}

KeyEstimate estimateKey(const std::vector<Note>& notes) {
    return estimateKey(pitchClassDurations(notes));
}

KeyEstimate estimateKeyFromChords(const std::vector<ChordSpan>& chords) {
    std::array<double, 12> h{};
    for (const ChordSpan& c : chords) {
        if (c.chord.isNoChord()) continue;
        const PitchClassSet pcs = c.chord.chroma();
        for (int pc = 0; pc < 12; ++pc)
            if (pcs.contains(pc)) h[static_cast<std::size_t>(pc)] += double(std::max<Tick>(1, c.length));
    }
    return estimateKey(h);
}

} // namespace fgg::harmony
