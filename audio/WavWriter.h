#pragma once
// Streams 16-bit PCM to a WAV file atomically: the samples go to a temp file in the target's folder, which
// commit() completes (sizes, fsync) and renames over the target. Destroyed without commit() (an error, a
// cancelled render), it removes the temp file and leaves any previous file untouched.
#include <cstdint>
#include <cstdio>
#include <string>

namespace fgg::audio {

class WavWriter {
public:
    /// Throws Error naming the folder when the temp file cannot be created.
    WavWriter(std::string path, int sampleRate, int channels = 2);
    ~WavWriter();
    WavWriter(const WavWriter&) = delete;
    WavWriter& operator=(const WavWriter&) = delete;

    /// `frames` frames of `channels` interleaved samples. Throws Error (disk full ...) naming the path.
    void write(const std::int16_t* interleaved, std::size_t frames);
    /// Finishes the file and renames it into place. Throws Error naming the path.
    void commit();

    std::uint64_t frames() const { return frames_; }
    const std::string& path() const { return path_; }

private:
    [[noreturn]] void fail(const std::string& what);
    void writeHeader(std::uint64_t dataBytes);

    std::string path_;
    std::string tempPath_;
    std::FILE* file_ = nullptr;
    int sampleRate_;
    int channels_;
    std::uint64_t frames_ = 0;
    bool committed_ = false;
};

} // namespace fgg::audio
