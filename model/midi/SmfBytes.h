#pragma once
// Byte-level pieces of the Standard MIDI File format: a bounds-checked big-endian reader that names the byte
// offset in every error, variable-length quantities (at most 4 bytes, as the SMF 1.0 spec allows) and a
// writer.
#include "model/music/Error.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace fgg::smf {

/// "0x9F" style hex for messages.
std::string hexByte(unsigned value);

/// Reads big-endian fields from a byte range [begin, end) of a file; offsets are absolute file offsets.
class ByteReader {
public:
    /// `where` ends every message ("track 2"); `unit` names the range in truncation errors ("track chunk").
    ByteReader(const std::uint8_t* data, std::size_t begin, std::size_t end, std::string where,
               const char* unit = "file")
        : data_(data), pos_(begin), end_(end), where_(std::move(where)), unit_(unit) {}

    std::size_t offset() const { return pos_; }
    std::size_t remaining() const { return end_ - pos_; }
    bool atEnd() const { return pos_ >= end_; }

    std::uint8_t peek() const {
        need(1, "a byte");
        return data_[pos_];
    }
    std::uint8_t u8() {
        need(1, "a byte");
        return data_[pos_++];
    }
    std::uint16_t u16() {
        need(2, "a 16-bit number");
        const std::uint16_t v = static_cast<std::uint16_t>((data_[pos_] << 8) | data_[pos_ + 1]);
        pos_ += 2;
        return v;
    }
    std::uint32_t u32() {
        need(4, "a 32-bit number");
        const std::uint32_t v = (std::uint32_t(data_[pos_]) << 24) | (std::uint32_t(data_[pos_ + 1]) << 16) |
                                (std::uint32_t(data_[pos_ + 2]) << 8) | std::uint32_t(data_[pos_ + 3]);
        pos_ += 4;
        return v;
    }
    /// A variable-length quantity: 7 bits per byte, high bit = more follows, at most 4 bytes (< 2^28).
    std::uint32_t vlq();
    /// `n` bytes as a view into the file (no copy); `what` names them in the error.
    std::string_view bytes(std::size_t n, const char* what);
    void skip(std::size_t n, const char* what) { (void)bytes(n, what); }

    /// Throws FileFormatError "<message> at byte <offset> (<where>)".
    [[noreturn]] void fail(const std::string& message, std::size_t offset) const;
    [[noreturn]] void fail(const std::string& message) const { fail(message, pos_); }

private:
    void need(std::size_t n, const char* what) const {
        if (end_ - pos_ < n) failTruncated(what);
    }
    [[noreturn]] void failTruncated(const char* what) const;

    const std::uint8_t* data_;
    std::size_t pos_;
    std::size_t end_;
    std::string where_;
    const char* unit_;
};

/// Appends big-endian fields and variable-length quantities.
class ByteWriter {
public:
    std::vector<std::uint8_t>& bytes() { return out_; }
    std::size_t size() const { return out_.size(); }
    void u8(unsigned v) { out_.push_back(static_cast<std::uint8_t>(v)); }
    void u16(unsigned v) {
        u8(v >> 8);
        u8(v);
    }
    void u32(std::uint32_t v) {
        u8(v >> 24);
        u8(v >> 16);
        u8(v >> 8);
        u8(v);
    }
    /// Throws Error when `v` needs more than 4 bytes (>= 2^28).
    void vlq(std::uint64_t v);
    void raw(std::string_view s) { out_.insert(out_.end(), s.begin(), s.end()); }
    void raw(const std::vector<std::uint8_t>& s) { out_.insert(out_.end(), s.begin(), s.end()); }
    /// Overwrites 4 bytes at `at` (a chunk length patched in after its body is written).
    void patchU32(std::size_t at, std::uint32_t v) {
        out_[at] = static_cast<std::uint8_t>(v >> 24);
        out_[at + 1] = static_cast<std::uint8_t>(v >> 16);
        out_[at + 2] = static_cast<std::uint8_t>(v >> 8);
        out_[at + 3] = static_cast<std::uint8_t>(v);
    }

private:
    std::vector<std::uint8_t> out_;
};

inline constexpr std::uint32_t kMaxVlq = 0x0FFFFFFF;
/// More tracks than any real file has; a header asking for more is rejected before anything is allocated.
inline constexpr unsigned kMaxTracks = 1024;

} // namespace fgg::smf
