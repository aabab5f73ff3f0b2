#include "model/nn/InferenceFormat.h"

#include "model/nn/Norms.h"

namespace fgg::nn {
namespace {

bool staysFloat32(const std::string& name, const torch::nn::Module& m) {
    // The time embedding MLP and each ResBlock's projection of it (emb_layers) see the fp32 sinusoid.
    return dynamic_cast<const GroupNorm32Impl*>(&m) || dynamic_cast<const LayerNorm32Impl*>(&m) ||
           name.rfind("time_embed", 0) == 0 || name.find(".emb_layers") != std::string::npos;
}

} // namespace

void convertForInference(UNet& unet, const InferenceFormat& format) {
    torch::NoGradGuard noGrad;
    for (const auto& item : unet->named_modules("", /*include_self=*/false)) {
        const bool keepFloat = staysFloat32(item.key(), *item.value());
        for (auto& p : item.value()->parameters(/*recurse=*/false)) {
            torch::Tensor t = p;
            if (format.dtype != torch::kFloat && !keepFloat) t = t.to(format.dtype);
            if (t.dim() == 4)
                t = t.contiguous(format.channelsLast ? at::MemoryFormat::ChannelsLast
                                                     : at::MemoryFormat::Contiguous);
            p.set_data(t);
        }
    }
}

InferenceFormat currentFormat(UNet& unet) {
    const torch::Tensor& stem = unet->stemWeight();
    return {stem.scalar_type(), stem.suggest_memory_format() == at::MemoryFormat::ChannelsLast};
}

} // namespace fgg::nn
