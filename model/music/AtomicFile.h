#pragma once
// Atomic writes: a temp file in the same folder, flushed and fsync'ed, then renamed over the target, so a
// crash or a full disk leaves the previous file intact. Used for MIDI, checkpoints, caches and training
// state.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fgg {

/// Throws Error naming the path and the OS reason (e.g. "No space left on device").
void writeFileAtomically(const std::string& path, std::string_view bytes);
void writeFileAtomically(const std::string& path, const std::vector<std::uint8_t>& bytes);

/// Reads a whole file; throws Error naming the path when it cannot be read. `maxBytes` bounds the allocation.
std::vector<std::uint8_t> readFileBytes(const std::string& path, std::size_t maxBytes = std::size_t(1) << 31);

} // namespace fgg
