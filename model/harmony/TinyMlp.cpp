#include "model/harmony/TinyMlp.h"

#include "model/music/Random.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace fgg::harmony {
namespace {

/// A standard normal by Box-Muller (std::normal_distribution differs between standard libraries).
float normal(SplitMix64& rng) {
    const double u = (static_cast<double>(rng.next() >> 11) + 0.5) / 9007199254740992.0;
    const double v = static_cast<double>(rng.next() >> 11) / 9007199254740992.0;
    return static_cast<float>(std::sqrt(-2 * std::log(u)) * std::cos(2 * std::numbers::pi * v));
}

/// Adam over one parameter vector; `offset` into the shared moment vectors.
struct Adam {
    std::vector<float> mean, var;
    int step = 0;
    float rate = 0;
    void update(std::vector<float>& p, const std::vector<float>& grad, std::size_t offset, float scale,
                float l2) {
        const float c1 = 1 - std::pow(0.9f, static_cast<float>(step)),
                    c2 = 1 - std::pow(0.999f, static_cast<float>(step));
        for (std::size_t i = 0; i < p.size(); ++i) {
            const float g = grad[i] * scale + l2 * p[i];
            float& m = mean[offset + i];
            float& v = var[offset + i];
            m = 0.9f * m + 0.1f * g;
            v = 0.999f * v + 0.001f * g * g;
            p[i] -= rate * (m / c1) / (std::sqrt(v / c2) + 1e-8f);
        }
    }
};

} // namespace

TinyMlp::TinyMlp(int inputs, int hidden, int outputs, std::uint64_t seed)
    : inputs_(std::max(1, inputs)), hidden_(std::max(1, hidden)), outputs_(std::max(1, outputs)) {
    SplitMix64 rng(seed);
    w1.resize(static_cast<std::size_t>(hidden_ * inputs_));
    b1.assign(static_cast<std::size_t>(hidden_), 0);
    w2.resize(static_cast<std::size_t>(outputs_ * hidden_));
    b2.assign(static_cast<std::size_t>(outputs_), 0);
    // He initialisation for the ReLUs; small output weights so that learning starts near uniform.
    const float s1 = std::sqrt(2.0f / static_cast<float>(inputs_)),
                s2 = 0.1f / std::sqrt(static_cast<float>(hidden_));
    for (float& w : w1)
        w = s1 * normal(rng);
    for (float& w : w2)
        w = s2 * normal(rng);
}

void TinyMlp::forward(const float* x, std::vector<float>& h, std::vector<float>& logP) const {
    h.assign(static_cast<std::size_t>(hidden_), 0);
    for (int j = 0; j < hidden_; ++j) {
        const float* w = &w1[static_cast<std::size_t>(j * inputs_)];
        float s = b1[static_cast<std::size_t>(j)];
        for (int k = 0; k < inputs_; ++k)
            s += w[k] * x[k];
        h[static_cast<std::size_t>(j)] = std::max(0.0f, s);
    }
    logP.assign(static_cast<std::size_t>(outputs_), 0);
    float top = -1e30f;
    for (int o = 0; o < outputs_; ++o) {
        const float* w = &w2[static_cast<std::size_t>(o * hidden_)];
        float s = b2[static_cast<std::size_t>(o)];
        for (int k = 0; k < hidden_; ++k)
            s += w[k] * h[static_cast<std::size_t>(k)];
        logP[static_cast<std::size_t>(o)] = s;
        top = std::max(top, s);
    }
    double z = 0;
    for (float s : logP)
        z += std::exp(static_cast<double>(s - top));
    const auto logZ = static_cast<float>(top + std::log(z));
    for (float& s : logP)
        s -= logZ;
}

std::vector<float> TinyMlp::logProbabilities(std::span<const float> x) const {
    std::vector<float> h, logP;
    if (empty() || static_cast<int>(x.size()) != inputs_) return logP;
    forward(x.data(), h, logP);
    return logP;
}

double TinyMlp::train(const std::vector<float>& x, const std::vector<int>& labels, const Training& o) {
    const std::size_t n = labels.size();
    if (empty() || n == 0 || x.size() != n * static_cast<std::size_t>(inputs_)) return 0;
    std::vector<std::size_t> order(n);
    for (std::size_t i = 0; i < n; ++i)
        order[i] = i;
    SplitMix64 rng(o.seed);
    Adam adam;
    adam.mean.assign(w1.size() + b1.size() + w2.size() + b2.size(), 0);
    adam.var = adam.mean;
    std::vector<float> g1(w1.size()), gb1(b1.size()), g2(w2.size()), gb2(b2.size());
    std::vector<float> h, logP, dh(static_cast<std::size_t>(hidden_));
    double loss = 0;
    for (int epoch = 0; epoch < o.epochs; ++epoch) {
        shuffle(order, rng);
        adam.rate = epoch >= o.epochs - o.finalEpochs ? o.finalRate : o.rate;
        loss = 0;
        for (std::size_t from = 0; from < n; from += static_cast<std::size_t>(o.batch)) {
            const std::size_t to = std::min(n, from + static_cast<std::size_t>(o.batch));
            std::fill(g1.begin(), g1.end(), 0.0f);
            std::fill(gb1.begin(), gb1.end(), 0.0f);
            std::fill(g2.begin(), g2.end(), 0.0f);
            std::fill(gb2.begin(), gb2.end(), 0.0f);
            for (std::size_t q = from; q < to; ++q) {
                const float* in = &x[order[q] * static_cast<std::size_t>(inputs_)];
                const int label = labels[order[q]];
                forward(in, h, logP);
                loss -= logP[static_cast<std::size_t>(label)];
                std::fill(dh.begin(), dh.end(), 0.0f);
                for (int out = 0; out < outputs_; ++out) {
                    const float d =
                        std::exp(logP[static_cast<std::size_t>(out)]) - (out == label ? 1.0f : 0.0f);
                    gb2[static_cast<std::size_t>(out)] += d;
                    float* g = &g2[static_cast<std::size_t>(out * hidden_)];
                    const float* w = &w2[static_cast<std::size_t>(out * hidden_)];
                    for (int k = 0; k < hidden_; ++k) {
                        g[k] += d * h[static_cast<std::size_t>(k)];
                        dh[static_cast<std::size_t>(k)] += d * w[k];
                    }
                }
                for (int j = 0; j < hidden_; ++j) {
                    if (h[static_cast<std::size_t>(j)] <= 0) continue;
                    const float d = dh[static_cast<std::size_t>(j)];
                    gb1[static_cast<std::size_t>(j)] += d;
                    float* g = &g1[static_cast<std::size_t>(j * inputs_)];
                    for (int k = 0; k < inputs_; ++k)
                        g[k] += d * in[k];
                }
            }
            ++adam.step;
            const float scale = 1.0f / static_cast<float>(to - from);
            std::size_t offset = 0;
            adam.update(w1, g1, offset, scale, o.l2);
            adam.update(b1, gb1, offset += w1.size(), scale, 0);
            adam.update(w2, g2, offset += b1.size(), scale, o.l2);
            adam.update(b2, gb2, offset += w2.size(), scale, 0);
        }
        loss /= static_cast<double>(n);
    }
    return loss;
}

} // namespace fgg::harmony
