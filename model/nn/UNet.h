#pragma once
// The paper's UNet (method §3): the labml.ai Stable-Diffusion UNet without cross-attention, conditioned by
// channel concatenation only. Every submodule is registered under the authors' state-dict name, so their
// checkpoints map one to one (input_blocks.N.M..., middle_block..., output_blocks..., out..., time_embed...).
#include "model/nn/ResBlock.h"
#include "model/nn/SpatialTransformer.h"
#include "model/nn/UNetConfig.h"

namespace fgg::nn {

/// Sinusoidal embedding [cos(t f_i), sin(t f_i)], f_i = exp(-ln(10000) i / half) (method §3.2).
torch::Tensor timestepEmbedding(const torch::Tensor& t, int dim);

/// One block of the UNet: a numbered sequence of layers, each taking (x, temb) or x.
class UNetBlockImpl : public torch::nn::Module {
public:
    void addResBlock(ResBlock r);
    void addTransformer(SpatialTransformer t);
    void addConv(torch::nn::Conv2d c);
    void addDownSample(int channels);
    void addUpSample(int channels);
    torch::Tensor forward(torch::Tensor x, const torch::Tensor& tembSilu);

private:
    enum class Kind { Res, Transformer, Conv, Up };
    struct Layer {
        Kind kind;
        std::shared_ptr<ResBlockImpl> res;
        std::shared_ptr<SpatialTransformerImpl> transformer;
        std::shared_ptr<torch::nn::Conv2dImpl> conv; ///< plain, down-sampling or up-sampling conv
    };
    std::string nextName() const { return std::to_string(layers_.size()); }
    std::vector<Layer> layers_;
};
TORCH_MODULE(UNetBlock);

class UNetImpl : public torch::nn::Module {
public:
    explicit UNetImpl(const UNetConfig& config);
    /// x: [B, inChannels, 64, 64] (noised roll then conditions), t: [B] integer timesteps. Returns epsilon
    /// [B, 2, 64, 64].
    torch::Tensor forward(const torch::Tensor& x, const torch::Tensor& t);
    const UNetConfig& config() const { return config_; }
    /// The first convolution's kernel: its dtype and memory format are the network's (InferenceFormat.h).
    const torch::Tensor& stemWeight() const { return stem_->weight; }

private:
    UNetConfig config_;
    torch::nn::Sequential timeEmbed_;
    torch::nn::ModuleList inputBlocks_, outputBlocks_;
    UNetBlock middle_{nullptr};
    torch::nn::Sequential out_;
    std::shared_ptr<torch::nn::Conv2dImpl> stem_;
    std::shared_ptr<GroupNorm32Impl> outNorm_; ///< out.0 and out.2, called directly (groupNormSilu)
    std::shared_ptr<torch::nn::Conv2dImpl> outConv_;
};
TORCH_MODULE(UNet);

} // namespace fgg::nn
