#pragma once
// The project's own checkpoint format (.fggm): versioned header, model config, training metadata, named
// tensors (fp32, or bf16/fp16 to halve the size), CRC-32 trailer. Loading validates every key and shape.
#include "model/nn/CheckpointInfo.h"
#include "model/nn/UNet.h"

#include <string>

namespace fgg::nn {

struct LoadedModel {
    CheckpointInfo info;
    UNet unet{nullptr};
};

/// Atomic write. `storeAs` = kFloat, kBFloat16 or kHalf.
void saveCheckpoint(const std::string& path, UNet& unet, const CheckpointInfo& info,
                    torch::ScalarType storeAs = torch::kFloat);

/// "fp32", "fp16" or "bf16" (the `--store` choices) as the type saveCheckpoint stores weights in.
torch::ScalarType parseWeightStorage(const std::string& name);

/// Throws FileFormatError naming the path and the key, e.g. "missing tensor 'out.2.weight'" or
/// "tensor 'input_blocks.0.0.weight' has shape [64, 4, 3, 3], the model expects [64, 6, 3, 3]".
LoadedModel loadCheckpoint(const std::string& path, torch::Device device = torch::kCPU);

} // namespace fgg::nn
