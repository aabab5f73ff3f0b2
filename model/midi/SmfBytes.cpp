#include "model/midi/SmfBytes.h"

#include <cstdio>

namespace fgg::smf {

std::string hexByte(unsigned value) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", value & 0xFFu);
    return buf;
}

std::uint32_t ByteReader::vlq() {
    const std::size_t start = pos_;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        if (atEnd()) fail("truncated " + std::string(unit_) + ": variable-length number cut off", start);
        const std::uint8_t b = data_[pos_++];
        v = (v << 7) | (b & 0x7Fu);
        if (!(b & 0x80u)) return v;
    }
    fail("variable-length number longer than 4 bytes", start);
}

std::string_view ByteReader::bytes(std::size_t n, const char* what) {
    if (remaining() < n)
        fail("truncated " + std::string(unit_) + ": " + what + " of " + std::to_string(n) +
             " bytes runs past its end (" + std::to_string(remaining()) + " bytes left)");
    const std::string_view v(reinterpret_cast<const char*>(data_ + pos_), n);
    pos_ += n;
    return v;
}

void ByteReader::fail(const std::string& message, std::size_t offset) const {
    std::string text = message + " at byte " + std::to_string(offset);
    if (!where_.empty()) text += " (" + where_ + ")";
    throw FileFormatError(text, static_cast<std::int64_t>(offset));
}

void ByteReader::failTruncated(const char* what) const {
    fail("truncated " + std::string(unit_) + ": expected " + what + ", " + std::to_string(remaining()) +
         " bytes left");
}

void ByteWriter::vlq(std::uint64_t v) {
    if (v > kMaxVlq)
        throw Error("a MIDI time or length of " + std::to_string(v) +
                    " does not fit a variable-length number (at most 268435455)");
    std::uint8_t buf[4];
    int n = 0;
    do {
        buf[n++] = static_cast<std::uint8_t>(v & 0x7F);
        v >>= 7;
    } while (v);
    while (n > 1)
        u8(buf[--n] | 0x80u);
    u8(buf[0]);
}

} // namespace fgg::smf
