// CFG's two halves side by side (IntraOpThreads' runSideBySide, used by the Sampler): both jobs run, at once
// on two threads where the calling thread has a team of two, one after the other inside a one-thread stream;
// errors come back; and the sampler writes the very same roll either way.
#include "model/diffusion/IntraOpThreads.h"
#include "model/diffusion/Runtime.h"
#include "model/diffusion/Sampler.h"
#include "model/nn/InferenceFormat.h"

#include <gtest/gtest.h>

#include <atomic>
#include <stdexcept>
#include <thread>

using namespace fgg;
using namespace fgg::diffusion;

namespace {

/// Waits (a bounded time) until both jobs have started: true only if they overlap.
bool meetWithin(std::atomic<int>& arrived) {
    ++arrived;
    for (int i = 0; i < 2000 && arrived.load() < 2; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return arrived.load() == 2;
}

} // namespace

TEST(SideBySide, RunsBothJobsAtOnceOnTwoThreads) {
    const int threads = configureRuntime().threads;
    if (threads < 2 || !canRunSideBySide())
        GTEST_SKIP() << "one thread here: the jobs run one after the other";
    std::thread::id a, b;
    std::atomic<int> arrived{0};
    bool aMet = false, bMet = false;
    runSideBySide(
        [&] {
            a = std::this_thread::get_id();
            aMet = meetWithin(arrived);
        },
        [&] {
            b = std::this_thread::get_id();
            bMet = meetWithin(arrived);
        });
    EXPECT_NE(a, b);
    EXPECT_EQ(a, std::this_thread::get_id()); // the first job on the calling thread
    EXPECT_TRUE(aMet && bMet);
}

TEST(SideBySide, InsideAOneThreadStreamTheJobsRunInTurn) {
    const int threads = configureRuntime().threads;
    const IntraOpThreadsScope oneThread(1, threads);
    EXPECT_FALSE(canRunSideBySide());
    std::vector<int> order;
    runSideBySide([&] { order.push_back(1); }, [&] { order.push_back(2); });
    EXPECT_EQ(order, (std::vector<int>{1, 2}));
}

TEST(SideBySide, AnErrorComesBackAfterBothJobsEnded) {
    configureRuntime();
    bool otherRan = false;
    EXPECT_THROW(runSideBySide([] { throw std::runtime_error("first"); }, [&] { otherRan = true; }),
                 std::runtime_error);
    EXPECT_TRUE(otherRan);
    try {
        runSideBySide([] { throw std::runtime_error("first"); }, [] { throw std::logic_error("second"); });
        ADD_FAILURE() << "no error came back";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "first");
    }
}

/// The roll sampled with CFG's halves side by side and, inside a one-thread stream, as one batch.
static std::pair<torch::Tensor, torch::Tensor> bothWays(const nn::InferenceFormat& format) {
    const int threads = configureRuntime().threads;
    nn::UNet unet{unetPreset("tiny", 4)};
    nn::convertForInference(unet, format);
    Sampler sampler{unet, torch::kCPU};
    torch::manual_seed(3);
    SamplerInputs in;
    in.cond = torch::randn({2, 2, 64, 64}) * 0.5;
    in.nullCond = -torch::ones({2, 2, 64, 64});
    in.allowed = (torch::rand({2, 1, 64, 64}) > 0.4).to(torch::kFloat);
    SamplerSettings s;
    s.seed = 11;
    const torch::Tensor sideBySide = sampler.sample(in, s);
    const IntraOpThreadsScope oneThread(1, threads); // one forward at batch 4, as a stream runs it
    return {sideBySide, sampler.sample(in, s)};
}

// The formats generation samples in (channels-last). In bf16 oneDNN computes each sample the same way
// whatever the batch, so the music is the same bit for bit (fgg generate, seeds 1-4, both tasks, gave
// identical MIDI). In fp32 its kernels block by batch: the roll moves by float rounding (3e-5 here).
TEST(SideBySide, TheSamplerWritesTheSameRollWithCfgsHalvesSideBySide) {
    const auto [sideBySide, batched] = bothWays({torch::kBFloat16, true});
    if (configureRuntime().bf16Pays()) // the CPUs that sample in bf16 (elsewhere oneDNN's bf16 is emulated)
        EXPECT_TRUE(torch::equal(sideBySide, batched)) << (sideBySide - batched).abs().max().item<float>();
    else
        EXPECT_LT((sideBySide - batched).abs().max().item<float>(), 1e-2f);
    const auto [sideBySide32, batched32] = bothWays({torch::kFloat, true});
    EXPECT_LT((sideBySide32 - batched32).abs().max().item<float>(), 1e-3f);
}
