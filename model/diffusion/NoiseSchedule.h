#pragma once
// The forward process and the sampler's timesteps (method §4.1, 5.1, 5.2). Pure math, no torch.
//   beta_t = (sqrt(0.00085) + (sqrt(0.012) - sqrt(0.00085)) t / 999)^2,  t = 0..999   ("scaled linear")
//   alphabar_t = prod_{s<=t} (1 - beta_s), computed in float64 and stored as float32 like the reference.
#include <vector>

namespace fgg {

class NoiseSchedule {
public:
    static constexpr int kSteps = 1000;
    NoiseSchedule();

    float alphaBar(int t) const { return alphaBar_[static_cast<std::size_t>(t)]; }
    double beta(int t) const { return beta_[static_cast<std::size_t>(t)]; }
    const std::vector<float>& alphaBars() const { return alphaBar_; }

private:
    std::vector<double> beta_;
    std::vector<float> alphaBar_;
};

/// One step of the sampler: evaluate the model at `t`, move to `tPrev` (-1 = return x0).
struct SamplerStep {
    int t = 0;
    int tPrev = -1;
    float alphaBar = 0;     ///< ab[t]
    float alphaBarPrev = 1; ///< ab[tPrev], 1 at the last step
    float sigma = 0;        ///< noise std added when moving to tPrev
};

/// The authors' ten timesteps, ascending.
const std::vector<int>& authorsTimesteps();

/// Steps from the noisiest to the last. `count` = 10 gives the authors' tau = 13, 53, ..., 999 with their
/// sigma (the one-step DDPM posterior std at tau, from ab[tau - 1]); any other count 1..1000 spaces the
/// timesteps evenly (t_i = round((i + 1) * 1000 / count) - 1, so 1000 steps is full ancestral DDPM) with the
/// same sigma rule.
std::vector<SamplerStep> samplerSteps(const NoiseSchedule& schedule, int count);

} // namespace fgg
