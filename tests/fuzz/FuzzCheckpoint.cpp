// The checkpoint fuzz entry point (LibTorch: the loader builds the UNet) and the list of targets. See
// FuzzTargets.h.
#include "model/music/Error.h"
#include "model/nn/Checkpoint.h"
#include "model/nn/CheckpointFormat.h"
#include "tests/fuzz/FuzzTargets.h"

#include <algorithm>

namespace fgg::fuzz {
namespace {

template <class F>
void expectOnlyFggErrors(F&& f) {
    try {
        f();
    } catch (const Error&) {
    }
}

/// A loaded model's width bounds the memory it takes: beyond this the harness skips loadCheckpoint, which
/// builds the UNet from the header before it checks the tensors (see docs/robustness.md, "Findings").
bool smallEnoughToBuild(const UNetConfig& c) {
    int widest = 1;
    for (int m : c.channelMultipliers)
        widest = std::max(widest, m);
    return c.channels * widest <= 64 && c.channelMultipliers.size() <= 4 && c.resBlocks <= 2 &&
           c.transformerDepth <= 2;
}

} // namespace

void checkpoint(const std::uint8_t* data, std::size_t size) {
    std::vector<std::uint8_t> bytes(data, data + size);
    expectOnlyFggErrors([&] { (void)nn::decodeCheckpoint(bytes, "fuzz.fggm"); });
    expectOnlyFggErrors([&] { (void)nn::decodeCheckpoint(bytes, "fuzz.fggm", /*headerOnly=*/true); });
    // The CRC-32 trailer would stop nearly every mutation at the checksum: repair it, so the fuzzer reaches
    // the tensor table and the loader behind it.
    if (bytes.size() < 4) return;
    const std::uint32_t crc = nn::crc32(bytes.data(), bytes.size() - 4);
    for (int i = 0; i < 4; ++i)
        bytes[bytes.size() - 4 + static_cast<std::size_t>(i)] = std::uint8_t(crc >> (8 * i));
    bool decoded = false;
    UNetConfig config;
    expectOnlyFggErrors([&] {
        config = nn::decodeCheckpoint(bytes, "fuzz.fggm").info.config;
        decoded = true;
    });
    if (!decoded || !smallEnoughToBuild(config)) return;
    static const std::string path = scratchPath("checkpoint.fggm");
    writeScratch(path, bytes.data(), bytes.size());
    expectOnlyFggErrors([&] { (void)readCheckpointInfo(path); });
    expectOnlyFggErrors([&] { (void)nn::loadCheckpoint(path); });
}

std::vector<Target> modelTargets() {
    return {{"midi", midi},
            {"chord_symbol", chordSymbol},
            {"lead_sheet", leadSheet},
            {"checkpoint", checkpoint},
            {"dataset_cache", datasetCache},
            {"study_file", studyFile}};
}

} // namespace fgg::fuzz
