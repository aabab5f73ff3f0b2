#include "model/train/GradientClip.h"

namespace fgg::train {

double gradientNorm(const std::vector<torch::Tensor>& parameters) {
    std::vector<torch::Tensor> norms;
    for (const auto& p : parameters)
        if (p.grad().defined()) norms.push_back(p.grad().data().norm(2));
    if (norms.empty()) return 0.0;
    return (norms.size() == 1 ? norms[0] : torch::stack(norms).norm(2)).item<double>();
}

void clipGradientsToNorm(const std::vector<torch::Tensor>& parameters, double maxNorm, double totalNorm) {
    // The same float arithmetic as clip_grad_norm_ (a float tensor norm, + 1e-6, clamp at 1).
    const auto total = torch::tensor(static_cast<float>(totalNorm));
    const auto coefficient = torch::clamp(maxNorm / (total + 1e-6), c10::nullopt, 1.0);
    for (const auto& p : parameters)
        if (p.grad().defined()) p.grad().data().mul_(coefficient.to(p.grad().device()));
}

} // namespace fgg::train
