#pragma once
// Byte-level reading/writing of .fggm files, shared by the header-only reader and the full loader.
#include "model/nn/CheckpointInfo.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fgg::nn {

enum class StoredType : std::uint8_t { Float32 = 0, BFloat16 = 1, Float16 = 2 };

struct StoredTensor {
    std::string name;
    StoredType type = StoredType::Float32;
    std::vector<std::int64_t> shape;
    std::vector<std::uint8_t> data; ///< raw little-endian elements
};

struct CheckpointFile {
    CheckpointInfo info;
    std::vector<StoredTensor> tensors;
};

std::vector<std::uint8_t> encodeCheckpoint(const CheckpointFile& file);
/// `what` names the source in messages (usually the path). `headerOnly` stops after the metadata.
CheckpointFile decodeCheckpoint(const std::vector<std::uint8_t>& bytes, const std::string& what,
                                bool headerOnly = false);

std::uint32_t crc32(const std::uint8_t* data, std::size_t size);

} // namespace fgg::nn
