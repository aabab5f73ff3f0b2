// Checkpoints round-trip, and broken or mismatched ones are rejected with a message naming the problem.
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/nn/Checkpoint.h"
#include "model/nn/CheckpointFormat.h"

#include <filesystem>
#include <gtest/gtest.h>

using namespace fgg;

namespace {
std::string tempPath(const std::string& name) {
    return (std::filesystem::temp_directory_path() / ("fgg-test-" + std::to_string(::getpid()) + "-" + name))
        .string();
}

std::string errorOf(const std::string& path) {
    try {
        nn::loadCheckpoint(path);
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}
} // namespace

TEST(Checkpoint, RoundTripKeepsWeightsAndMetadata) {
    const std::string path = tempPath("rt.fggm");
    CheckpointInfo info;
    info.task = "accompaniment";
    info.training["steps"] = "123";
    nn::UNet unet(unetPreset("tiny", 6));
    nn::saveCheckpoint(path, unet, info);
    const nn::LoadedModel m = nn::loadCheckpoint(path);
    EXPECT_EQ(m.info.task, "accompaniment");
    EXPECT_EQ(m.info.config, unetPreset("tiny", 6));
    EXPECT_EQ(m.info.training.at("steps"), "123");
    auto a = unet->named_parameters();
    auto b = m.unet->named_parameters();
    for (const auto& p : a)
        EXPECT_TRUE(torch::equal(p.value(), b[p.key()])) << p.key();
    EXPECT_EQ(readCheckpointInfo(path).task, "accompaniment");
    std::filesystem::remove(path);
}

TEST(Checkpoint, Bf16StorageHalvesTheFileAndKeepsValuesClose) {
    const std::string f32 = tempPath("f32.fggm"), b16 = tempPath("b16.fggm");
    nn::UNet unet(unetPreset("tiny", 4));
    CheckpointInfo info;
    nn::saveCheckpoint(f32, unet, info);
    nn::saveCheckpoint(b16, unet, info, torch::kBFloat16);
    EXPECT_LT(std::filesystem::file_size(b16), std::filesystem::file_size(f32) * 6 / 10);
    const auto m = nn::loadCheckpoint(b16);
    for (const auto& p : unet->named_parameters())
        EXPECT_TRUE(torch::allclose(p.value(), m.unet->named_parameters()[p.key()], 1e-2, 1e-2)) << p.key();
    std::filesystem::remove(f32);
    std::filesystem::remove(b16);
}

TEST(Checkpoint, CorruptFilesAreRejectedWithAMessage) {
    const std::string path = tempPath("bad.fggm");
    writeRandomCheckpoint(path, "tiny", "melody");
    std::vector<std::uint8_t> bytes = readFileBytes(path);

    writeFileAtomically(
        path, std::vector<std::uint8_t>(bytes.begin(), bytes.begin() + static_cast<long>(bytes.size() / 2)));
    EXPECT_NE(errorOf(path).find("damaged"), std::string::npos) << errorOf(path);

    auto flipped = bytes;
    flipped[flipped.size() / 2] ^= 0xFF;
    writeFileAtomically(path, flipped);
    EXPECT_NE(errorOf(path).find("checksum"), std::string::npos) << errorOf(path);

    writeFileAtomically(path, std::string("MThd this is a MIDI file"));
    EXPECT_NE(errorOf(path).find("not an fgg-studio model"), std::string::npos);

    EXPECT_NE(errorOf(path + ".missing").find("cannot open"), std::string::npos);
    std::filesystem::remove(path);
}

TEST(Checkpoint, MismatchedShapesAndMissingKeysAreNamed) {
    const std::string path = tempPath("shape.fggm");
    writeRandomCheckpoint(path, "tiny", "melody");
    auto file = nn::decodeCheckpoint(readFileBytes(path), path);
    // A melody model whose stem conv has the accompaniment's 6 input channels.
    for (auto& t : file.tensors)
        if (t.name == "input_blocks.0.0.weight") {
            t.shape[1] = 6;
            t.data.resize(t.data.size() / 4 * 6);
        }
    writeFileAtomically(path, nn::encodeCheckpoint(file));
    EXPECT_NE(errorOf(path).find(
                  "'input_blocks.0.0.weight' has shape [8, 6, 3, 3], the model expects [8, 4, 3, 3]"),
              std::string::npos)
        << errorOf(path);

    file = nn::decodeCheckpoint(nn::encodeCheckpoint(file), path);
    file.tensors.erase(file.tensors.begin());
    writeFileAtomically(path, nn::encodeCheckpoint(file));
    EXPECT_NE(errorOf(path).find("missing tensor 'time_embed.0.weight'"), std::string::npos) << errorOf(path);

    file.info.formatVersion = 99;
    auto bytes = nn::encodeCheckpoint(file);
    bytes[8] = 99; // the version field
    writeFileAtomically(path, bytes);
    EXPECT_NE(errorOf(path).find("newer fgg-studio"), std::string::npos) << errorOf(path);
    std::filesystem::remove(path);
}

TEST(Checkpoint, AHeaderClaimingAHugeOrBrokenNetworkIsRejectedBeforeBuildingIt) {
    const std::string path = tempPath("hostile.fggm");
    writeRandomCheckpoint(path, "tiny", "melody");
    auto file = nn::decodeCheckpoint(readFileBytes(path), path);

    // The paper's width on the tiny model's tensors: the file cannot fill it, so nothing is allocated.
    file.info.config = unetPreset("paper", 4);
    writeFileAtomically(path, nn::encodeCheckpoint(file));
    EXPECT_NE(errorOf(path).find("far fewer than its paper configuration needs"), std::string::npos)
        << errorOf(path);

    file.info.config.channels = 1024;
    file.info.config.channelMultipliers = {16, 16, 16, 16};
    writeFileAtomically(path, nn::encodeCheckpoint(file));
    EXPECT_NE(errorOf(path).find("more than any model"), std::string::npos) << errorOf(path);

    file.info.config = unetPreset("tiny", 4);
    file.info.config.groups = 3;
    writeFileAtomically(path, nn::encodeCheckpoint(file));
    EXPECT_NE(errorOf(path).find("GroupNorm of 3 groups"), std::string::npos) << errorOf(path);
    std::filesystem::remove(path);
}
