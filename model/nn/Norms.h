#pragma once
// Normalisations evaluated in float32 whatever the activation dtype (method §3.3 / §3.7): under bf16
// autocast the statistics of a 64x64 roll lose too much precision otherwise.
#include "model/nn/FusedGroupNorm.h"

#include <torch/torch.h>

namespace fgg::nn {

/// The authors' GroupNorm32: GroupNorm in fp32, cast back to the input dtype.
class GroupNorm32Impl : public torch::nn::GroupNormImpl {
public:
    GroupNorm32Impl(int groups, int channels, double eps = 1e-5)
        : torch::nn::GroupNormImpl(torch::nn::GroupNormOptions(groups, channels).eps(eps)) {}
    torch::Tensor forward(const torch::Tensor& x) {
        torch::Tensor fused = fusedGroupNorm(x, options.num_groups(), weight, bias, options.eps(), false);
        return fused.defined() ? fused : forwardFloat32(x).to(x.scalar_type());
    }
    /// The normalised result in fp32, before the cast back (for a following fp32 op: groupNormSilu).
    torch::Tensor forwardFloat32(const torch::Tensor& x) {
        return torch::group_norm(x.to(torch::kFloat), options.num_groups(), weight, bias, options.eps());
    }
};
TORCH_MODULE(GroupNorm32);

/// SiLU(GroupNorm32(x)) with both in fp32 and one cast back: the pair that opens every ResBlock branch and
/// the output head. For bf16 activations this skips LibTorch 1.13's slow bf16 SiLU (measured 4 of 22 ms in a
/// `small` forward) and a cast.
inline torch::Tensor groupNormSilu(GroupNorm32Impl& norm, const torch::Tensor& x) {
    const auto& o = norm.options;
    torch::Tensor fused = fusedGroupNorm(x, o.num_groups(), norm.weight, norm.bias, o.eps(), true);
    if (fused.defined()) return fused;
    torch::Tensor y = norm.forwardFloat32(x);
    // In place on group_norm's own fresh result, unless autograd needs SiLU's input.
    return (torch::GradMode::is_enabled() ? torch::silu(y) : torch::silu_(y)).to(x.scalar_type());
}

/// LayerNorm in fp32 (autocast keeps layer_norm in fp32 on CUDA; do the same on CPU explicitly).
class LayerNorm32Impl : public torch::nn::LayerNormImpl {
public:
    explicit LayerNorm32Impl(int channels)
        : torch::nn::LayerNormImpl(torch::nn::LayerNormOptions({channels}).eps(1e-5)) {}
    torch::Tensor forward(const torch::Tensor& x) {
        return torch::layer_norm(x.to(torch::kFloat), options.normalized_shape(), weight, bias, options.eps())
            .to(x.scalar_type());
    }
};
TORCH_MODULE(LayerNorm32);

} // namespace fgg::nn
