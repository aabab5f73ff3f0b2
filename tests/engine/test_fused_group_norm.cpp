// Sampling's own CPU kernels (issue 20): the fused GroupNorm(+SiLU) gives LibTorch's result in fp32 and
// within bf16's rounding in bf16, steps aside for what it does not cover, and the UNet that uses it (with the
// time embedding folded into the conv bias when the batch shares a timestep) predicts the same noise.
#include "model/nn/FusedGroupNorm.h"
#include "model/nn/InferenceFormat.h"
#include "model/nn/ScalarMath.h"

#include <c10/util/BFloat16.h>
#include <cmath>
#include <gtest/gtest.h>
#include <limits>

using namespace fgg;

namespace {

/// GroupNorm (+ SiLU) in double. LibTorch 1.13's own fp32 kernel for channels-last computes the variance as
/// E[x^2] - mean^2 and is off by 5e-4 on activations whose mean is 7 standard deviations from zero.
torch::Tensor reference(const torch::Tensor& x, int groups, const torch::Tensor& w, const torch::Tensor& b,
                        bool silu) {
    const auto d = torch::kDouble;
    const torch::Tensor y = torch::group_norm(x.to(d), groups, w.to(d), b.to(d), 1e-5);
    return silu ? torch::silu(y) : y;
}

double maxError(const torch::Tensor& a, const torch::Tensor& b) {
    return (a.to(torch::kDouble) - b).abs().max().item<double>();
}

} // namespace

TEST(ScalarMath, ExpIsWithinAFewUlpOverTheRangeSiluUses) {
    double worst = 0;
    for (float x = -87.0f; x <= 88.0f; x += 0.0137f) {
        const double exact = std::exp(double(x));
        worst = std::max(worst, std::abs(nn::math::expApprox(x) - exact) / exact);
    }
    EXPECT_LT(worst, 4 * std::numeric_limits<float>::epsilon());
    EXPECT_NEAR(nn::math::silu(-200.0f), 0.0f, 1e-30f); // e^200 saturates instead of overflowing
    EXPECT_FLOAT_EQ(nn::math::silu(30.0f), 30.0f);
}

TEST(ScalarMath, Bf16RoundingIsLibTorchs) {
    torch::manual_seed(3);
    const torch::Tensor values = torch::randn({4096}) * 100;
    for (int64_t i = 0; i < values.numel(); ++i) {
        const float f = values[i].item<float>();
        EXPECT_EQ(nn::math::floatToBf16(f), c10::BFloat16(f).x) << f;
        EXPECT_EQ(nn::math::bf16ToFloat(c10::BFloat16(f).x), float(c10::BFloat16(f)));
    }
    for (float f :
         {1.00390625f, 1.01171875f, std::numeric_limits<float>::infinity(), -0.0f}) // ties, specials
        EXPECT_EQ(nn::math::floatToBf16(f), c10::BFloat16(f).x) << f;
    EXPECT_TRUE(std::isnan(nn::math::bf16ToFloat(nn::math::floatToBf16(std::nanf("")))));
}

TEST(FusedGroupNorm, MatchesDoublePrecisionInFp32AndIsRoundedOnceInBf16) {
    torch::manual_seed(1);
    torch::NoGradGuard noGrad;
    // Widths and resolutions of the UNet's levels (16 and 32 channels go several pixels to a row), odd sizes,
    // and activations far from zero mean.
    for (const std::vector<int64_t>& shape : std::vector<std::vector<int64_t>>{
             {2, 16, 64, 64}, {2, 32, 32, 32}, {2, 64, 16, 16}, {1, 128, 8, 8}, {3, 8, 5, 7}, {1, 8, 4, 6}}) {
        const int64_t C = shape[1];
        const int groups = static_cast<int>(C / 4);
        const torch::Tensor x = (torch::randn(shape) * 3 + 20).contiguous(at::MemoryFormat::ChannelsLast);
        const torch::Tensor w = torch::randn({C}), b = torch::randn({C});
        for (bool silu : {false, true}) {
            const torch::Tensor want = reference(x, groups, w, b, silu);
            const torch::Tensor got = nn::fusedGroupNorm(x, groups, w, b, 1e-5, silu);
            ASSERT_TRUE(got.defined());
            EXPECT_TRUE(got.is_contiguous(at::MemoryFormat::ChannelsLast));
            EXPECT_LT(maxError(got, want), 1e-5) << shape[1] << " silu " << silu;

            const torch::Tensor xh = x.to(torch::kBFloat16);
            const torch::Tensor gotH = nn::fusedGroupNorm(xh, groups, w, b, 1e-5, silu);
            ASSERT_EQ(gotH.scalar_type(), torch::kBFloat16);
            // The same input, normalised in fp32 and rounded once: at most half a bf16 step (2^-8 relative).
            const torch::Tensor wantH = reference(xh, groups, w, b, silu);
            EXPECT_LE(((gotH.to(torch::kDouble) - wantH).abs() / (wantH.abs() + 1e-3)).max().item<double>(),
                      1.0 / 256 + 1e-4)
                << shape[1] << " silu " << silu;
        }
    }
}

TEST(FusedGroupNorm, StepsAsideForWhatItDoesNotCover) {
    const torch::Tensor w = torch::ones({8}), b = torch::zeros({8});
    const torch::Tensor x = torch::randn({2, 8, 4, 4});
    {
        torch::NoGradGuard noGrad;
        EXPECT_FALSE(nn::fusedGroupNorm(x, 2, w, b, 1e-5, true).defined()); // NCHW: LibTorch's kernels
        const torch::Tensor cl = x.contiguous(at::MemoryFormat::ChannelsLast);
        EXPECT_FALSE(nn::fusedGroupNorm(cl.to(torch::kDouble), 2, w, b, 1e-5, true).defined());
        EXPECT_FALSE(nn::fusedGroupNorm(cl, 3, w, b, 1e-5, true).defined()); // group_norm reports it
    }
    // Training records autograd: the fused kernel has no backward.
    EXPECT_FALSE(
        nn::fusedGroupNorm(x.contiguous(at::MemoryFormat::ChannelsLast), 2, w, b, 1e-5, true).defined());
}

TEST(FusedGroupNorm, UNetWithOneTimestepPredictsTheTrainingLayoutsNoise) {
    // Sampling's batch shares one timestep: the fused norms and the time embedding folded into the conv bias
    // give the noise of the network as trained (NCHW fp32, LibTorch's ops, per-row embedding).
    torch::manual_seed(11);
    nn::UNet unet(unetPreset("tiny", 6));
    unet->eval();
    const torch::Tensor x = torch::randn({3, 6, 64, 64});
    const torch::Tensor t = torch::full({3}, 412, torch::kLong);
    torch::Tensor want;
    {
        // Grad mode on (as in training) takes the general path; no backward is run.
        want = unet->forward(x, t).detach();
    }
    nn::convertForInference(unet, {torch::kFloat, true});
    torch::InferenceMode inference;
    const torch::Tensor got = unet->forward(x, t);
    EXPECT_LT(((got - want).norm() / want.norm()).item<double>(), 1e-5);
}
