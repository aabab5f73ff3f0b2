// Data-parallel sharding: in every epoch the ranks train on disjoint windows, a step's shards together are
// exactly one process's batch (windows, augmentation and noise), and each epoch has its own shuffle.
#include "model/music/Error.h"
#include "model/train/ShardedSampler.h"
#include "tests/engine/SyntheticSongs.h"

#include <gtest/gtest.h>
#include <set>

using namespace fgg;
using namespace fgg::train;

namespace {
TrainingExamples examples(int songs = 3, int bars = 8) {
    return TrainingExamples(fgg::testing::syntheticSongs(songs, 0, bars), "accompaniment", 0.5);
}
} // namespace

TEST(ShardedSampler, RanksShareEachEpochWithoutOverlap) {
    const TrainingExamples set = examples(); // 3 songs x 5 window starts = 15 windows
    ASSERT_EQ(set.windowStartCount(), 15);
    ShardedSampler rank0(set, DataOrder::EpochShuffle, 7, 4, 2, 0),
        rank1(set, DataOrder::EpochShuffle, 7, 4, 2, 1);
    ASSERT_EQ(rank0.stepsPerEpoch(), 3);
    std::set<long long> seen;
    for (long long step = 0; step < 3; ++step)
        for (ShardedSampler* s : {&rank0, &rank1})
            for (long long w : s->windows(step))
                EXPECT_TRUE(seen.insert(w).second) << "window " << w << " twice in epoch 0";
    EXPECT_EQ(seen.size(), 12u); // 3 whole batches of 4; the 3 left over are skipped this epoch
}

TEST(ShardedSampler, ShardsTogetherAreOneProcesssBatch) {
    const TrainingExamples set = examples();
    ShardedSampler one(set, DataOrder::EpochShuffle, 7, 4);
    ShardedSampler rank0(set, DataOrder::EpochShuffle, 7, 4, 2, 0),
        rank1(set, DataOrder::EpochShuffle, 7, 4, 2, 1);
    for (long long step : {0LL, 4LL, 11LL}) {
        const ShardBatch all = one.batch(step), a = rank0.batch(step), b = rank1.batch(step);
        EXPECT_TRUE(torch::equal(all.target, torch::cat({a.target, b.target}))) << step;
        EXPECT_TRUE(torch::equal(all.conditions, torch::cat({a.conditions, b.conditions}))) << step;
        EXPECT_TRUE(torch::equal(all.t, torch::cat({a.t, b.t}))) << step;
        EXPECT_TRUE(torch::equal(all.eps, torch::cat({a.eps, b.eps}))) << step;
    }
}

TEST(ShardedSampler, EveryEpochHasItsOwnShuffleAndTheSameSeedRepeatsIt) {
    const TrainingExamples set = examples(6, 16); // 78 windows: 19 steps of 4 per epoch
    ShardedSampler a(set, DataOrder::EpochShuffle, 7, 4), b(set, DataOrder::EpochShuffle, 7, 4);
    const long long perEpoch = a.stepsPerEpoch();
    EXPECT_NE(a.windows(0), a.windows(perEpoch)); // step 0 of epoch 0 against step 0 of epoch 1
    EXPECT_EQ(a.windows(perEpoch + 2), b.windows(perEpoch + 2));
    ShardedSampler otherSeed(set, DataOrder::EpochShuffle, 8, 4);
    EXPECT_NE(a.windows(0), otherSeed.windows(0));
}

TEST(ShardedSampler, OldRunsKeepTheirDrawsWithReplacement) {
    const TrainingExamples set = examples();
    ShardedSampler one(set, DataOrder::Replacement, 7, 4), rank1(set, DataOrder::Replacement, 7, 4, 2, 1);
    // The loop before epochs: a generator seeded from (seed, step), the batch, then t and eps from it.
    std::mt19937_64 rng(7 * 0x9E3779B97F4A7C15ull + 5);
    const ExampleBatch expected = set.sample(4, rng);
    EXPECT_TRUE(torch::equal(one.batch(5).target, expected.target));
    EXPECT_TRUE(torch::equal(rank1.batch(5).target, expected.target.narrow(0, 2, 2)));
}

TEST(ShardedSampler, RejectsABatchThatDoesNotSplit) {
    const TrainingExamples set = examples();
    EXPECT_THROW(ShardedSampler(set, DataOrder::EpochShuffle, 1, 5, 2, 0), Error);
    EXPECT_THROW(ShardedSampler(set, DataOrder::EpochShuffle, 1, 4, 2, 2), Error);
    EXPECT_THROW(ShardedSampler(set, DataOrder::EpochShuffle, 1, 16), Error); // 15 windows < one batch
}
