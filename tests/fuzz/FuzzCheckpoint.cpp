// The checkpoint fuzz entry point (LibTorch: the loader builds the UNet) and the list of targets. See
// FuzzTargets.h.
#include "model/music/Error.h"
#include "model/nn/Checkpoint.h"
#include "model/nn/CheckpointFormat.h"
#include "tests/fuzz/FuzzTargets.h"

namespace fgg::fuzz {
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
    // No size guard here: the loader refuses a header whose network the file's tensors cannot fill, so a
    // fuzzer input (at most 256 kB) can never make it build a large UNet.
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
