#pragma once
// The event layer of a Standard MIDI File: chunks and events, streamed to a handler as they are read, so no
// event list proportional to the file is ever built. Running status, SysEx (skipped), meta events of any
// type.
#include "model/music/Note.h"

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace fgg::smf {

struct Header {
    int format = 1;
    int trackCount = 0; ///< as announced by the header (every announced MTrk chunk must be present)
    int division = 480; ///< ticks per quarter note (SMPTE divisions are rejected)
};

/// Meta event types the score layer uses.
enum MetaType : std::uint8_t {
    kMetaText = 0x01,
    kMetaTrackName = 0x03,
    kMetaMarker = 0x06,
    kMetaEndOfTrack = 0x2F,
    kMetaTempo = 0x51,
    kMetaTimeSignature = 0x58,
    kMetaKeySignature = 0x59,
};

struct ChannelEvent {
    Tick tick = 0;
    std::uint8_t status = 0x90; ///< 0x80..0xEF: kind in the high nibble, channel in the low one
    std::uint8_t data1 = 0;
    std::uint8_t data2 = 0; ///< 0 for the one-byte messages (program change, channel pressure)
    int kind() const { return status & 0xF0; }
    int channel() const { return status & 0x0F; }
};

struct MetaEvent {
    Tick tick = 0;
    std::uint8_t type = 0;
    std::string_view data; ///< a view into the file's bytes, valid during the callback
    std::size_t offset = 0;
};

/// Receives a file's events in file order. Track indices are 0-based MTrk chunk indices.
class Handler {
public:
    virtual ~Handler() = default;
    virtual void header(const Header&) {}
    virtual void beginTrack(int /*track*/) {}
    virtual void channel(const ChannelEvent&) {}
    virtual void meta(const MetaEvent&) {}
    /// `endTick`: the tick of the End of Track event (or of the last event when the chunk has none).
    virtual void endTrack(int /*track*/, Tick /*endTick*/) {}
};

/// Parses `bytes`, calling `handler` for each event. Throws FileFormatError naming the byte offset (and
/// track).
void parse(const std::vector<std::uint8_t>& bytes, Handler& handler);

} // namespace fgg::smf
