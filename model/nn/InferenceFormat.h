#pragma once
// How a loaded UNet is laid out for sampling. oneDNN computes convolutions in channels-last (NHWC) and, on
// CPUs with AMX or AVX-512 BF16, in bf16; a network kept in PyTorch's default NCHW fp32 pays a reorder of
// every activation and kernel around every convolution (measured: reorders took two thirds of oneDNN's time
// in a `small` forward). Converting once after loading removes the activation reorders and the per-forward
// weight casts of autocast.
#include "model/nn/UNet.h"

namespace fgg::nn {

struct InferenceFormat {
    torch::ScalarType dtype = torch::kFloat; ///< kFloat or kBFloat16
    bool channelsLast = true;
    bool operator==(const InferenceFormat&) const = default;
};

/// Converts `unet` in place: 4-D kernels to channels-last, and for bf16 every convolution and matrix to bf16
/// except the normalisations and the timestep embedding, which stay fp32 (method §3.7: their statistics
/// and the sinusoid's phases lose too much in bf16). UNet::forward casts its input to match. Inference only:
/// the optimiser of a training run expects fp32 NCHW parameters.
void convertForInference(UNet& unet, const InferenceFormat& format);

/// The format `unet` is in now (the stem convolution's dtype and layout).
InferenceFormat currentFormat(UNet& unet);

} // namespace fgg::nn
