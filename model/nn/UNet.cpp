#include "model/nn/UNet.h"

#include <algorithm>
#include <cmath>

namespace fgg::nn {

torch::Tensor timestepEmbedding(const torch::Tensor& t, int dim) {
    const int half = dim / 2;
    const auto freqs =
        torch::exp(-std::log(10000.0) * torch::arange(half, torch::dtype(torch::kFloat)) / half)
            .to(t.device());
    const auto args = t.to(torch::kFloat).unsqueeze(1) * freqs.unsqueeze(0);
    return torch::cat({torch::cos(args), torch::sin(args)}, 1); // cos first, as the reference
}

void UNetBlockImpl::addResBlock(ResBlock r) {
    layers_.push_back({Kind::Res, register_module(nextName(), r.ptr()), nullptr, nullptr});
}
void UNetBlockImpl::addTransformer(SpatialTransformer t) {
    layers_.push_back({Kind::Transformer, nullptr, register_module(nextName(), t.ptr()), nullptr});
}
void UNetBlockImpl::addConv(torch::nn::Conv2d c) {
    layers_.push_back({Kind::Conv, nullptr, nullptr, register_module(nextName(), c.ptr())});
}
void UNetBlockImpl::addDownSample(int channels) {
    // DownSample: a stride-2 conv registered as `<i>.op`.
    auto holder = std::make_shared<torch::nn::Module>();
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(channels, channels, 3).stride(2).padding(1));
    holder->register_module("op", conv);
    register_module(nextName(), holder);
    layers_.push_back({Kind::Conv, nullptr, nullptr, conv.ptr()});
}
void UNetBlockImpl::addUpSample(int channels) {
    // UpSample: nearest x2 then a conv registered as `<i>.conv`.
    auto holder = std::make_shared<torch::nn::Module>();
    torch::nn::Conv2d conv(torch::nn::Conv2dOptions(channels, channels, 3).padding(1));
    holder->register_module("conv", conv);
    register_module(nextName(), holder);
    layers_.push_back({Kind::Up, nullptr, nullptr, conv.ptr()});
}

torch::Tensor UNetBlockImpl::forward(torch::Tensor x, const torch::Tensor& tembSilu) {
    for (const Layer& layer : layers_) {
        switch (layer.kind) {
        case Kind::Res:
            x = layer.res->forward(x, tembSilu);
            break;
        case Kind::Transformer:
            x = layer.transformer->forward(x);
            break;
        case Kind::Conv:
            x = layer.conv->forward(x);
            break;
        case Kind::Up:
            x = torch::upsample_nearest2d(x, {x.size(2) * 2, x.size(3) * 2});
            x = layer.conv->forward(x);
            break;
        }
    }
    return x;
}

UNetImpl::UNetImpl(const UNetConfig& c) : config_(c) {
    using namespace torch::nn;
    const int temb = c.timeEmbedding();
    timeEmbed_ =
        register_module("time_embed", Sequential(Linear(c.channels, temb), SiLU(), Linear(temb, temb)));
    inputBlocks_ = register_module("input_blocks", ModuleList());
    outputBlocks_ = register_module("output_blocks", ModuleList());
    const auto hasAttn = [&](int level) {
        return std::find(c.attentionLevels.begin(), c.attentionLevels.end(), level) !=
               c.attentionLevels.end();
    };
    const int levels = static_cast<int>(c.channelMultipliers.size());

    std::vector<int> skipChannels;
    {
        UNetBlock stem;
        Conv2d conv(Conv2dOptions(c.inChannels, c.channels, 3).padding(1));
        stem_ = conv.ptr();
        stem->addConv(conv);
        inputBlocks_->push_back(stem);
        skipChannels.push_back(c.channels);
    }
    int ch = c.channels;
    for (int l = 0; l < levels; ++l) {
        const int width = c.channels * c.channelMultipliers[static_cast<std::size_t>(l)];
        for (int b = 0; b < c.resBlocks; ++b) {
            UNetBlock block;
            block->addResBlock(ResBlock(ch, width, temb, c.groups));
            ch = width;
            if (hasAttn(l))
                block->addTransformer(SpatialTransformer(ch, c.heads, c.transformerDepth, c.groups));
            inputBlocks_->push_back(block);
            skipChannels.push_back(ch);
        }
        if (l != levels - 1) {
            UNetBlock down;
            down->addDownSample(ch);
            inputBlocks_->push_back(down);
            skipChannels.push_back(ch);
        }
    }
    middle_ = UNetBlock();
    middle_->addResBlock(ResBlock(ch, ch, temb, c.groups));
    middle_->addTransformer(SpatialTransformer(ch, c.heads, c.transformerDepth, c.groups));
    middle_->addResBlock(ResBlock(ch, ch, temb, c.groups));
    register_module("middle_block", middle_);

    for (int l = levels - 1; l >= 0; --l) {
        const int width = c.channels * c.channelMultipliers[static_cast<std::size_t>(l)];
        for (int b = 0; b <= c.resBlocks; ++b) {
            UNetBlock block;
            const int skip = skipChannels.back();
            skipChannels.pop_back();
            block->addResBlock(ResBlock(ch + skip, width, temb, c.groups));
            ch = width;
            if (hasAttn(l))
                block->addTransformer(SpatialTransformer(ch, c.heads, c.transformerDepth, c.groups));
            if (l != 0 && b == c.resBlocks) block->addUpSample(ch);
            outputBlocks_->push_back(block);
        }
    }
    out_ = register_module("out", Sequential(GroupNorm32(c.groups, ch), SiLU(),
                                             Conv2d(Conv2dOptions(ch, c.outChannels, 3).padding(1))));
    outNorm_ = out_->ptr<GroupNorm32Impl>(0);
    outConv_ = out_->ptr<Conv2dImpl>(2);
}

namespace {

/// True when every row of the batch has the same timestep (sampling: CFG's halves and the candidates), so
/// one row of the time embedding serves them all. Checked on the CPU only: on a GPU it would cost a sync.
bool oneTimestep(const torch::Tensor& t) {
    return !torch::GradMode::is_enabled() && t.is_cpu() && t.numel() > 0 && (t == t[0]).all().item<bool>();
}

} // namespace

torch::Tensor UNetImpl::forward(const torch::Tensor& x, const torch::Tensor& t) {
    // Every ResBlock projects SiLU(temb): computed once here (method §3.3).
    const torch::Tensor tembSilu = torch::silu(
        timeEmbed_->forward(timestepEmbedding(oneTimestep(t) ? t.narrow(0, 0, 1) : t, config_.channels)));
    std::vector<torch::Tensor> skips;
    skips.reserve(inputBlocks_->size());
    // The network's own dtype and layout (fp32 NCHW for training; see InferenceFormat.h for sampling).
    torch::Tensor h = x.to(stem_->weight.scalar_type()).contiguous(stem_->weight.suggest_memory_format());
    for (const auto& block : *inputBlocks_) {
        h = block->as<UNetBlockImpl>()->forward(h, tembSilu);
        skips.push_back(h);
    }
    h = middle_->forward(h, tembSilu);
    for (const auto& block : *outputBlocks_) {
        h = torch::cat({h, skips.back().to(h.scalar_type())}, 1); // [x, skip]: x first
        skips.pop_back();
        h = block->as<UNetBlockImpl>()->forward(h, tembSilu);
    }
    return outConv_->forward(groupNormSilu(*outNorm_, h));
}

} // namespace fgg::nn
