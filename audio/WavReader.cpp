#include "audio/WavReader.h"

#include "model/music/AtomicFile.h"
#include "model/music/Error.h"

#include <cstring>

namespace fgg::audio {

namespace {
std::uint32_t get32(const std::uint8_t* p) {
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}
std::uint16_t get16(const std::uint8_t* p) {
    return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
}
} // namespace

WavData readWavFile(const std::string& path) {
    const std::vector<std::uint8_t> bytes = readFileBytes(path);
    auto bad = [&](const std::string& what, std::size_t offset) {
        return FileFormatError("'" + path + "' is not a 16-bit PCM WAV file: " + what + " at byte " +
                                   std::to_string(offset),
                               static_cast<std::int64_t>(offset));
    };
    if (bytes.size() < 12 || std::memcmp(bytes.data(), "RIFF", 4) != 0 ||
        std::memcmp(bytes.data() + 8, "WAVE", 4) != 0)
        throw bad("no RIFF/WAVE header", 0);
    WavData wav;
    bool haveFormat = false;
    std::size_t pos = 12;
    while (pos + 8 <= bytes.size()) {
        const std::uint8_t* chunk = bytes.data() + pos;
        const std::size_t size = get32(chunk + 4);
        const std::size_t body = pos + 8;
        if (size > bytes.size() - body) throw bad("chunk runs past the end of the file", pos);
        if (std::memcmp(chunk, "fmt ", 4) == 0) {
            if (size < 16) throw bad("short fmt chunk", pos);
            const std::uint8_t* f = bytes.data() + body;
            if (get16(f) != 1 || get16(f + 14) != 16) throw bad("not 16-bit PCM", body);
            wav.channels = get16(f + 2);
            wav.sampleRate = static_cast<int>(get32(f + 4));
            if (wav.channels == 0 || wav.sampleRate == 0) throw bad("zero channels or sample rate", body);
            haveFormat = true;
        } else if (std::memcmp(chunk, "data", 4) == 0) {
            if (!haveFormat) throw bad("data before fmt", pos);
            wav.samples.resize(size / 2);
            for (std::size_t i = 0; i < wav.samples.size(); ++i)
                wav.samples[i] = static_cast<std::int16_t>(get16(bytes.data() + body + 2 * i));
            return wav;
        }
        pos = body + size + (size & 1);
    }
    throw bad("no data chunk", pos);
}

} // namespace fgg::audio
