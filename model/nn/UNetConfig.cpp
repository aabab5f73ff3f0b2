#include "model/nn/UNetConfig.h"

#include "model/music/Error.h"

#include <algorithm>
#include <string>

namespace fgg {

UNetConfig unetPreset(const std::string& name, int inChannels) {
    UNetConfig c;
    c.preset = name;
    c.inChannels = inChannels;
    if (name == "paper")
        return c; // train/train_params.py: 64 x (1,2,4,4), 2 res blocks, attention at 2,3, 4 heads
    if (name == "small") {
        // The paper's topology at a quarter of its width (16 x (1,2,4,4), 2 res blocks, attention at 2, 3):
        // 1.35 GFLOP per forward, so a 2-core CPU trains it and a 4-bar sample takes a fraction of a second
        // (docs/model-card.md has the measurements behind the choice).
        c.channels = 16;
        c.groups = 8;
        return c;
    }
    if (name == "medium") {
        // Half the paper's width (32 x (1,2,4,4)): 4x the small model's weights at a quarter of the paper's
        // cost, the size issue 15 trains in the background across sessions (docs/training.md).
        c.channels = 32;
        c.groups = 16;
        return c;
    }
    if (name == "tiny") {
        // For tests: the full topology at a width that runs in milliseconds.
        c.channels = 8;
        c.channelMultipliers = {1, 2, 2};
        c.resBlocks = 1;
        c.attentionLevels = {2};
        c.heads = 2;
        c.groups = 4;
        return c;
    }
    throw Error("unknown model preset '" + name + "' (choose paper, medium, small or tiny)");
}

std::vector<std::string> unetPresetNames() {
    return {"paper", "medium", "small", "tiny"};
}

UNetShape analyseUNet(const UNetConfig& c) {
    // Walks the layers in the order UNet.cpp builds them. FLOPs: 2 per multiply-accumulate of convolutions,
    // linear layers and attention products (norms and activations are negligible). Weights: the matrices and
    // kernels of those layers (biases and norm scales add 0.1-3 %, see UNetShape).
    UNetShape shape;
    double flops = 0, weights = 0;
    int res = 64;
    const int temb = c.timeEmbedding();
    auto conv = [&](int cin, int cout, int k, int hw) {
        flops += 2.0 * cin * cout * k * k * hw * hw;
        weights += double(cin) * cout * k * k;
    };
    auto resblock = [&](int cin, int cout, int hw) {
        shape.normWidths.push_back(cin);
        shape.normWidths.push_back(cout);
        conv(cin, cout, 3, hw);
        weights += double(temb) * cout; // emb_layers
        conv(cout, cout, 3, hw);
        if (cin != cout) conv(cin, cout, 1, hw);
    };
    auto transformer = [&](int ch, int hw) {
        const double tokens = double(hw) * hw;
        shape.normWidths.push_back(ch);
        shape.attentionWidths.push_back(ch);
        conv(ch, ch, 1, hw);
        conv(ch, ch, 1, hw);
        for (int d = 0; d < c.transformerDepth; ++d) {
            flops += 2.0 * tokens * ch * ch * 4;     // q, k, v, out
            flops += 2.0 * tokens * tokens * ch * 2; // q k^T and attn v
            flops += 2.0 * tokens * ch * 8 * ch;     // GeGLU in
            flops += 2.0 * tokens * 4 * ch * ch;     // GeGLU out
            weights += 16.0 * ch * ch;
        }
    };
    const auto hasAttn = [&](int level) {
        return std::find(c.attentionLevels.begin(), c.attentionLevels.end(), level) !=
               c.attentionLevels.end();
    };
    weights += double(c.channels) * temb + double(temb) * temb; // time_embed
    std::vector<int> skips;
    int ch = c.channels;
    conv(c.inChannels, ch, 3, res);
    skips.push_back(ch);
    const int levels = static_cast<int>(c.channelMultipliers.size());
    for (int l = 0; l < levels; ++l) {
        for (int b = 0; b < c.resBlocks; ++b) {
            const int out = c.channels * c.channelMultipliers[static_cast<std::size_t>(l)];
            resblock(ch, out, res);
            ch = out;
            if (hasAttn(l)) transformer(ch, res);
            skips.push_back(ch);
        }
        if (l != levels - 1) {
            conv(ch, ch, 3, res / 2);
            res /= 2;
            skips.push_back(ch);
        }
    }
    resblock(ch, ch, res);
    transformer(ch, res);
    resblock(ch, ch, res);
    for (int l = levels - 1; l >= 0; --l) {
        for (int b = 0; b <= c.resBlocks; ++b) {
            const int out = c.channels * c.channelMultipliers[static_cast<std::size_t>(l)];
            const int skip = skips.back();
            skips.pop_back();
            resblock(ch + skip, out, res);
            ch = out;
            if (hasAttn(l)) transformer(ch, res);
            if (l != 0 && b == c.resBlocks) {
                conv(ch, ch, 3, res * 2);
                res *= 2;
            }
        }
    }
    shape.normWidths.push_back(ch);
    conv(ch, c.outChannels, 3, res);
    shape.gflopPerForward = flops / 1e9;
    shape.weights = weights;
    return shape;
}

double unetGflopPerForward(const UNetConfig& c) {
    return analyseUNet(c).gflopPerForward;
}

std::optional<std::string> unetConfigProblem(const UNetConfig& c) {
    const auto within = [](int v, int lo, int hi) { return v >= lo && v <= hi; };
    if (!within(c.inChannels, 1, 64) || !within(c.outChannels, 1, 64))
        return "input/output channels out of range";
    if (!within(c.channels, 1, 1024))
        return "base width " + std::to_string(c.channels) + " out of range (1-1024)";
    // Each level but the last halves the 64-step roll: at most 7 levels reach 1 x 1.
    if (c.channelMultipliers.empty() || c.channelMultipliers.size() > 7) return "1 to 7 channel multipliers";
    for (int m : c.channelMultipliers)
        if (!within(m, 1, 16)) return "channel multiplier " + std::to_string(m) + " out of range (1-16)";
    for (int l : c.attentionLevels)
        if (!within(l, 0, static_cast<int>(c.channelMultipliers.size()) - 1))
            return "attention level " + std::to_string(l) + " does not exist";
    if (!within(c.resBlocks, 1, 8) || !within(c.transformerDepth, 1, 8)) return "depth out of range";
    if (!within(c.heads, 1, 64) || !within(c.groups, 1, 1024)) return "heads or groups out of range";
    const UNetShape shape = analyseUNet(c);
    if (shape.weights > kMaxUNetWeights)
        return std::to_string(static_cast<long long>(shape.weights / 1e6)) +
               "M weights, more than any model "
               "fgg-studio runs (" +
               std::to_string(static_cast<long long>(kMaxUNetWeights / 1e6)) + "M)";
    for (int w : shape.normWidths)
        if (w % c.groups != 0)
            return "GroupNorm of " + std::to_string(c.groups) + " groups over " + std::to_string(w) +
                   " channels";
    for (int w : shape.attentionWidths)
        if (w % c.heads != 0)
            return std::to_string(c.heads) + " attention heads over " + std::to_string(w) + " channels";
    return std::nullopt;
}

} // namespace fgg
