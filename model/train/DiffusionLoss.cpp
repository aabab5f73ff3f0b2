#include "model/train/DiffusionLoss.h"

#include <ATen/autocast_mode.h>

namespace fgg::train {

AutocastScope::AutocastScope(bool on, torch::Device device) {
    at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
    at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
    at::autocast::set_cpu_enabled(on && device.is_cpu());
    at::autocast::set_enabled(on && device.is_cuda());
}

AutocastScope::~AutocastScope() {
    at::autocast::set_cpu_enabled(false);
    at::autocast::set_enabled(false);
    at::autocast::clear_cache();
}

torch::Tensor diffusionLoss(nn::UNet& unet, const torch::Tensor& alphaBar, const torch::Tensor& x0,
                            const torch::Tensor& cond, const torch::Tensor& t, const torch::Tensor& eps,
                            bool bf16) {
    const auto ab = alphaBar.index_select(0, t).view({-1, 1, 1, 1});
    const auto xt = ab.sqrt() * x0 + (1 - ab).sqrt() * eps;
    torch::Tensor pred;
    {
        AutocastScope autocast(bf16, x0.device());
        pred = unet->forward(torch::cat({xt, cond}, 1), t);
    }
    return torch::mse_loss(pred.to(torch::kFloat), eps);
}

} // namespace fgg::train
