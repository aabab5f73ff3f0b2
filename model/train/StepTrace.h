#pragma once
// `fgg train --step-trace FILE`: one line per step, "step loss digest", where loss is the global batch's loss
// (%.9g) and digest a 64-bit hash of the bytes of this rank's weights and EMA. Two ranks whose lines
// agree hold bit-identical replicas; the tests compare runs through it.
#include <cstdint>
#include <fstream>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace fgg::train {

/// FNV-1a of each tensor's raw bytes (copied to the CPU first), chained through SplitMix64's mix.
std::uint64_t tensorsDigest(const std::vector<torch::Tensor>& tensors);

class StepTrace {
public:
    explicit StepTrace(const std::string& path); ///< empty path: records nothing
    void record(long long step, double loss, const std::vector<torch::Tensor>& tensors);

private:
    std::ofstream out_;
};

} // namespace fgg::train
