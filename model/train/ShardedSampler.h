#pragma once
// Which examples (and which diffusion noise) each rank trains on at a step. The global batch of a step is a
// function of (seed, step) alone, never of the world size: rank r of W trains on positions
// [r B/W, (r+1) B/W) of it. So the ranks' shards are disjoint, their union is exactly what one process
// would train on, and a run resumes under any world size that divides the batch.
#include "model/train/TrainingExamples.h"

#include <cstdint>
#include <torch/torch.h>
#include <vector>

namespace fgg::train {

/// Stored in the training state (a number: keep the values).
enum class DataOrder : std::int64_t {
    /// Random windows with replacement, all randomness from (seed, step): states written before epochs.
    Replacement = 0,
    /// Epochs: every window start once per epoch, in a fresh shuffle of (seed, epoch); per-example
    /// augmentation and noise from (seed, step, position in the global batch).
    EpochShuffle = 1,
};

struct ShardBatch {
    torch::Tensor target;     ///< [B/W, 2, 64, 64]
    torch::Tensor conditions; ///< [B/W, C, 64, 64]
    torch::Tensor t;          ///< [B/W] timesteps
    torch::Tensor eps;        ///< [B/W, 2, 64, 64] noise
};

class ShardedSampler {
public:
    /// Throws Error when the world size does not divide the batch or an epoch holds no whole batch.
    ShardedSampler(const TrainingExamples& examples, DataOrder order, std::uint64_t seed, int globalBatch,
                   int worldSize = 1, int rank = 0);

    /// This rank's share of global step `step` (0-based).
    ShardBatch batch(long long step);
    /// Window starts of this rank's share of `step` (EpochShuffle only; for tests and diagnostics).
    std::vector<long long> windows(long long step);

    long long stepsPerEpoch() const { return stepsPerEpoch_; }
    int shardSize() const { return shardSize_; }

private:
    const std::vector<long long>& permutation(long long epoch);
    std::vector<WindowDraw> draws(long long step);
    ShardBatch replacementBatch(long long step) const;

    const TrainingExamples& examples_;
    DataOrder order_;
    std::uint64_t seed_;
    int globalBatch_, shardBegin_, shardSize_;
    long long stepsPerEpoch_;
    long long permutationEpoch_ = -1;
    std::vector<long long> permutation_;
};

} // namespace fgg::train
