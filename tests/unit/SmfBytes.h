#pragma once
// Test helper: Standard MIDI File bytes built by hand, for files no writer would produce.
#include <cstdint>
#include <vector>

namespace fgg::testing {

using Bytes = std::vector<std::uint8_t>;

inline void appendBigEndian(Bytes& out, std::uint32_t value, int bytes) {
    for (int i = bytes - 1; i >= 0; --i)
        out.push_back(static_cast<std::uint8_t>(value >> (8 * i)));
}

/// An MThd chunk: format, track count, ticks per quarter note.
inline Bytes header(int format, int tracks, int division = 480) {
    Bytes h{'M', 'T', 'h', 'd'};
    appendBigEndian(h, 6, 4);
    appendBigEndian(h, static_cast<std::uint32_t>(format), 2);
    appendBigEndian(h, static_cast<std::uint32_t>(tracks), 2);
    appendBigEndian(h, static_cast<std::uint32_t>(division), 2);
    return h;
}

/// An MTrk chunk whose length field says `length` (which may lie about `events`).
inline void appendChunk(Bytes& file, const Bytes& events, std::uint32_t length) {
    const Bytes tag{'M', 'T', 'r', 'k'};
    file.insert(file.end(), tag.begin(), tag.end());
    appendBigEndian(file, length, 4);
    file.insert(file.end(), events.begin(), events.end());
}

inline void appendTrack(Bytes& file, const Bytes& events) {
    appendChunk(file, events, static_cast<std::uint32_t>(events.size()));
}

} // namespace fgg::testing
