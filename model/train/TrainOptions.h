#pragma once
// `fgg train` options and progress, torch-free so the CLI stays free of LibTorch headers.
#include "model/train/DistributedOptions.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>

namespace fgg {

struct TrainOptions {
    std::string pop909Dir;       ///< read songs from here (and write the cache) ...
    std::string cachePath;       ///< ... or from this dataset cache
    std::string task = "melody"; ///< melody | accompaniment
    std::string preset = "small";
    std::string out; ///< checkpoint path (.fggm)
    /// Training state (weights, EMA, Adam, data order); empty = out + ".train". Kept outside git: a lost
    /// state is no loss, --resume then continues from the weights in `out` with a fresh optimiser.
    std::string statePath;
    bool resume = false;
    /// How the checkpoint stores its weights: kFloat32 or, to halve shipped files, fp16 (norms stay fp32).
    std::string store = "fp32"; ///< fp32 | fp16 | bf16
    long long steps = 12405;    ///< total optimiser steps (12,405 x 16 = the paper's 198,480 samples)
    int batch = 16;
    double learningRate = 2e-4;
    int warmupSteps = 200;
    double gradClip = 10.0;
    double dropProbability = 0.5;
    double emaDecay = 0.999; ///< 0 = no EMA
    /// bf16 autocast for the UNet (norms stay fp32). Off by default: it pays on CUDA and on CPUs with AMX
    /// (`fgg bench --train --bf16` measures it); elsewhere Debian's LibTorch 1.13 runs bf16 on slow
    /// fallbacks.
    bool bf16 = false;
    int threads = 0; ///< 0 = all cores (with --nproc: the cores shared out among the processes)
    std::uint64_t seed = 1;
    int checkpointMinutes = 5;
    int validEvery = 500; ///< steps between validation-loss evaluations
    int validWindows = 256;
    std::string device = "auto"; ///< auto | cpu | cuda | cuda:K
    /// Several processes train one model: `batch` is then the global batch, split evenly over the ranks.
    DistributedOptions distributed;
    /// Diagnostics: one line per step ("step loss digest"): the global batch's loss and a 64-bit digest of
    /// this rank's weights and EMA, so ranks (and runs) can be compared bit for bit.
    std::string stepTrace;
};

struct TrainProgress {
    long long step = 0, totalSteps = 0;
    double loss = 0; ///< running mean of the last steps
    double samplesPerSecond = 0;
    double etaSeconds = 0;
    std::optional<double> validLoss;
    bool checkpointWritten = false;
    int rank = 0; ///< the reporting process's rank: only rank 0's figures go to the log
};

/// Trains (or resumes) until `options.steps` or until `stop` is set; saves a checkpoint at the end either
/// way. Appends every logged step to out + ".csv". Throws Error with a clear message on bad input.
void trainModel(const TrainOptions& options, const std::function<void(const TrainProgress&)>& onProgress,
                const std::atomic<bool>* stop);

/// Training throughput of a preset on this machine: optimiser steps of random data, samples per second.
double measureTrainingThroughput(const std::string& preset, const std::string& task, int batch, bool bf16,
                                 int steps);

struct DistributedThroughput {
    double samplesPerSecond = 0;   ///< all ranks together (the global batch per step)
    double allReduceWaitMs = 0;    ///< per step: time the step waited for gradients after backward
    double allReduceAloneMs = 0;   ///< per step: the same buckets all-reduced with no computation around them
    double allReduceMegabytes = 0; ///< per step and rank: gradient bytes all-reduced
    std::string backend;
};

/// The same measurement as one rank of a data-parallel group (`batch` is the global batch). Every rank must
/// call it with the same arguments; rank 0's figures describe the group.
DistributedThroughput measureDistributedTrainingThroughput(const std::string& preset, const std::string& task,
                                                           int batch, bool bf16, int steps,
                                                           const DistributedOptions& group);

} // namespace fgg
