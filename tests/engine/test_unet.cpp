// The UNet matches the authors' network: parameter count, state-dict names, shapes.
#include "model/nn/UNet.h"

#include <gtest/gtest.h>
#include <set>

using namespace fgg;

namespace {
int64_t parameterCount(nn::UNet& u) {
    int64_t n = 0;
    for (const auto& p : u->parameters())
        n += p.numel();
    return n;
}
} // namespace

TEST(UNet, PaperPresetHasTheAuthorsParameterCount) {
    // method §3.6: 36,755,330 (combined, 4 input channels) and 36,756,482 (separate, 6).
    nn::UNet combined(unetPreset("paper", 4));
    EXPECT_EQ(parameterCount(combined), 36755330);
    nn::UNet separate(unetPreset("paper", 6));
    EXPECT_EQ(parameterCount(separate), 36756482);
    EXPECT_EQ(combined->named_parameters().size(), 501u);
}

TEST(UNet, ShapeAnalysisCountsTheWeightsWithoutBuildingTheNetwork) {
    for (const char* preset : {"paper", "small", "tiny"})
        for (int in : {4, 6}) {
            const UNetConfig config = unetPreset(preset, in);
            nn::UNet u(config);
            const auto real = static_cast<double>(parameterCount(u));
            const double estimate = analyseUNet(config).weights;
            EXPECT_LE(estimate, real) << preset;
            EXPECT_GE(estimate, 0.95 * real)
                << preset << ": biases and norms are a small share (3 % at width 8)";
            EXPECT_FALSE(unetConfigProblem(config)) << preset;
        }
}

TEST(UNet, UnbuildableConfigurationsAreNamed) {
    UNetConfig c = unetPreset("small", 4);
    c.groups = 7;
    EXPECT_NE(unetConfigProblem(c).value_or("").find("GroupNorm of 7 groups"), std::string::npos);
    c = unetPreset("small", 4);
    c.heads = 3;
    EXPECT_NE(unetConfigProblem(c).value_or("").find("3 attention heads"), std::string::npos);
    c = unetPreset("paper", 4);
    c.channels = 1024;
    c.channelMultipliers = {16, 16, 16, 16};
    EXPECT_NE(unetConfigProblem(c).value_or("").find("more than any model"), std::string::npos);
    c = unetPreset("paper", 4);
    c.attentionLevels = {5};
    EXPECT_NE(unetConfigProblem(c).value_or("").find("attention level 5"), std::string::npos);
}

TEST(UNet, ParameterNamesAreTheAuthorsStateDictKeys) {
    nn::UNet u(unetPreset("paper", 4));
    std::set<std::string> names;
    for (const auto& p : u->named_parameters())
        names.insert(p.key());
    for (const char* key : {"time_embed.0.weight",
                            "time_embed.2.bias",
                            "input_blocks.0.0.weight",
                            "input_blocks.1.0.in_layers.0.weight",
                            "input_blocks.1.0.in_layers.2.weight",
                            "input_blocks.1.0.emb_layers.1.weight",
                            "input_blocks.1.0.out_layers.3.weight",
                            "input_blocks.3.0.op.weight",
                            "input_blocks.4.0.skip_connection.weight",
                            "input_blocks.7.1.norm.weight",
                            "input_blocks.7.1.proj_in.weight",
                            "input_blocks.7.1.transformer_blocks.0.attn1.to_q.weight",
                            "input_blocks.7.1.transformer_blocks.0.attn1.to_out.0.bias",
                            "input_blocks.7.1.transformer_blocks.0.norm2.weight",
                            "input_blocks.7.1.transformer_blocks.0.ff.net.0.proj.weight",
                            "input_blocks.7.1.transformer_blocks.0.ff.net.2.weight",
                            "middle_block.1.proj_out.weight",
                            "middle_block.2.out_layers.3.bias",
                            "output_blocks.2.2.conv.weight",
                            "output_blocks.5.2.conv.weight",
                            "output_blocks.8.1.conv.weight",
                            "output_blocks.11.0.skip_connection.weight",
                            "out.0.weight",
                            "out.2.weight"})
        EXPECT_TRUE(names.count(key)) << key;
    EXPECT_FALSE(names.count("input_blocks.7.1.transformer_blocks.0.attn1.to_q.bias"));
}

TEST(UNet, PaperFlopCountMatchesThePaper) {
    const double gflop = unetGflopPerForward(unetPreset("paper", 4));
    EXPECT_NEAR(gflop, 21.0, 1.5);
    EXPECT_LE(unetGflopPerForward(unetPreset("small", 6)), 6.0);
}

TEST(UNet, ForwardKeepsTheRollShape) {
    for (const char* preset : {"tiny", "small"}) {
        nn::UNet u(unetPreset(preset, 6));
        torch::NoGradGuard ng;
        const auto eps = u->forward(torch::randn({2, 6, 64, 64}), torch::tensor({13, 999}));
        EXPECT_EQ(eps.sizes(), (std::vector<int64_t>{2, 2, 64, 64})) << preset;
        EXPECT_TRUE(torch::isfinite(eps).all().item<bool>());
    }
}

TEST(UNet, TimestepEmbeddingIsCosThenSin) {
    const auto e = nn::timestepEmbedding(torch::tensor({0, 10}), 64);
    EXPECT_FLOAT_EQ(e[0][0].item<float>(), 1.0f);  // cos(0)
    EXPECT_FLOAT_EQ(e[0][32].item<float>(), 0.0f); // sin(0)
    EXPECT_NEAR(e[1][0].item<float>(), std::cos(10.0f), 1e-6);
    EXPECT_NEAR(e[1][33].item<float>(), std::sin(10.0f * std::exp(-std::log(10000.0f) / 32)), 1e-6);
}
