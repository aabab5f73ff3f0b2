#include "model/nn/SpatialTransformer.h"

#include <cmath>

namespace fgg::nn {

SelfAttentionImpl::SelfAttentionImpl(int channels, int heads) : heads_(heads) {
    using namespace torch::nn;
    toQ_ = register_module("to_q", Linear(LinearOptions(channels, channels).bias(false)));
    toK_ = register_module("to_k", Linear(LinearOptions(channels, channels).bias(false)));
    toV_ = register_module("to_v", Linear(LinearOptions(channels, channels).bias(false)));
    toOut_ = register_module("to_out", Sequential(Linear(channels, channels)));
}

torch::Tensor SelfAttentionImpl::forward(const torch::Tensor& x) {
    const auto B = x.size(0), N = x.size(1), C = x.size(2);
    const auto d = C / heads_;
    // Heads split the channels contiguously: [B, N, H, d] -> [B, H, N, d].
    auto split = [&](const torch::Tensor& t) { return t.view({B, N, heads_, d}).transpose(1, 2); };
    // softmax(q k^T / sqrt(d)) v. The 1/sqrt(d) scales q (N x d values) rather than the N x N scores: the
    // same product, a fraction of the memory traffic. The softmax runs in fp32 for bf16 activations.
    const torch::Tensor q = split(toQ_->forward(x) * (1.0 / std::sqrt(double(d))));
    const torch::Tensor k = split(toK_->forward(x));
    const torch::Tensor v = split(toV_->forward(x));
    torch::Tensor attn = torch::matmul(q, k.transpose(-1, -2));
    attn = torch::softmax(attn.to(torch::kFloat), -1).to(v.scalar_type());
    const torch::Tensor out = torch::matmul(attn, v).transpose(1, 2).reshape({B, N, C});
    return toOut_->forward(out);
}

GeGLUImpl::GeGLUImpl(int in, int out) {
    proj_ = register_module("proj", torch::nn::Linear(in, 2 * out));
}

torch::Tensor GeGLUImpl::forward(const torch::Tensor& x) {
    auto parts = proj_->forward(x).chunk(2, -1);
    return parts[0] * torch::gelu(parts[1]); // value = first half, gate = second half, exact (erf) GELU
}

FeedForwardImpl::FeedForwardImpl(int channels) {
    // Registered as ff.net.0 (GeGLU) and ff.net.2 (Linear); index 1 is the reference's Dropout(0).
    auto net = std::make_shared<torch::nn::Module>();
    geglu_ = net->register_module("0", GeGLU(channels, 4 * channels));
    out_ = net->register_module("2", torch::nn::Linear(4 * channels, channels));
    register_module("net", net);
}

torch::Tensor FeedForwardImpl::forward(const torch::Tensor& x) {
    return out_->forward(geglu_->forward(x));
}

BasicTransformerBlockImpl::BasicTransformerBlockImpl(int channels, int heads) {
    attn1_ = register_module("attn1", SelfAttention(channels, heads));
    norm1_ = register_module("norm1", LayerNorm32(channels));
    norm2_ = register_module("norm2", LayerNorm32(channels)); // unused, as in the reference
    norm3_ = register_module("norm3", LayerNorm32(channels));
    ff_ = register_module("ff", FeedForward(channels));
}

torch::Tensor BasicTransformerBlockImpl::forward(torch::Tensor x) {
    x = x + attn1_->forward(norm1_->forward(x));
    return x + ff_->forward(norm3_->forward(x));
}

SpatialTransformerImpl::SpatialTransformerImpl(int channels, int heads, int depth, int groups)
    : groups_(groups) {
    using namespace torch::nn;
    norm_ = register_module("norm", GroupNorm32(groups, channels, 1e-6));
    projIn_ = register_module("proj_in", Conv2d(Conv2dOptions(channels, channels, 1)));
    blocks_ = register_module("transformer_blocks", ModuleList());
    for (int i = 0; i < depth; ++i)
        blocks_->push_back(BasicTransformerBlock(channels, heads));
    projOut_ = register_module("proj_out", Conv2d(Conv2dOptions(channels, channels, 1)));
}

torch::Tensor SpatialTransformerImpl::forward(const torch::Tensor& xIn) {
    const auto B = xIn.size(0), C = xIn.size(1), H = xIn.size(2), W = xIn.size(3);
    torch::Tensor x = projIn_->forward(norm_->forward(xIn));
    x = x.permute({0, 2, 3, 1}).reshape({B, H * W, C}); // token = h * W + w (time-major)
    for (const auto& block : *blocks_)
        x = block->as<BasicTransformerBlock>()->forward(x);
    x = x.reshape({B, H, W, C}).permute({0, 3, 1, 2});
    return projOut_->forward(x) + xIn;
}

} // namespace fgg::nn
