#include "model/harmony/MelodyKey.h"

#include <algorithm>
#include <cmath>

namespace fgg::harmony {
namespace {

enum Profile {
    Duration,
    Downbeat,
    PhraseEnd,
    PhraseStart,
    PhraseEndDuration,
    // Added later (tables before them read these as weight 0): the steps tell a minor key's raised leading
    // tone from the tonic of the key a fifth above, the last bars where the song comes home.
    SemitoneUp,
    FinalBars,
    SemitoneDown
};

std::size_t at(int profile, int pitchClass) {
    return static_cast<std::size_t>(profile * 12 + ((pitchClass % 12) + 12) % 12);
}

/// Probabilities of the 24 keys from their scores.
std::array<double, 24> softmax(const std::array<double, 24>& s) {
    const double top = *std::max_element(s.begin(), s.end());
    std::array<double, 24> p{};
    double z = 0;
    for (std::size_t k = 0; k < 24; ++k)
        z += p[k] = std::exp(s[k] - top);
    for (double& v : p)
        v /= z;
    return p;
}

} // namespace

KeyFeatures melodyKeyFeatures(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar) {
    KeyFeatures x{};
    const Tick beat = std::max<Tick>(1, ticksPerBeat), bar = beat * std::max(1, beatsPerBar);
    for (std::size_t i = 0; i < melody.size(); ++i) {
        const Note& n = melody[i];
        const int pc = n.pitch % 12;
        const float beats = static_cast<float>(n.length) / static_cast<float>(beat);
        // A phrase ends where a beat or more of rest follows.
        const bool end = i + 1 == melody.size() || melody[i + 1].start - n.end() >= beat;
        const bool start = i == 0 || n.start - melody[i - 1].end() >= beat;
        x[at(Duration, pc)] += beats;
        if (n.start % bar == 0) x[at(Downbeat, pc)] += 1;
        if (end) x[at(PhraseEnd, pc)] += 1;
        if (start) x[at(PhraseStart, pc)] += 1;
        if (end) x[at(PhraseEndDuration, pc)] += beats;
        const int step = i > 0 ? n.pitch - melody[i - 1].pitch : 0;
        if (step == 1) x[at(SemitoneUp, pc)] += 1;
        if (step == -1) x[at(SemitoneDown, pc)] += 1;
        if (n.end() > melody.back().end() - 2 * bar) x[at(FinalBars, pc)] += beats;
    }
    for (int p = 0; p < kKeyProfiles; ++p) {
        float total = 0;
        for (int pc = 0; pc < 12; ++pc)
            total += x[at(p, pc)];
        if (total > 0)
            for (int pc = 0; pc < 12; ++pc)
                x[at(p, pc)] /= total;
    }
    return x;
}

bool MelodyKeyModel::empty() const {
    for (const auto& w : weights)
        for (double v : w)
            if (v != 0) return false;
    return true;
}

std::array<double, 24> MelodyKeyModel::scores(const KeyFeatures& x) const {
    std::array<double, 24> s{};
    for (int tonic = 0; tonic < 12; ++tonic)
        for (int m = 0; m < 2; ++m) {
            double v = bias[static_cast<std::size_t>(m)];
            for (int p = 0; p < kKeyProfiles; ++p)
                for (int pc = 0; pc < 12; ++pc)
                    v += weights[static_cast<std::size_t>(m)][at(p, pc - tonic)] * x[at(p, pc)];
            s[static_cast<std::size_t>(tonic * 2 + m)] = v;
        }
    return s;
}

KeyEstimate MelodyKeyModel::estimate(const std::vector<Note>& melody, Tick ticksPerBeat,
                                     int beatsPerBar) const {
    if (empty()) return estimateKey(melody);
    const auto p = softmax(scores(melodyKeyFeatures(melody, ticksPerBeat, beatsPerBar)));
    const auto best = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
    return {best / 2, best % 2 == 1, p[static_cast<std::size_t>(best)]};
}

MelodyKeyModel MelodyKeyModel::train(const std::vector<Sample>& samples, int epochs, double l2) {
    MelodyKeyModel m;
    if (samples.empty()) return m;
    // Parameters: the two weight rows, then the two biases; Adam state for each.
    constexpr std::size_t P = 2 * kKeyFeatures + 2;
    std::array<double, P> mean{}, var{};
    const double rate = 0.05, n = static_cast<double>(samples.size());
    for (int step = 1; step <= epochs; ++step) {
        std::array<double, P> grad{};
        for (const Sample& s : samples) {
            const auto p = softmax(m.scores(s.features));
            const std::size_t target = static_cast<std::size_t>(s.tonic * 2 + (s.minor ? 1 : 0));
            for (std::size_t k = 0; k < 24; ++k) {
                const double d = p[k] - (k == target ? 1 : 0);
                const int tonic = static_cast<int>(k / 2), mode = static_cast<int>(k % 2);
                grad[2 * kKeyFeatures + static_cast<std::size_t>(mode)] += d;
                for (int f = 0; f < kKeyFeatures; ++f)
                    grad[static_cast<std::size_t>(mode * kKeyFeatures) + at(f / 12, f % 12 - tonic)] +=
                        d * s.features[static_cast<std::size_t>(f)];
            }
        }
        for (std::size_t i = 0; i < P; ++i) {
            double& w = i < 2 * kKeyFeatures ? m.weights[i / kKeyFeatures][i % kKeyFeatures]
                                             : m.bias[i - 2 * kKeyFeatures];
            const double g = grad[i] / n + (i < 2 * kKeyFeatures ? l2 * w : 0);
            mean[i] = 0.9 * mean[i] + 0.1 * g;
            var[i] = 0.999 * var[i] + 0.001 * g * g;
            const double mh = mean[i] / (1 - std::pow(0.9, step)), vh = var[i] / (1 - std::pow(0.999, step));
            w -= rate * mh / (std::sqrt(vh) + 1e-8);
        }
    }
    return m;
}

} // namespace fgg::harmony
