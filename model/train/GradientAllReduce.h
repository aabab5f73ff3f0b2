#pragma once
// Averages the gradients of all ranks after each backward pass, in buckets that overlap with it: parameters
// are packed (in reverse registration order, roughly the order backward produces their gradients) into flat
// buckets of a few MiB; a hook on each parameter copies its gradient in as soon as autograd computes it, and
// a full bucket starts its all-reduce while backward carries on. Buckets start strictly in index order, so
// every rank issues the same collectives in the same order. Averaged gradients are bit-identical on every
// rank (each element is reduced once and the result sent to all), so identical optimiser steps keep the
// replicas identical.
#include "model/train/DistributedContext.h"

#include <torch/torch.h>
#include <vector>

namespace fgg::train {

class GradientAllReduce {
public:
    static constexpr std::size_t kDefaultBucketBytes = std::size_t(4) << 20;

    GradientAllReduce(std::vector<torch::Tensor> parameters, DistributedContext& group,
                      std::size_t bucketBytes = kDefaultBucketBytes);
    ~GradientAllReduce();
    GradientAllReduce(const GradientAllReduce&) = delete;
    GradientAllReduce& operator=(const GradientAllReduce&) = delete;

    /// Before backward: arms the hooks for one step.
    void beginStep();
    /// After backward: starts the buckets still waiting, waits for all, and leaves every parameter's .grad
    /// the mean over the ranks. Throws CollectiveError (naming `what`) when the group is gone.
    void finishStep(const std::string& what);

    std::size_t bucketCount() const { return buckets_.size(); }
    double bytesPerStep() const;
    /// Milliseconds finishStep() spent waiting in the last step: the communication backward did not hide.
    double lastWaitMs() const { return lastWaitMs_; }

private:
    struct Slot {
        std::size_t bucket = 0;
        int64_t offset = 0, numel = 0;
        bool ready = false;
    };
    struct Bucket {
        torch::Tensor flat;
        std::vector<std::size_t> parameters;
        std::size_t waiting = 0;
        bool started = false;
    };
    void onGradient(std::size_t parameter, const torch::Tensor& grad);
    void startReadyBuckets();

    std::vector<torch::Tensor> parameters_;
    std::vector<Slot> slots_;
    std::vector<Bucket> buckets_;
    std::vector<unsigned> hooks_;
    DistributedContext& group_;
    std::size_t nextBucket_ = 0;
    bool armed_ = false;
    double lastWaitMs_ = 0;
};

} // namespace fgg::train
