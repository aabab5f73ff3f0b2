#pragma once
// One process's membership of a data-parallel group, on LibTorch's c10d: rank 0 hosts the rendezvous store
// (TCPStore) at --master; the collectives run on Gloo (CPU) or NCCL (CUDA, when this LibTorch has it). Every
// failure (an unreachable master, a rank that died, a collective past the timeout) becomes an Error that
// names this rank, the operation and what to check. The c10d headers stay in the .cpp: this builds (and
// reports "unavailable") against a LibTorch without distributed support.
#include "model/music/Error.h"
#include "model/train/DistributedOptions.h"

#include <memory>
#include <string>
#include <torch/torch.h>

namespace fgg::train {

/// A collective failed: the group is gone. What this rank holds is still consistent (see Trainer.cpp).
class CollectiveError : public Error {
public:
    using Error::Error;
};

class DistributedContext {
public:
    /// Joins the group (waits up to the timeout for the others). `device` picks the backend: Gloo for the
    /// CPU, NCCL for CUDA.
    DistributedContext(const DistributedOptions& options, torch::Device device);
    ~DistributedContext();
    DistributedContext(const DistributedContext&) = delete;
    DistributedContext& operator=(const DistributedContext&) = delete;

    int rank() const { return options_.rank; }
    int worldSize() const { return options_.worldSize; }
    const std::string& backend() const { return backend_; }
    /// Where tensors given to collectives must live: the CPU for Gloo, the GPU for NCCL.
    torch::Device commDevice() const;

    /// Starts an in-place sum of `t` (on the training device) over the ranks; waitAll() completes it.
    /// Every rank must start the same collectives in the same order.
    void startSum(const torch::Tensor& t);
    /// Waits for every started collective; throws CollectiveError naming `what` on failure.
    void waitAll(const std::string& what);
    void sum(const torch::Tensor& t, const std::string& what);
    /// Rank 0's values into `t` on every rank.
    void broadcast(const torch::Tensor& t, const std::string& what);
    /// Rank 0's bytes on every rank (other ranks' arguments are ignored).
    std::string broadcastBytes(const std::string& bytes, const std::string& what);
    /// `description` is "key=value;..."; throws on every rank when any rank's differs from rank 0's (the
    /// differing rank names the key).
    void checkSameEverywhere(const std::string& description, const std::string& what);

private:
    [[noreturn]] void lostContact(const std::string& what, const std::string& reason) const;
    struct Impl;
    DistributedOptions options_;
    std::string backend_;
    std::unique_ptr<Impl> impl_;
};

} // namespace fgg::train
