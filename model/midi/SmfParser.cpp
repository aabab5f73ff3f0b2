#include "model/midi/SmfParser.h"

#include "model/midi/SmfBytes.h"

#include <string>

namespace fgg::smf {
namespace {

bool isChunkIdChar(std::uint8_t c) {
    return c >= 0x20 && c < 0x7F;
}

Header readHeader(const std::vector<std::uint8_t>& bytes, std::size_t& next) {
    if (bytes.size() < 14) {
        ByteReader r(bytes.data(), 0, bytes.size(), "header");
        if (bytes.size() >= 4 && std::string_view(reinterpret_cast<const char*>(bytes.data()), 4) != "MThd")
            r.fail("not a Standard MIDI File: no 'MThd' header", 0);
        r.fail("truncated header: a MIDI file starts with 14 header bytes, this one has " +
                   std::to_string(bytes.size()),
               bytes.size());
    }
    ByteReader r(bytes.data(), 0, bytes.size(), "header");
    if (r.bytes(4, "chunk id") != "MThd") r.fail("not a Standard MIDI File: no 'MThd' header", 0);
    const std::uint32_t length = r.u32();
    if (length < 6 || length > r.remaining())
        r.fail("bad chunk length " + std::to_string(length) + " for the 'MThd' header (expected 6, " +
                   std::to_string(r.remaining()) + " bytes left in the file)",
               4);
    Header h;
    h.format = r.u16();
    if (h.format > 1)
        r.fail("MIDI format " + std::to_string(h.format) +
                   " is not supported (only format 0 and 1): re-save the file as format 1",
               8);
    h.trackCount = r.u16();
    if (h.trackCount > static_cast<int>(kMaxTracks))
        r.fail("track count " + std::to_string(h.trackCount) + " exceeds the limit of " +
                   std::to_string(kMaxTracks),
               10);
    const std::uint16_t division = r.u16();
    if (division & 0x8000u)
        r.fail("SMPTE time division (" + hexByte(division >> 8) + hexByte(division).substr(2) +
                   ") is not supported: re-save the file with ticks per quarter note",
               12);
    if (division == 0) r.fail("time division of 0 ticks per quarter note", 12);
    h.division = division;
    next = 8 + static_cast<std::size_t>(length);
    return h;
}

/// Number of data bytes following a channel status byte.
int dataBytes(std::uint8_t status) {
    const int kind = status & 0xF0;
    return (kind == 0xC0 || kind == 0xD0) ? 1 : 2;
}

void readTrackEvents(ByteReader& r, int track, Handler& handler) {
    Tick tick = 0;
    std::uint8_t running = 0;
    while (!r.atEnd()) {
        tick += r.vlq();
        const std::size_t at = r.offset();
        std::uint8_t status = r.peek();
        if (status & 0x80) {
            r.u8();
        } else {
            if (!running) r.fail("running status with no previous status", at);
            status = running;
        }
        if (status < 0xF0) {
            running = status;
            ChannelEvent e;
            e.tick = tick;
            e.status = status;
            const int n = dataBytes(status);
            for (int i = 0; i < n; ++i) {
                const std::size_t dataAt = r.offset();
                const std::uint8_t d = r.u8();
                if (d & 0x80)
                    r.fail("bad data byte " + hexByte(d) + " in a channel message (status " +
                               hexByte(status) + ")",
                           dataAt);
                (i == 0 ? e.data1 : e.data2) = d;
            }
            handler.channel(e);
        } else if (status == 0xFF) {
            MetaEvent m;
            m.tick = tick;
            m.offset = at;
            m.type = r.u8();
            const std::uint32_t length = r.vlq();
            m.data = r.bytes(length, "meta event data");
            if (m.type == kMetaEndOfTrack) break;
            handler.meta(m);
        } else if (status == 0xF0 || status == 0xF7) {
            const std::uint32_t length = r.vlq();
            r.skip(length, "SysEx data"); // SysEx carries nothing a score keeps
        } else if (status >= 0xF8) {
            // System real-time bytes have no data; they do not belong in a file, but skipping them is safe.
        } else {
            r.fail("unexpected status byte " + hexByte(status) +
                       " (system common messages are not allowed "
                       "in a MIDI file)",
                   at);
        }
    }
    handler.endTrack(track, tick);
}

} // namespace

void parse(const std::vector<std::uint8_t>& bytes, Handler& handler) {
    std::size_t pos = 0;
    const Header h = readHeader(bytes, pos);
    handler.header(h);
    int tracksRead = 0;
    while (tracksRead < h.trackCount) {
        const std::size_t left = bytes.size() - pos;
        const std::string where = "track " + std::to_string(tracksRead + 1);
        ByteReader chunk(bytes.data(), pos, bytes.size(), where);
        if (left < 8)
            chunk.fail("truncated file: the header announces " + std::to_string(h.trackCount) +
                       " tracks but the file ends after " + std::to_string(tracksRead) + " (" +
                       std::to_string(left) + " bytes left, a track chunk needs at least 8)");
        const std::string_view id = chunk.bytes(4, "chunk id");
        for (char c : id)
            if (!isChunkIdChar(static_cast<std::uint8_t>(c)))
                chunk.fail("bad chunk id (expected 'MTrk', found bytes that are not a chunk name)", pos);
        const std::uint32_t length = chunk.u32();
        if (length > chunk.remaining())
            chunk.fail((id == "MTrk" ? std::string("truncated track chunk: ") : "bad chunk length: ") + "'" +
                           std::string(id) + "' chunk of " + std::to_string(length) + " bytes but only " +
                           std::to_string(chunk.remaining()) + " bytes left in the file",
                       pos);
        const std::size_t body = pos + 8;
        pos = body + length;
        if (id != "MTrk") continue; // unknown chunk types are skipped, as the SMF spec asks
        ByteReader r(bytes.data(), body, pos, where, "track chunk");
        handler.beginTrack(tracksRead);
        readTrackEvents(r, tracksRead, handler);
        ++tracksRead;
    }
}

} // namespace fgg::smf
