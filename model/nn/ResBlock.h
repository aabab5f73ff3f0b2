#pragma once
// ResBlock (method §3.3): GN-SiLU-conv, + Linear(SiLU(temb)), GN-SiLU-conv, + skip.
// Registered names = the authors' state-dict keys: in_layers.{0,2}, emb_layers.1, out_layers.{0,3},
// skip_connection.
#include "model/nn/Norms.h"

namespace fgg::nn {

class ResBlockImpl : public torch::nn::Module {
public:
    ResBlockImpl(int inChannels, int outChannels, int timeEmbedding, int groups);
    /// `tembSilu`: SiLU of the time embedding, computed once per forward for every block (UNet.cpp), [B, E],
    /// or [1, E] when the whole batch shares one timestep (sampling).
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& tembSilu);

private:
    torch::nn::Sequential inLayers_, embLayers_, outLayers_;
    torch::nn::Conv2d skip_{nullptr};
    // The Sequentials' members, called directly (GN and SiLU fused: Norms.h; Dropout(0) is the identity).
    std::shared_ptr<GroupNorm32Impl> inNorm_, outNorm_;
    std::shared_ptr<torch::nn::Conv2dImpl> inConv_, outConv_;
    std::shared_ptr<torch::nn::LinearImpl> embProjection_; ///< emb_layers.1 (emb_layers.0 is the SiLU)
};
TORCH_MODULE(ResBlock);

} // namespace fgg::nn
