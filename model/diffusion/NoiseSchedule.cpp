#include "model/diffusion/NoiseSchedule.h"

#include "model/music/Error.h"

#include <cmath>

namespace fgg {

NoiseSchedule::NoiseSchedule() : beta_(kSteps), alphaBar_(kSteps) {
    const double lo = std::sqrt(0.00085), hi = std::sqrt(0.012);
    double prod = 1.0;
    for (int t = 0; t < kSteps; ++t) {
        const double b = lo + (hi - lo) * t / (kSteps - 1);
        beta_[static_cast<std::size_t>(t)] = b * b;
        prod *= 1.0 - b * b;
        alphaBar_[static_cast<std::size_t>(t)] = static_cast<float>(prod);
    }
}

const std::vector<int>& authorsTimesteps() {
    static const std::vector<int> tau{13, 53, 116, 193, 310, 443, 587, 730, 845, 999};
    return tau;
}

std::vector<SamplerStep> samplerSteps(const NoiseSchedule& schedule, int count) {
    if (count < 1 || count > NoiseSchedule::kSteps)
        throw Error("diffusion steps must be between 1 and 1000, not " + std::to_string(count));
    std::vector<int> tau;
    if (count == 10) {
        tau = authorsTimesteps();
    } else {
        for (int i = 0; i < count; ++i)
            tau.push_back(static_cast<int>(std::lround((i + 1) * double(NoiseSchedule::kSteps) / count)) - 1);
    }
    std::vector<SamplerStep> steps;
    for (int i = count - 1; i >= 0; --i) {
        SamplerStep s;
        s.t = tau[static_cast<std::size_t>(i)];
        s.alphaBar = schedule.alphaBar(s.t);
        s.tPrev = i > 0 ? tau[static_cast<std::size_t>(i - 1)] : -1;
        s.alphaBarPrev = i > 0 ? schedule.alphaBar(s.tPrev) : 1.0f;
        // sigma = sqrt((1 - ab[t-1]) / (1 - ab[t]) * (1 - ab[t] / ab[t-1])), in float32 like SDFSampler.
        const float a = s.alphaBar;
        const float aPrev1 = s.t > 0 ? schedule.alphaBar(s.t - 1) : 1.0f;
        s.sigma = i > 0 ? std::sqrt((1.0f - aPrev1) / (1.0f - a) * (1.0f - a / aPrev1)) : 0.0f;
        steps.push_back(s);
    }
    return steps;
}

} // namespace fgg
