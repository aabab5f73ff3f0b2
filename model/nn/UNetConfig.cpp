#include "model/nn/UNetConfig.h"

#include "model/music/Error.h"

#include <algorithm>

namespace fgg {

UNetConfig unetPreset(const std::string& name, int inChannels) {
    UNetConfig c;
    c.preset = name;
    c.inChannels = inChannels;
    if (name == "paper") return c; // train/train_params.py: 64 x (1,2,4,4), 2 res blocks, attention at 2,3, 4 heads
    if (name == "small") {
        // The paper's topology at a quarter of its width (16 x (1,2,4,4), 2 res blocks, attention at 2, 3):
        // 1.35 GFLOP per forward, so a 2-core CPU trains it and a 4-bar sample takes a fraction of a second
        // (docs/model-card.md has the measurements behind the choice).
        c.channels = 16;
        c.groups = 8;
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
    throw Error("unknown model preset '" + name + "' (choose paper, small or tiny)");
}

std::vector<std::string> unetPresetNames() { return {"paper", "small", "tiny"}; }

double unetGflopPerForward(const UNetConfig& c) {
    // Counts convolutions, linear layers and attention products (2 FLOP per multiply-accumulate); norms and
    // activations are negligible.
    double flops = 0;
    int res = 64;
    auto conv = [&](int cin, int cout, int k, int hw) { flops += 2.0 * cin * cout * k * k * hw * hw; };
    auto resblock = [&](int cin, int cout, int hw) {
        conv(cin, cout, 3, hw);
        conv(cout, cout, 3, hw);
        if (cin != cout) conv(cin, cout, 1, hw);
    };
    auto transformer = [&](int ch, int hw) {
        const double tokens = double(hw) * hw;
        conv(ch, ch, 1, hw);
        conv(ch, ch, 1, hw);
        for (int d = 0; d < c.transformerDepth; ++d) {
            flops += 2.0 * tokens * ch * ch * 4;       // q, k, v, out
            flops += 2.0 * tokens * tokens * ch * 2;   // q k^T and attn v
            flops += 2.0 * tokens * ch * 8 * ch;       // GeGLU in
            flops += 2.0 * tokens * 4 * ch * ch;       // GeGLU out
        }
    };
    const auto hasAttn = [&](int level) {
        return std::find(c.attentionLevels.begin(), c.attentionLevels.end(), level) != c.attentionLevels.end();
    };
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
    conv(ch, c.outChannels, 3, res);
    return flops / 1e9;
}

} // namespace fgg
