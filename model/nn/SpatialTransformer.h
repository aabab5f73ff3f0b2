#pragma once
// SpatialTransformer (method §3.4): self-attention over the T x P positions, then a GeGLU feed-forward.
// The authors' UNet is Stable Diffusion's without cross-attention; `norm2` exists but is unused (kept for
// checkpoint parity).
#include "model/nn/Norms.h"

namespace fgg::nn {

class SelfAttentionImpl : public torch::nn::Module {
public:
    SelfAttentionImpl(int channels, int heads);
    torch::Tensor forward(const torch::Tensor& x); ///< x: [B, N, C]

private:
    int heads_;
    torch::nn::Linear toQ_{nullptr}, toK_{nullptr}, toV_{nullptr};
    torch::nn::Sequential toOut_;
};
TORCH_MODULE(SelfAttention);

class GeGLUImpl : public torch::nn::Module {
public:
    GeGLUImpl(int in, int out);
    torch::Tensor forward(const torch::Tensor& x);

private:
    torch::nn::Linear proj_{nullptr};
};
TORCH_MODULE(GeGLU);

class FeedForwardImpl : public torch::nn::Module {
public:
    explicit FeedForwardImpl(int channels);
    torch::Tensor forward(const torch::Tensor& x);

private:
    GeGLU geglu_{nullptr};
    torch::nn::Linear out_{nullptr};
};
TORCH_MODULE(FeedForward);

class BasicTransformerBlockImpl : public torch::nn::Module {
public:
    BasicTransformerBlockImpl(int channels, int heads);
    torch::Tensor forward(torch::Tensor x);

private:
    SelfAttention attn1_{nullptr};
    LayerNorm32 norm1_{nullptr}, norm2_{nullptr}, norm3_{nullptr};
    FeedForward ff_{nullptr};
};
TORCH_MODULE(BasicTransformerBlock);

class SpatialTransformerImpl : public torch::nn::Module {
public:
    SpatialTransformerImpl(int channels, int heads, int depth, int groups);
    torch::Tensor forward(const torch::Tensor& x);

private:
    GroupNorm32 norm_{nullptr}; // eps 1e-6 as the reference; fp32 like every norm here
    torch::nn::Conv2d projIn_{nullptr}, projOut_{nullptr};
    torch::nn::ModuleList blocks_;
    int groups_;
};
TORCH_MODULE(SpatialTransformer);

} // namespace fgg::nn
