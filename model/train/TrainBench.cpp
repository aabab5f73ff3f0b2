// `fgg bench --train`: training steps on random data, in one process or as one rank of a group.
#include "model/diffusion/NoiseSchedule.h"
#include "model/diffusion/Runtime.h"
#include "model/music/Error.h"
#include "model/nn/CheckpointInfo.h"
#include "model/train/DiffusionLoss.h"
#include "model/train/DistributedContext.h"
#include "model/train/GradientAllReduce.h"
#include "model/train/TrainOptions.h"

#include <chrono>

namespace fgg {
namespace {
using Clock = std::chrono::steady_clock;

/// A model, its optimiser and a fixed random batch: what one measured training step needs.
struct BenchModel {
    BenchModel(const std::string& preset, const std::string& task, int batch)
        : config(unetPreset(preset, inputChannelsForTask(task))), unet(config),
          opt(unet->parameters(), torch::optim::AdamOptions(1e-4)),
          alphaBar(torch::tensor(NoiseSchedule().alphaBars())),
          x0((torch::rand({batch, 2, 64, 64}) > 0.97).to(torch::kFloat)),
          cond(torch::rand({batch, config.inChannels - 2, 64, 64})) {}

    torch::Tensor loss(bool bf16) {
        const auto t = torch::randint(0, NoiseSchedule::kSteps, {x0.size(0)}, torch::kLong);
        return train::diffusionLoss(unet, alphaBar, x0, cond, t, torch::randn_like(x0), bf16);
    }

    UNetConfig config;
    nn::UNet unet;
    torch::optim::Adam opt;
    torch::Tensor alphaBar, x0, cond;
};
} // namespace

double measureTrainingThroughput(const std::string& preset, const std::string& task, int batch, bool bf16,
                                 int steps) {
    configureRuntime();
    BenchModel m(preset, task, batch);
    auto step = [&] {
        m.opt.zero_grad();
        m.loss(bf16).backward();
        torch::nn::utils::clip_grad_norm_(m.unet->parameters(), 10.0);
        m.opt.step();
    };
    step(); // warm-up: allocator and oneDNN primitive caches
    const auto start = Clock::now();
    for (int i = 0; i < steps; ++i)
        step();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    return double(batch) * steps / seconds;
}

DistributedThroughput measureDistributedTrainingThroughput(const std::string& preset, const std::string& task,
                                                           int batch, bool bf16, int steps,
                                                           const DistributedOptions& group) {
    configureRuntime();
    if (batch % group.worldSize != 0)
        throw Error("--batch " + std::to_string(batch) + " must split evenly over " +
                    std::to_string(group.worldSize) + " processes");
    train::DistributedContext context(group, torch::kCPU);
    torch::manual_seed(1 + static_cast<std::uint64_t>(group.rank)); // each rank its own random batch
    BenchModel m(preset, task, batch / group.worldSize);
    {
        torch::NoGradGuard ng;
        for (auto& p : m.unet->parameters())
            context.broadcast(p, "sending the initial weights");
    }
    train::GradientAllReduce allReduce(m.unet->parameters(), context);
    double waitMs = 0;
    auto step = [&] {
        m.opt.zero_grad();
        allReduce.beginStep();
        m.loss(bf16).backward();
        allReduce.finishStep("the gradient all-reduce");
        waitMs += allReduce.lastWaitMs();
        torch::nn::utils::clip_grad_norm_(m.unet->parameters(), 10.0);
        m.opt.step();
    };
    step(); // warm-up, as above; it also connects Gloo's pairs
    waitMs = 0;
    const auto start = Clock::now();
    for (int i = 0; i < steps; ++i)
        step();
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();

    // The communication alone: the gradient volume in buckets of the same size, nothing to overlap with.
    const auto bucketFloats =
        static_cast<int64_t>(train::GradientAllReduce::kDefaultBucketBytes / sizeof(float));
    std::vector<torch::Tensor> buckets;
    for (auto left = static_cast<int64_t>(allReduce.bytesPerStep() / sizeof(float)); left > 0;
         left -= bucketFloats)
        buckets.push_back(torch::ones({std::min(left, bucketFloats)}));
    auto reduceAll = [&] {
        for (const auto& b : buckets)
            context.startSum(b);
        context.waitAll("the all-reduce benchmark");
    };
    reduceAll();
    const int repeats = 5;
    const auto aloneStart = Clock::now();
    for (int i = 0; i < repeats; ++i)
        reduceAll();
    DistributedThroughput r;
    r.allReduceAloneMs = 1000.0 * std::chrono::duration<double>(Clock::now() - aloneStart).count() / repeats;
    r.samplesPerSecond = double(batch) * steps / seconds;
    r.allReduceWaitMs = waitMs / std::max(1, steps);
    r.allReduceMegabytes = allReduce.bytesPerStep() / 1e6;
    r.backend = context.backend();
    return r;
}

} // namespace fgg
