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
    embProjection_ = embLayers_->ptr<LinearImpl>(1);
    if (inChannels != outChannels)
        skip_ = register_module("skip_connection", Conv2d(Conv2dOptions(inChannels, outChannels, 1)));
}

torch::Tensor ResBlockImpl::forward(const torch::Tensor& x, const torch::Tensor& tembSilu) {
    // Additive time conditioning, broadcast over time and pitch (no scale-shift).
    const torch::Tensor emb = embProjection_->forward(tembSilu);
    torch::Tensor h;
    if (tembSilu.size(0) == 1 && inConv_->bias.defined() && !torch::GradMode::is_enabled()) {
        // One timestep for the whole batch: the embedding is a per-channel constant, so it joins the conv's
        // bias and saves a pass over the activation (issue 20).
        const torch::Tensor bias =
            (inConv_->bias.to(torch::kFloat) + emb[0]).to(inConv_->weight.scalar_type());
        h = torch::conv2d(groupNormSilu(*inNorm_, x), inConv_->weight, bias, /*stride=*/1, /*padding=*/1);
    } else {
        h = inConv_->forward(groupNormSilu(*inNorm_, x));
        h = h + emb.to(h.scalar_type()).unsqueeze(-1).unsqueeze(-1);
    }
    h = outConv_->forward(groupNormSilu(*outNorm_, h));
    return (skip_ ? skip_->forward(x) : x) + h;
}

} // namespace fgg::nn
