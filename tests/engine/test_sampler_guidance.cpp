// FGG guarantees: with random weights, `fgg` leaves no note outside the allowed pitch classes at any step,
// `none` does; rhythm guidance gives exactly the requested onsets; inpainting keeps the known region bit for
// bit; progress once per step; cancel within one step; the same seed gives the same output.
#include "model/diffusion/Guidance.h"
#include "model/diffusion/Sampler.h"
#include "model/music/ScaleMask.h"
#include "model/roll/Conditions.h"

#include <gtest/gtest.h>
#include <random>

using namespace fgg;
using namespace fgg::diffusion;

namespace {

struct Fixture {
    nn::UNet unet{unetPreset("tiny", 4)};
    Sampler sampler{unet, torch::kCPU};
};

// Random chords per bar (random root, random quality from the table) for B samples.
std::vector<std::vector<PitchClassSet>> randomAllowed(int B, std::mt19937& rng) {
    std::vector<std::vector<PitchClassSet>> out;
    const auto& table = chordScaleTable();
    for (int b = 0; b < B; ++b) {
        std::vector<PitchClassSet> steps;
        for (int bar = 0; bar < 4; ++bar) {
            const auto& e = table[rng() % table.size()];
            const int root = static_cast<int>(rng() % 12);
            for (int s = 0; s < 16; ++s)
                steps.push_back(allowedPitchClassesForChroma(e.chordIntervals.transposed(root)));
        }
        out.push_back(steps);
    }
    return out;
}

SamplerInputs inputsFor(const std::vector<std::vector<PitchClassSet>>& allowed) {
    const int64_t B = static_cast<int64_t>(allowed.size());
    SamplerInputs in;
    in.cond = torch::randn({B, 2, 64, 64}) * 0.5;
    in.nullCond = -torch::ones({B, 2, 64, 64});
    in.allowed = allowedMask(allowed, torch::kCPU);
    return in;
}

// Cells that decode as sounding (> 0.5) where the pitch is not allowed.
int64_t outOfKeyCells(const torch::Tensor& x, const torch::Tensor& allowed) {
    return ((x > 0.5) & (allowed < 0.5).expand_as(x)).sum().item<int64_t>();
}

} // namespace

TEST(FineGrainedGuidance, NoOutOfKeyCellAtAnyStepForManySeeds) {
    Fixture f;
    std::mt19937 rng(7);
    int64_t withoutGuidance = 0;
    for (int seed = 0; seed < 6; ++seed) {
        const SamplerInputs in = inputsFor(randomAllowed(3, rng));
        SamplerSettings s;
        s.seed = static_cast<std::uint64_t>(seed);
        int stepsChecked = 0;
        const auto out = f.sampler.sample(in, s, [&](int, int, const torch::Tensor& x0) {
            EXPECT_EQ(outOfKeyCells(x0, in.allowed), 0);
            ++stepsChecked;
        });
        EXPECT_EQ(stepsChecked, 10);
        EXPECT_EQ(outOfKeyCells(out, in.allowed), 0);
        s.guidance = GuidanceMode::None;
        withoutGuidance += outOfKeyCells(f.sampler.sample(in, s), in.allowed);
    }
    // The guarantee comes from the guidance, not from the (random) model.
    EXPECT_GT(withoutGuidance, 0);
}

TEST(FineGrainedGuidance, AblationModesAlsoEndInKey) {
    Fixture f;
    std::mt19937 rng(11);
    const SamplerInputs in = inputsFor(randomAllowed(2, rng));
    for (GuidanceMode g : {GuidanceMode::LastStep, GuidanceMode::Round, GuidanceMode::Inpaint}) {
        SamplerSettings s;
        s.guidance = g;
        EXPECT_EQ(outOfKeyCells(f.sampler.sample(in, s), in.allowed), 0) << toString(g);
    }
}

