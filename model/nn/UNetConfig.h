#pragma once
// UNet hyper-parameters and the named presets. Torch-free so the CLI and the app can list presets.
#include <string>
#include <vector>

namespace fgg {

struct UNetConfig {
    std::string preset = "paper";
    int inChannels = 4;  ///< roll (2) + chord condition (2) [+ melody condition (2)]
    int outChannels = 2; ///< epsilon for onset and sustain
    int channels = 64;   ///< base width
    std::vector<int> channelMultipliers{1, 2, 4, 4};
    int resBlocks = 2;                   ///< per encoder level (the decoder has resBlocks + 1)
    std::vector<int> attentionLevels{2, 3}; ///< levels with a SpatialTransformer (and always the middle block)
    int heads = 4;
    int transformerDepth = 1;
    int groups = 32; ///< GroupNorm groups

    int timeEmbedding() const { return 4 * channels; }
    bool operator==(const UNetConfig&) const = default;
};

/// `paper` (the authors' 36.8M UNet), `small` (CPU training, instant generation), `tiny` (tests).
UNetConfig unetPreset(const std::string& name, int inChannels);
std::vector<std::string> unetPresetNames();

/// Multiply-accumulate x2 of one forward at batch 1 on a 64x64 roll, from the layer shapes.
double unetGflopPerForward(const UNetConfig& config);

} // namespace fgg
