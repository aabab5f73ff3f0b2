#include "model/train/GradientAllReduce.h"

#include <chrono>

namespace fgg::train {

GradientAllReduce::GradientAllReduce(std::vector<torch::Tensor> parameters, DistributedContext& group,
                                     std::size_t bucketBytes)
    : parameters_(std::move(parameters)), slots_(parameters_.size()), group_(group) {
    // Reverse order: backward reaches the output layers first, so their bucket fills (and starts) first.
    Bucket current;
    int64_t used = 0;
    auto close = [&] {
        if (current.parameters.empty()) return;
        current.flat = torch::zeros({used}, parameters_[current.parameters.front()].options());
        buckets_.push_back(std::move(current));
        current = Bucket{};
        used = 0;
    };
    for (std::size_t i = parameters_.size(); i-- > 0;) {
        const torch::Tensor& p = parameters_[i];
        const auto bytes = static_cast<std::size_t>(p.numel() * p.element_size());
        if (!current.parameters.empty() &&
            (static_cast<std::size_t>(used) * p.element_size() + bytes > bucketBytes ||
             p.options().dtype() != parameters_[current.parameters.front()].options().dtype()))
            close();
        slots_[i] = Slot{buckets_.size(), used, p.numel(), false};
        current.parameters.push_back(i);
        used += p.numel();
    }
    close();
    for (std::size_t i = 0; i < parameters_.size(); ++i)
        hooks_.push_back(
            parameters_[i].register_hook([this, i](torch::Tensor grad) { onGradient(i, grad); }));
}

GradientAllReduce::~GradientAllReduce() {
    for (std::size_t i = 0; i < hooks_.size(); ++i)
        parameters_[i].remove_hook(hooks_[i]);
}

double GradientAllReduce::bytesPerStep() const {
    double bytes = 0;
    for (const Bucket& b : buckets_)
        bytes += double(b.flat.numel() * b.flat.element_size());
    return bytes;
}

void GradientAllReduce::beginStep() {
    for (Slot& s : slots_)
        s.ready = false;
    for (Bucket& b : buckets_) {
        b.waiting = b.parameters.size();
        b.started = false;
    }
    nextBucket_ = 0;
    armed_ = true;
}

void GradientAllReduce::onGradient(std::size_t parameter, const torch::Tensor& grad) {
    if (!armed_) return; // a backward outside a training step (none today): leave it alone
    Slot& slot = slots_[parameter];
    Bucket& bucket = buckets_[slot.bucket];
    if (slot.ready || bucket.started)
        throw Error("internal: a second gradient for one parameter in one step (gradient accumulation is not "
                    "supported by the all-reduce)");
    torch::NoGradGuard noGrad;
    bucket.flat.narrow(0, slot.offset, slot.numel).copy_(grad.reshape({-1}));
    slot.ready = true;
    if (--bucket.waiting == 0) startReadyBuckets();
}

void GradientAllReduce::startReadyBuckets() {
    // In index order only: a later bucket that fills first waits for its predecessors.
    while (nextBucket_ < buckets_.size() && buckets_[nextBucket_].waiting == 0) {
        buckets_[nextBucket_].started = true;
        group_.startSum(buckets_[nextBucket_].flat);
        ++nextBucket_;
    }
}

void GradientAllReduce::finishStep(const std::string& what) {
    const auto start = std::chrono::steady_clock::now();
    torch::NoGradGuard noGrad;
    // Parameters without a gradient this step (unused by the graph) contribute zeros, on every rank alike.
    for (std::size_t i = 0; i < slots_.size(); ++i) {
        Slot& slot = slots_[i];
        Bucket& bucket = buckets_[slot.bucket];
        if (slot.ready || bucket.started) continue;
        bucket.flat.narrow(0, slot.offset, slot.numel).zero_();
        slot.ready = true;
        --bucket.waiting;
    }
    startReadyBuckets();
    armed_ = false;
    group_.waitAll(what);
    const double ranks = double(group_.worldSize());
    for (Bucket& bucket : buckets_) {
        bucket.flat.div_(ranks);
        for (std::size_t i : bucket.parameters) {
            const Slot& slot = slots_[i];
            torch::Tensor& p = parameters_[i];
            const torch::Tensor mean = bucket.flat.narrow(0, slot.offset, slot.numel).view(p.sizes());
            if (p.grad().defined())
                p.mutable_grad().copy_(mean);
            else
                p.mutable_grad() = mean.clone();
        }
    }
    lastWaitMs_ = 1000.0 * std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace fgg::train
