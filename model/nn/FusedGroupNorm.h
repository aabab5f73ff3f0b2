#pragma once
// GroupNorm (+ SiLU) for sampling on the CPU as one kernel of our own (issue 20). LibTorch 1.13 spends four
// passes over the activation on GN32-SiLU under bf16 (cast up, group_norm, silu, cast down), each a separate
// parallel region; this reads the activation once for the statistics and once more to write the result, in
// fp32 arithmetic. It covers the layout sampling uses (channels-last, fp32 or bf16, no autograd); everything
// else takes LibTorch's ops (Norms.h).
#include <torch/torch.h>

namespace fgg::nn {

/// y = act(GroupNorm(x) * weight + bias) in x's dtype, statistics and arithmetic in fp32 (the authors'
/// GroupNorm32), act = SiLU or the identity. x: [N, C, H, W] on the CPU, channels-last, float or bf16;
/// weight and bias: fp32 [C] or undefined. Returns an undefined tensor when x is not such a tensor, or
/// autograd is recording.
torch::Tensor fusedGroupNorm(const torch::Tensor& x, int groups, const torch::Tensor& weight,
                             const torch::Tensor& bias, double eps, bool silu);

} // namespace fgg::nn
