// Sampling runs the UNet converted once after loading (channels-last, bf16 where it pays): the conversion
// keeps the checkpoint's names and shapes, keeps norms and the time embedding in fp32, and changes the
// predicted noise by no more than bf16's rounding.
#include "model/nn/InferenceFormat.h"

#include <gtest/gtest.h>

using namespace fgg;

namespace {

double relativeL2(const torch::Tensor& a, const torch::Tensor& b) {
    return ((a.to(torch::kFloat) - b).norm() / b.norm()).item<double>();
}

struct Fixture {
    nn::UNet unet{nullptr};
    torch::Tensor x, t, reference;
    Fixture() {
        torch::manual_seed(7);
        unet = nn::UNet(unetPreset("tiny", 6));
        unet->eval();
        x = torch::randn({2, 6, 64, 64});
        t = torch::tensor({13, 845}, torch::kLong);
        torch::NoGradGuard noGrad;
        reference = unet->forward(x, t);
    }
};

} // namespace

TEST(InferenceFormat, ChannelsLastFp32GivesTheSameNoise) {
    Fixture f;
    nn::convertForInference(f.unet, {torch::kFloat, true});
    EXPECT_EQ(nn::currentFormat(f.unet).dtype, torch::kFloat);
    EXPECT_TRUE(nn::currentFormat(f.unet).channelsLast);
    torch::NoGradGuard noGrad;
    const torch::Tensor eps = f.unet->forward(f.x, f.t);
    EXPECT_EQ(eps.sizes(), f.reference.sizes());
    EXPECT_LT(relativeL2(eps, f.reference), 1e-5);
}

TEST(InferenceFormat, Bf16KeepsNormsAndTimeEmbeddingInFp32AndTheNoiseWithinRounding) {
    Fixture f;
    const auto before = f.unet->named_parameters();
    std::map<std::string, std::vector<int64_t>> shapes;
    for (const auto& p : before)
        shapes[p.key()] = p.value().sizes().vec();
    nn::convertForInference(f.unet, {torch::kBFloat16, true});
    EXPECT_EQ(nn::currentFormat(f.unet).dtype, torch::kBFloat16);
    int bf16 = 0;
    for (const auto& p : f.unet->named_parameters()) {
        ASSERT_TRUE(shapes.count(p.key())) << p.key(); // same checkpoint keys
        EXPECT_EQ(p.value().sizes().vec(), shapes[p.key()]) << p.key();
        const std::string& name = p.key();
        const bool norm = name.find("norm") != std::string::npos || name.rfind("out.0.", 0) == 0 ||
                          name.find("in_layers.0.") != std::string::npos ||
                          name.find("out_layers.0.") != std::string::npos;
        const bool timeEmbedding =
            name.rfind("time_embed.", 0) == 0 || name.find(".emb_layers.") != std::string::npos;
        if (norm || timeEmbedding)
            EXPECT_EQ(p.value().scalar_type(), torch::kFloat) << name;
        else
            bf16 += p.value().scalar_type() == torch::kBFloat16;
    }
    EXPECT_GT(bf16, 20);
    torch::NoGradGuard noGrad;
    const torch::Tensor eps = f.unet->forward(f.x, f.t);
    EXPECT_EQ(eps.scalar_type(), torch::kBFloat16);
    EXPECT_LT(relativeL2(eps, f.reference), 0.05); // bf16 keeps 8 bits of mantissa: ~1 % here
}

TEST(InferenceFormat, TrainingLayoutIsUntouchedUntilConverted) {
    nn::UNet unet(unetPreset("tiny", 4));
    EXPECT_EQ(nn::currentFormat(unet).dtype, torch::kFloat);
    EXPECT_FALSE(nn::currentFormat(unet).channelsLast);
}
