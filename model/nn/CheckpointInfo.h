#pragma once
// What a checkpoint file says about itself, readable without LibTorch types (the app shows it).
#include "model/nn/UNetConfig.h"

#include <map>
#include <string>

namespace fgg {

struct CheckpointInfo {
    static constexpr int kFormatVersion = 1;
    int formatVersion = kFormatVersion;
    std::string task =
        "melody"; ///< "melody" (chords -> melody) or "accompaniment" (chords + melody -> accompaniment)
    UNetConfig config;
    /// Free-form training metadata: steps, samples, loss, validation loss, data, date, ...
    std::map<std::string, std::string> training;
};

/// Condition channels of a task: chord (2) [+ melody (2)]. The one place they are counted.
int conditionChannelsForTask(const std::string& task);
/// Input channels of the UNet for a task: the noised roll (2) + the conditions.
int inputChannelsForTask(const std::string& task);

/// Reads the header of a checkpoint (no weights). Throws FileFormatError naming the path and what is wrong.
CheckpointInfo readCheckpointInfo(const std::string& path);

/// Rewrites the checkpoint `in` as `out` with its weights stored as `storage` ("fp32", "fp16" or "bf16";
/// norms stay fp32), header and training record unchanged. `in` and `out` may be the same file (atomic
/// write).
void convertCheckpoint(const std::string& in, const std::string& out, const std::string& storage);

/// Writes a checkpoint with freshly initialised (untrained) weights: for tests and for a first training run.
void writeRandomCheckpoint(const std::string& path, const std::string& preset, const std::string& task,
                           std::uint64_t seed = 0);

} // namespace fgg
