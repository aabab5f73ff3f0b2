#include "audio/WavWriter.h"

#include "model/music/Error.h"

#include <array>
#include <bit>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <limits>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace fgg::audio {

namespace {

void put16(std::uint8_t* p, std::uint16_t v) {
    p[0] = static_cast<std::uint8_t>(v);
    p[1] = static_cast<std::uint8_t>(v >> 8);
}
void put32(std::uint8_t* p, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        p[i] = static_cast<std::uint8_t>(v >> (8 * i));
}

std::string folderOf(const std::string& path) {
    const std::filesystem::path parent = std::filesystem::path(path).parent_path();
    return parent.empty() ? std::string(".") : parent.string();
}

} // namespace

WavWriter::WavWriter(std::string path, int sampleRate, int channels)
    : path_(std::move(path)), sampleRate_(sampleRate), channels_(channels) {
    if (sampleRate_ <= 0 || channels_ <= 0 || channels_ > 8)
        throw Error("cannot write '" + path_ + "': bad WAV format (" + std::to_string(sampleRate_) + " Hz, " +
                    std::to_string(channels_) + " channels)");
    const std::string name = std::filesystem::path(path_).filename().string();
    std::string pattern = folderOf(path_) + "/." + name + ".XXXXXX";
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const int fd = ::mkstemp(buf.data());
    if (fd < 0)
        throw Error("cannot write '" + path_ + "': cannot create a file in '" + folderOf(path_) +
                    "': " + std::strerror(errno));
    tempPath_ = buf.data();
    ::fchmod(fd, 0644);
    file_ = ::fdopen(fd, "wb");
    if (!file_) {
        const int err = errno;
        ::close(fd);
        ::unlink(tempPath_.c_str());
        throw Error("cannot write '" + path_ + "': " + std::strerror(err));
    }
    writeHeader(0);
}

WavWriter::~WavWriter() {
    if (file_) std::fclose(file_);
    if (!committed_ && !tempPath_.empty()) ::unlink(tempPath_.c_str());
}

void WavWriter::fail(const std::string& what) {
    const int err = errno;
    throw Error("cannot write '" + path_ + "': " + what +
                (err ? std::string(": ") + std::strerror(err) : ""));
}

void WavWriter::writeHeader(std::uint64_t dataBytes) {
    std::array<std::uint8_t, 44> h{};
    const auto bytesPerFrame = static_cast<std::uint32_t>(channels_ * 2);
    std::memcpy(h.data(), "RIFF", 4);
    put32(h.data() + 4, static_cast<std::uint32_t>(36 + dataBytes));
    std::memcpy(h.data() + 8, "WAVEfmt ", 8);
    put32(h.data() + 16, 16);
    put16(h.data() + 20, 1); // PCM
    put16(h.data() + 22, static_cast<std::uint16_t>(channels_));
    put32(h.data() + 24, static_cast<std::uint32_t>(sampleRate_));
    put32(h.data() + 28, static_cast<std::uint32_t>(sampleRate_) * bytesPerFrame);
    put16(h.data() + 32, static_cast<std::uint16_t>(bytesPerFrame));
    put16(h.data() + 34, 16);
    std::memcpy(h.data() + 36, "data", 4);
    put32(h.data() + 40, static_cast<std::uint32_t>(dataBytes));
    errno = 0;
    if (std::fseek(file_, 0, SEEK_SET) != 0 || std::fwrite(h.data(), 1, h.size(), file_) != h.size())
        fail("writing the header");
}

void WavWriter::write(const std::int16_t* interleaved, std::size_t frames) {
    if (!file_ || committed_) throw Error("cannot write '" + path_ + "': the file is already finished");
    const std::size_t samples = frames * static_cast<std::size_t>(channels_);
    const std::uint64_t maxFrames =
        (std::numeric_limits<std::uint32_t>::max() - 36ull) / static_cast<std::uint64_t>(channels_ * 2);
    if (frames_ + frames > maxFrames)
        throw Error("cannot write '" + path_ + "': a WAV file holds at most 4 GiB");
    errno = 0;
    if constexpr (std::endian::native == std::endian::little) {
        if (std::fwrite(interleaved, sizeof(std::int16_t), samples, file_) != samples)
            fail("writing samples");
    } else {
        std::array<std::uint8_t, 4096> buf{};
        std::size_t done = 0;
        while (done < samples) {
            const std::size_t n = std::min(samples - done, buf.size() / 2);
            for (std::size_t i = 0; i < n; ++i)
                put16(buf.data() + 2 * i, static_cast<std::uint16_t>(interleaved[done + i]));
            if (std::fwrite(buf.data(), 2, n, file_) != n) fail("writing samples");
            done += n;
        }
    }
    frames_ += frames;
}

void WavWriter::commit() {
    if (!file_ || committed_) throw Error("cannot write '" + path_ + "': the file is already finished");
    writeHeader(frames_ * static_cast<std::uint64_t>(channels_) * 2);
    errno = 0;
    if (std::fflush(file_) != 0) fail("flushing");
    if (::fsync(::fileno(file_)) != 0) fail("syncing to disk");
    const int closed = std::fclose(file_);
    file_ = nullptr;
    if (closed != 0) fail("closing");
    if (std::rename(tempPath_.c_str(), path_.c_str()) != 0) fail("renaming the finished file into place");
    committed_ = true;
    // Make the rename itself durable.
    const int dir = ::open(folderOf(path_).c_str(), O_RDONLY | O_DIRECTORY);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
}

} // namespace fgg::audio
