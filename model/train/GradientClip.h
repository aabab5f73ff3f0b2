#pragma once
// Gradient-norm clipping in two halves, so data-parallel ranks can agree on the norm before clipping: with
// different thread counts a norm's summation order (and so its last bit) can differ between ranks, and one
// rank clipping by a different factor would make the replicas drift apart.
#include <torch/torch.h>
#include <vector>

namespace fgg::train {

/// The L2 norm over all gradients, computed as torch::nn::utils::clip_grad_norm_ does.
double gradientNorm(const std::vector<torch::Tensor>& parameters);

/// Scales the gradients by min(1, maxNorm / (totalNorm + 1e-6)), as clip_grad_norm_ does.
void clipGradientsToNorm(const std::vector<torch::Tensor>& parameters, double maxNorm, double totalNorm);

} // namespace fgg::train
