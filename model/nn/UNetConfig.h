#pragma once
// UNet hyper-parameters and the named presets. Torch-free so the CLI and the app can list presets.
#include <optional>
#include <string>
#include <vector>

namespace fgg {

struct UNetConfig {
    std::string preset = "paper";
    int inChannels = 4;  ///< roll (2) + chord condition (2) [+ melody condition (2)]
    int outChannels = 2; ///< epsilon for onset and sustain
    int channels = 64;   ///< base width
    std::vector<int> channelMultipliers{1, 2, 4, 4};
    int resBlocks = 2; ///< per encoder level (the decoder has resBlocks + 1)
    std::vector<int> attentionLevels{2,
                                     3}; ///< levels with a SpatialTransformer (and always the middle block)
    int heads = 4;
    int transformerDepth = 1;
    int groups = 32; ///< GroupNorm groups

    int timeEmbedding() const { return 4 * channels; }
    bool operator==(const UNetConfig&) const = default;
};

/// `paper` (the authors' 36.8M UNet), `medium` (half its width), `small` (CPU training, instant generation),
/// `tiny` (tests).
UNetConfig unetPreset(const std::string& name, int inChannels);
std::vector<std::string> unetPresetNames();

/// What the layer shapes of a configuration imply, without building it (a hostile checkpoint header must not
/// make us allocate a giant network before we notice).
struct UNetShape {
    double gflopPerForward = 0; ///< multiply-accumulate x2 of one forward at batch 1 on a 64x64 roll
    double weights = 0; ///< kernel and matrix entries (a lower bound of the parameter count: biases and norm
                        ///< scales add 0.1 % at the paper width, 3 % at 8)
    std::vector<int> normWidths;      ///< channels of every GroupNorm
    std::vector<int> attentionWidths; ///< channels of every SpatialTransformer
};
UNetShape analyseUNet(const UNetConfig& config);
double unetGflopPerForward(const UNetConfig& config);

/// The largest network a checkpoint may describe (27x the paper's).
inline constexpr double kMaxUNetWeights = 1e9;
/// Why `config` cannot be built (groups that do not divide a width, an absurd size, ...), or nothing.
std::optional<std::string> unetConfigProblem(const UNetConfig& config);

} // namespace fgg