TEST(FineGrainedGuidance, HarmonicCorrectionClampsToExactlyOneHalf) {
    const auto x0 =
        torch::tensor({0.2f, 0.7f, 0.5f, 1.3f}).view({1, 1, 1, 4}).expand({1, 2, 1, 4}).contiguous();
    const auto allowed = torch::tensor({0.f, 0.f, 0.f, 1.f}).view({1, 1, 1, 4});
    const auto y = harmonicCorrection(x0, allowed);
    EXPECT_FLOAT_EQ(y[0][0][0][0].item<float>(), 0.2f);
    EXPECT_FLOAT_EQ(y[0][0][0][1].item<float>(), 0.5f);
    EXPECT_FLOAT_EQ(y[0][1][0][1].item<float>(), 0.5f);
    EXPECT_FLOAT_EQ(y[0][0][0][3].item<float>(), 1.3f);
}

TEST(RhythmGuidance, ExactlyTheRequestedOnsetsPerStep) {
    Fixture f;
    std::mt19937 rng(3);
    const auto allowed = randomAllowed(2, rng);
    SamplerInputs in = inputsFor(allowed);
    std::vector<int64_t> counts(64);
    for (int t = 0; t < 64; ++t)
        counts[static_cast<std::size_t>(t)] = (t % 4 == 0) ? 3 : (t % 2 == 0 ? 1 : 0);
    in.rhythm = torch::tensor(counts).unsqueeze(0).expand({2, 64}).contiguous();
    for (int seed = 0; seed < 4; ++seed) {
        SamplerSettings s;
        s.seed = static_cast<std::uint64_t>(seed);
        const auto out = f.sampler.sample(in, s);
        const auto onsetsPerStep = (out.select(1, 0) > 0.5).sum(-1); // [B, T]
        for (int b = 0; b < 2; ++b)
            for (int t = 0; t < 64; ++t)
                ASSERT_EQ(onsetsPerStep[b][t].item<int64_t>(), counts[static_cast<std::size_t>(t)])
                    << b << " " << t;
        EXPECT_EQ(outOfKeyCells(out, in.allowed), 0);
    }
}

TEST(Inpainting, KnownRegionIsBitIdentical) {
    Fixture f;
    std::mt19937 rng(5);
    SamplerInputs in = inputsFor(randomAllowed(2, rng));
    in.knownValues = (torch::rand({2, 2, 64, 64}) > 0.95).to(torch::kFloat);
    in.knownMask = torch::zeros({2, 2, 64, 64});
    in.knownMask.narrow(2, 0, 32).fill_(1.0f);  // the first two bars are known
    in.knownMask.narrow(3, 40, 10).fill_(1.0f); // and a band of pitches everywhere
    const auto out = f.sampler.sample(in, SamplerSettings{});
    const auto keep = in.knownMask > 0.5;
    EXPECT_TRUE(torch::equal(out.masked_select(keep), in.knownValues.masked_select(keep)));
}

TEST(Sampler, ProgressOncePerStepAndSameSeedSameOutput) {
    Fixture f;
    std::mt19937 rng(9);
    const SamplerInputs in = inputsFor(randomAllowed(1, rng));
    for (int steps : {1, 10, 25}) {
        SamplerSettings s;
        s.steps = steps;
        s.seed = 42;
        std::vector<int> seen;
        const auto a = f.sampler.sample(in, s, [&](int step, int total, const torch::Tensor&) {
            EXPECT_EQ(total, steps);
            seen.push_back(step);
        });
        ASSERT_EQ(static_cast<int>(seen.size()), steps);
        for (int i = 0; i < steps; ++i)
            EXPECT_EQ(seen[static_cast<std::size_t>(i)], i + 1);
        EXPECT_TRUE(torch::equal(a, f.sampler.sample(in, s)));
    }
}

TEST(Sampler, CancelStopsWithinOneStep) {
    Fixture f;
    std::mt19937 rng(13);
    const SamplerInputs in = inputsFor(randomAllowed(1, rng));
    for (int cancelAfter = 0; cancelAfter < 10; ++cancelAfter) {
        std::atomic<bool> cancel{cancelAfter == 0};
        int steps = 0;
        EXPECT_THROW(f.sampler.sample(
                         in, SamplerSettings{},
                         [&](int step, int, const torch::Tensor&) {
                             steps = step;
                             if (step == cancelAfter) cancel = true;
                         },
                         &cancel),
                     Cancelled);
        EXPECT_EQ(steps, cancelAfter);
    }
}
