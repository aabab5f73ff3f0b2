#include "model/nn/ResBlock.h"

namespace fgg::nn {

ResBlockImpl::ResBlockImpl(int inChannels, int outChannels, int timeEmbedding, int groups) {
    using namespace torch::nn;
    inLayers_ = register_module("in_layers",
                                Sequential(GroupNorm32(groups, inChannels), SiLU(),
                                           Conv2d(Conv2dOptions(inChannels, outChannels, 3).padding(1))));
    embLayers_ = register_module("emb_layers", Sequential(SiLU(), Linear(timeEmbedding, outChannels)));
    outLayers_ = register_module("out_layers",
                                 Sequential(GroupNorm32(groups, outChannels), SiLU(), Dropout(0.0),
                                            Conv2d(Conv2dOptions(outChannels, outChannels, 3).padding(1))));
    inNorm_ = inLayers_->ptr<GroupNorm32Impl>(0);
    inConv_ = inLayers_->ptr<torch::nn::Conv2dImpl>(2);
    outNorm_ = outLayers_->ptr<GroupNorm32Impl>(0);
    outConv_ = outLayers_->ptr<torch::nn::Conv2dImpl>(3);
    if (inChannels != outChannels)
        skip_ = register_module("skip_connection", Conv2d(Conv2dOptions(inChannels, outChannels, 1)));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& temb) {
    torch::Tensor h = inConv_->forward(groupNormSilu(*inNorm_, x));
    // Additive time conditioning, broadcast over time and pitch (no scale-shift).
    h = h + embLayers_->forward(temb).to(h.scalar_type()).unsqueeze(-1).unsqueeze(-1);
    h = outConv_->forward(groupNormSilu(*outNorm_, h));
    return (skip_ ? skip_->forward(x) : x) + h;
}

} // namespace fgg::nn
