// The noise schedule and the sampler's steps match the reference values (method §4.1, 5.2).
#include "model/diffusion/NoiseSchedule.h"
#include "model/diffusion/Sampler.h"

#include <cmath>
#include <gtest/gtest.h>

using namespace fgg;

TEST(NoiseSchedule, AlphaBarMatchesAnIndependentComputation) {
    const NoiseSchedule s;
    long double prod = 1;
    for (int t = 0; t < 1000; ++t) {
        const long double b = std::sqrt(0.00085L) + (std::sqrt(0.012L) - std::sqrt(0.00085L)) * t / 999.0L;
        prod *= 1 - b * b;
        ASSERT_NEAR(s.alphaBar(t), static_cast<double>(prod), 1e-6) << t;
    }
    EXPECT_NEAR(s.beta(0), 0.00085, 1e-12);
    EXPECT_NEAR(s.beta(999), 0.012, 1e-12);
    EXPECT_NEAR(s.alphaBar(0), 0.99915, 1e-6);
    EXPECT_NEAR(s.alphaBar(999), 0.0046601, 1e-6);
}

TEST(NoiseSchedule, TheAuthorsTenStepsAndSigmas) {
    const NoiseSchedule s;
    const auto steps = samplerSteps(s, 10);
    ASSERT_EQ(steps.size(), 10u);
    const int tau[10] = {999, 845, 730, 587, 443, 310, 193, 116, 53, 13};
    const double sigma[9] = {0.10954, 0.09714, 0.08787, 0.07634, 0.06473, 0.05399, 0.04454, 0.03829, 0.03307};
    for (int i = 0; i < 10; ++i) {
        EXPECT_EQ(steps[i].t, tau[i]);
        if (i < 9) {
            EXPECT_EQ(steps[i].tPrev, tau[i + 1]);
            EXPECT_NEAR(steps[i].sigma, sigma[i], 2e-5);
        }
    }
    EXPECT_EQ(steps.back().tPrev, -1);
    EXPECT_NEAR(std::sqrt(steps[0].alphaBarPrev), 0.15632, 1e-5);
}

TEST(NoiseSchedule, AnyStepCountFrom1To1000) {
    const NoiseSchedule s;
    EXPECT_EQ(samplerSteps(s, 1).front().t, 999);
    const auto full = samplerSteps(s, 1000);
    EXPECT_EQ(full.front().t, 999);
    EXPECT_EQ(full.back().t, 0);
    EXPECT_EQ(samplerSteps(s, 37).size(), 37u);
    EXPECT_THROW(samplerSteps(s, 0), Error);
    EXPECT_THROW(samplerSteps(s, 1001), Error);
}

TEST(NoiseSchedule, X0AndEpsilonRoundTrip) {
    const NoiseSchedule s;
    const auto x0 = (torch::rand({2, 2, 64, 64}) > 0.9).to(torch::kFloat);
    const auto eps = torch::randn({2, 2, 64, 64});
    for (int t : {13, 310, 999}) {
        const float a = s.alphaBar(t);
        const auto xt = diffusion::qSample(x0, a, eps);
        const auto x0hat = (xt - std::sqrt(1 - a) * eps) / std::sqrt(a);
        const auto epsBack = (xt - std::sqrt(a) * x0hat) / std::sqrt(1 - a);
        EXPECT_LT((x0hat - x0).abs().max().item<float>(), 1e-5f * (t == 999 ? 20 : 1)) << t;
        EXPECT_LT((epsBack - eps).abs().max().item<float>(), 1e-5f) << t;
    }
}
