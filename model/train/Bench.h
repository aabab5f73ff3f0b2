#pragma once
// Figures for `fgg bench`: the real sampler timed on this machine, against the machine's own matmul roofline.
#include <string>

namespace fgg {

struct SamplerBench {
    std::string preset;
    long long params = 0;
    double gflopPerForward = 0;
    double forwardMsBs1 = 0, forwardMsBs2 = 0;
    double sampleSeconds = 0;   ///< one 4-bar sample: 10 steps, CFG batched (batch-2 forwards), FGG on
    double rooflineSeconds = 0; ///< the sample's FLOPs at the measured matmul rate
    double efficiency = 0;      ///< roofline / actual
    double matmulGflops = 0;
    bool bf16 = false;
};

/// Sustained GFLOP/s of a large fp32 (or bf16) matrix product on all threads.
double measureMatmulGflops(bool bf16, double seconds = 1.0);

/// Times the real sampler for a preset (random weights: speed does not depend on the values).
SamplerBench benchSampler(const std::string& preset, bool bf16, int repeats);

} // namespace fgg
