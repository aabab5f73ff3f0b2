#pragma once
// The diffusion training loss (method §4.2), shared by the training loop and the throughput benchmarks.
#include "model/nn/UNet.h"

#include <torch/torch.h>

namespace fgg::train {

/// Turns bf16 autocast on for one region (CPU or CUDA) and off again on exit.
class AutocastScope {
public:
    AutocastScope(bool on, torch::Device device);
    ~AutocastScope();
    AutocastScope(const AutocastScope&) = delete;
    AutocastScope& operator=(const AutocastScope&) = delete;
};

/// t ~ U{0..999}, x_t = sqrt(ab) x0 + sqrt(1-ab) eps, MSE on eps (mean over the batch).
torch::Tensor diffusionLoss(nn::UNet& unet, const torch::Tensor& alphaBar, const torch::Tensor& x0,
                            const torch::Tensor& cond, const torch::Tensor& t, const torch::Tensor& eps,
                            bool bf16);

} // namespace fgg::train
