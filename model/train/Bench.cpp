#include "model/train/Bench.h"

#include "model/diffusion/Guidance.h"
#include "model/diffusion/Runtime.h"
#include "model/diffusion/Sampler.h"
#include "model/nn/InferenceFormat.h"

#include <algorithm>
#include <chrono>

namespace fgg {
namespace {
using Clock = std::chrono::steady_clock;

template <class F>
double bestSeconds(int repeats, F&& f) {
    f(); // warm-up: oneDNN primitives, allocator
    double best = 1e30;
    for (int i = 0; i < repeats; ++i) {
        const auto t0 = Clock::now();
        f();
        best = std::min(best, std::chrono::duration<double>(Clock::now() - t0).count());
    }
    return best;
}
} // namespace

double measureMatmulGflops(bool bf16, double seconds) {
    configureRuntime();
    torch::InferenceMode guard;
    const int64_t n = 1024;
    const auto type = bf16 ? torch::kBFloat16 : torch::kFloat;
    const auto a = torch::randn({n, n}).to(type), b = torch::randn({n, n}).to(type);
    torch::Tensor c = torch::matmul(a, b);
    int iterations = 0;
    const auto t0 = Clock::now();
    double elapsed = 0;
    while (elapsed < seconds) {
        c = torch::matmul(a, b);
        ++iterations;
        elapsed = std::chrono::duration<double>(Clock::now() - t0).count();
    }
    return 2.0 * double(n) * n * n * iterations / elapsed / 1e9;
}

SamplerBench benchSampler(const std::string& preset, bool bf16, int repeats) {
    configureRuntime();
    torch::InferenceMode guard;
    SamplerBench r;
    r.preset = preset;
    r.bf16 = bf16;
    const UNetConfig config = unetPreset(preset, 6);
    nn::UNet unet(config);
    unet->eval();
    for (const auto& p : unet->parameters())
        r.params += p.numel();
    // The format the Generator samples in (channels-last; bf16 weights when asked).
    nn::convertForInference(unet, {bf16 ? torch::kBFloat16 : torch::kFloat, true});
    r.gflopPerForward = unetGflopPerForward(config);
    auto forward = [&](int64_t batch) {
        const auto x = torch::randn({batch, config.inChannels, 64, 64});
        const auto t = torch::full({batch}, 500, torch::kLong);
        unet->forward(x, t);
    };
    r.forwardMsBs1 = 1000 * bestSeconds(repeats, [&] { forward(1); });
    r.forwardMsBs2 = 1000 * bestSeconds(repeats, [&] { forward(2); });

    diffusion::Sampler sampler(unet, torch::kCPU);
    diffusion::SamplerInputs in;
    in.cond = torch::zeros({1, 4, 64, 64});
    in.nullCond = -torch::ones({1, 4, 64, 64});
    in.allowed = (torch::rand({1, 1, 64, 64}) > 0.4).to(torch::kFloat);
    diffusion::SamplerSettings s;
    r.sampleSeconds = bestSeconds(std::max(1, repeats / 2), [&] { sampler.sample(in, s); });
    r.matmulGflops = measureMatmulGflops(bf16);
    r.rooflineSeconds = 10 * 2 * r.gflopPerForward / r.matmulGflops;
    r.efficiency = r.rooflineSeconds / r.sampleSeconds;
    return r;
}

} // namespace fgg
