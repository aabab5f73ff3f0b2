#include "model/train/ShardedSampler.h"

#include "model/diffusion/NoiseSchedule.h"
#include "model/music/Error.h"
#include "model/music/Random.h"

#include <numeric>

namespace fgg::train {
namespace {
/// A seed for the stream of (seed, a, b), e.g. (run seed, step, example): unrelated streams for distinct
/// triples, the same on every machine (music/Random.h is portable where std::shuffle is not).
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t a, std::uint64_t b) {
    return mix64(mix64(mix64(seed) ^ a) ^ b);
}
} // namespace

ShardedSampler::ShardedSampler(const TrainingExamples& examples, DataOrder order, std::uint64_t seed,
                               int globalBatch, int worldSize, int rank)
    : examples_(examples), order_(order), seed_(seed), globalBatch_(globalBatch) {
    if (worldSize < 1 || rank < 0 || rank >= worldSize)
        throw Error("rank " + std::to_string(rank) + " is outside a world of " + std::to_string(worldSize) +
                    " processes (ranks are 0 .. world size - 1)");
    if (globalBatch < worldSize || globalBatch % worldSize != 0)
        throw Error("--batch " + std::to_string(globalBatch) +
                    " is the global batch and must split evenly over " + std::to_string(worldSize) +
                    " ranks: choose a multiple of " + std::to_string(worldSize));
    shardSize_ = globalBatch / worldSize;
    shardBegin_ = rank * shardSize_;
    stepsPerEpoch_ = examples.windowStartCount() / globalBatch;
    if (order_ == DataOrder::EpochShuffle && stepsPerEpoch_ < 1)
        throw Error("the training set has " + std::to_string(examples.windowStartCount()) +
                    " windows, fewer than one batch of " + std::to_string(globalBatch) + ": lower --batch");
}

const std::vector<long long>& ShardedSampler::permutation(long long epoch) {
    if (epoch != permutationEpoch_) {
        // The same (seed, epoch) on every rank: every rank computes the same shuffle and takes its slice.
        SplitMix64 rng(streamSeed(seed_, 0x45504F4348ull /* "EPOCH" */, static_cast<std::uint64_t>(epoch)));
        permutation_.resize(static_cast<std::size_t>(examples_.windowStartCount()));
        std::iota(permutation_.begin(), permutation_.end(), 0LL);
        shuffle(permutation_, rng);
        permutationEpoch_ = epoch;
    }
    return permutation_;
}

std::vector<WindowDraw> ShardedSampler::draws(long long step) {
    // An epoch is stepsPerEpoch whole global batches; its last partial batch is skipped (it differs by
    // epoch).
    const long long epoch = step / stepsPerEpoch_;
    const long long first = (step % stepsPerEpoch_) * globalBatch_;
    const std::vector<long long>& perm = permutation(epoch);
    std::vector<WindowDraw> out;
    for (int i = shardBegin_; i < shardBegin_ + shardSize_; ++i) {
        SplitMix64 rng(streamSeed(seed_, static_cast<std::uint64_t>(step), static_cast<std::uint64_t>(i)));
        out.push_back(examples_.draw(perm[static_cast<std::size_t>(first + i)], rng));
    }
    return out;
}

std::vector<long long> ShardedSampler::windows(long long step) {
    std::vector<long long> out;
    if (order_ != DataOrder::EpochShuffle) return out;
    for (const WindowDraw& d : draws(step))
        out.push_back(d.window);
    return out;
}

ShardBatch ShardedSampler::replacementBatch(long long step) const {
    // Exactly the draws of the single-process loop before epochs (so old runs resume on the same data); each
    // rank draws the whole global batch (cheap next to a training step) and keeps its slice.
    std::mt19937_64 rng(seed_ * 0x9E3779B97F4A7C15ull + static_cast<std::uint64_t>(step));
    const ExampleBatch all = examples_.sample(globalBatch_, rng);
    auto gen = at::make_generator<at::CPUGeneratorImpl>(rng());
    const auto t = torch::randint(0, NoiseSchedule::kSteps, {globalBatch_}, gen, torch::kLong);
    const auto eps = torch::randn(all.target.sizes(), gen, torch::kFloat);
    if (shardSize_ == globalBatch_) return {all.target, all.conditions, t, eps};
    return {all.target.narrow(0, shardBegin_, shardSize_), all.conditions.narrow(0, shardBegin_, shardSize_),
            t.narrow(0, shardBegin_, shardSize_), eps.narrow(0, shardBegin_, shardSize_)};
}

ShardBatch ShardedSampler::batch(long long step) {
    if (order_ == DataOrder::Replacement) return replacementBatch(step);
    const std::vector<WindowDraw> d = draws(step);
    const ExampleBatch examples = examples_.gather(d);
    ShardBatch b{examples.target, examples.conditions, torch::empty({shardSize_}, torch::kLong),
                 torch::empty(examples.target.sizes(), torch::kFloat)};
    for (int i = 0; i < shardSize_; ++i) {
        // Noise per example from its global position: the same whichever rank trains on it.
        auto gen = at::make_generator<at::CPUGeneratorImpl>(
            streamSeed(seed_ ^ 0x4E4F495345ull /* "NOISE" */, static_cast<std::uint64_t>(step),
                       static_cast<std::uint64_t>(shardBegin_ + i)));
        b.t.data_ptr<int64_t>()[i] =
            torch::randint(0, NoiseSchedule::kSteps, {1}, gen, torch::kLong).item<int64_t>();
        b.eps[i].copy_(torch::randn(examples.target.sizes().slice(1), gen, torch::kFloat));
    }
    return b;
}

} // namespace fgg::train
