#pragma once
// Reads 16-bit PCM WAV files (what WavWriter writes), for tests and for checking renders.
#include <cstdint>
#include <string>
#include <vector>

namespace fgg::audio {

struct WavData {
    int sampleRate = 0;
    int channels = 0;
    std::vector<std::int16_t> samples; ///< interleaved
    std::size_t frames() const {
        return channels > 0 ? samples.size() / static_cast<std::size_t>(channels) : 0;
    }
    double seconds() const { return sampleRate > 0 ? static_cast<double>(frames()) / sampleRate : 0.0; }
};

/// Throws FileFormatError naming the path and byte offset for anything but 16-bit PCM WAV.
WavData readWavFile(const std::string& path);

} // namespace fgg::audio
