#pragma once
// The training state beside a checkpoint (CKPT.train): step, samples, time, weights, EMA, Adam's moments and
// the data order. A torch archive of named entries: version 1 (no "format" key) held step, samples, elapsed,
// model, ema and optimizer; version 2 adds format, data_order and world_size. Readers take what they know,
// so old states load (with the data order they were trained with) and older binaries read new ones.
#include "model/nn/UNet.h"
#include "model/train/ShardedSampler.h"

#include <string>
#include <torch/torch.h>

namespace fgg::train {

struct TrainState {
    long long step = 0;
    long long samples = 0;
    double elapsed = 0; ///< seconds spent in training steps
    DataOrder dataOrder = DataOrder::EpochShuffle;
    int worldSize = 1; ///< of the run that wrote the state (informative: any world size can resume)
};

/// The state as the bytes of CKPT.train.
std::string serializeTrainState(nn::UNet& unet, nn::UNet& ema, torch::optim::Adam& optimiser,
                                const TrainState& state);

/// Loads `bytes` (read from `where`, named in messages) into the modules and the optimiser. `model` names the
/// expected network for the mismatch message, e.g. "--preset small --task melody".
TrainState restoreTrainState(const std::string& bytes, const std::string& where, const std::string& model,
                             nn::UNet& unet, nn::UNet& ema, torch::optim::Adam& optimiser);

} // namespace fgg::train
