// Score -> Standard MIDI File, format 1: a conductor track (time signatures, key, tempi, chord markers), then
// one track per Track (name, program change, notes) and optionally a `Chords` track that sounds the chords.
#include "model/midi/ChordVoicing.h"
#include "model/midi/KeySignature.h"
#include "model/midi/MidiFile.h"
#include "model/midi/SmfBytes.h"
#include "model/midi/SmfParser.h"
#include "model/music/AtomicFile.h"

#include <algorithm>
#include <cmath>

namespace fgg {
namespace {

/// One event to write. `order` sorts events of the same tick: setup, program, note offs, then note ons (so a
/// note ending where the next same-pitch note starts is paired correctly by any reader).
struct OutEvent {
    Tick tick = 0;
    int order = 0;
    std::uint8_t status = 0; ///< channel status, or 0xFF for meta
    std::uint8_t data1 = 0;
    std::uint8_t data2 = 0;
    std::string meta; ///< meta payload (data1 = meta type)
};

OutEvent metaEvent(Tick tick, int order, std::uint8_t type, std::string data) {
    return OutEvent{tick, order, 0xFF, type, 0, std::move(data)};
}

std::uint8_t clamp7(int v) {
    return static_cast<std::uint8_t>(std::clamp(v, 0, 127));
}

void writeTrackChunk(smf::ByteWriter& w, std::vector<OutEvent> events, Tick endTick) {
    std::stable_sort(events.begin(), events.end(), [](const OutEvent& a, const OutEvent& b) {
        return a.tick != b.tick ? a.tick < b.tick : a.order < b.order;
    });
    w.raw(std::string_view("MTrk"));
    const std::size_t lengthAt = w.size();
    w.u32(0);
    Tick at = 0;
    std::uint8_t running = 0;
    for (const OutEvent& e : events) {
        w.vlq(static_cast<std::uint64_t>(e.tick - at));
        at = e.tick;
        if (e.status == 0xFF) {
            w.u8(0xFF);
            w.u8(e.data1);
            w.vlq(e.meta.size());
            w.raw(e.meta);
            running = 0; // meta events cancel running status (SMF 1.0)
            continue;
        }
        if (e.status != running) w.u8(e.status);
        running = e.status;
        w.u8(e.data1);
        const int kind = e.status & 0xF0;
        if (kind != 0xC0 && kind != 0xD0) w.u8(e.data2);
    }
    w.vlq(static_cast<std::uint64_t>(std::max(endTick, at) - at));
    w.u8(0xFF);
    w.u8(smf::kMetaEndOfTrack);
    w.u8(0);
    const std::size_t length = w.size() - lengthAt - 4;
    if (length > 0xFFFFFFFFu) throw Error("a MIDI track of more than 4 GiB cannot be written");
    w.patchU32(lengthAt, static_cast<std::uint32_t>(length));
}

void checkTick(Tick t, const char* what) {
    if (t < 0 || t > Tick(1) << 40)
        throw Error(std::string("cannot write a MIDI file: ") + what + " at tick " + std::to_string(t) +
                    " is out of range");
}

std::vector<OutEvent> conductorEvents(const Score& score, const MidiWriteOptions& options, Tick end) {
    std::vector<OutEvent> ev;
    for (const TimeSignature& ts : score.timeSignatures) {
        checkTick(ts.tick, "a time signature");
        int power = 0;
        while ((1 << power) < ts.denominator && power < 7)
            ++power;
        if (ts.numerator < 1 || ts.numerator > 255 || (1 << power) != ts.denominator)
            throw Error("cannot write the time signature " + std::to_string(ts.numerator) + "/" +
                        std::to_string(ts.denominator) + " to MIDI: the denominator must be a power of two");
        const std::string data{static_cast<char>(ts.numerator), static_cast<char>(power), char(24), char(8)};
        ev.push_back(metaEvent(ts.tick, 0, smf::kMetaTimeSignature, data));
    }
    if (score.key) {
        const smf::KeySignature ks = smf::signatureOfKey(*score.key);
        ev.push_back(metaEvent(0, 1, smf::kMetaKeySignature,
                               std::string{static_cast<char>(static_cast<std::int8_t>(ks.sharps)),
                                           static_cast<char>(ks.minor ? 1 : 0)}));
    }
    for (const TempoChange& t : score.tempos) {
        checkTick(t.tick, "a tempo change");
        if (!(t.bpm > 0) || !std::isfinite(t.bpm))
            throw Error("cannot write a tempo of " + std::to_string(t.bpm) + " bpm to MIDI");
        const long us = std::clamp(std::lround(60'000'000.0 / t.bpm), 1L, 0xFFFFFFL);
        const std::string data{static_cast<char>(us >> 16), static_cast<char>(us >> 8),
                               static_cast<char>(us)};
        ev.push_back(metaEvent(t.tick, 2, smf::kMetaTempo, data));
    }
    if (options.chordMarkers) {
        // Each chord is a marker at its start; "N.C." marks where a chord ends before the next one starts.
        for (std::size_t i = 0; i < score.chords.size(); ++i) {
            const ChordSpan& c = score.chords[i];
            checkTick(c.start, "a chord");
            ev.push_back(metaEvent(c.start, 3, smf::kMetaMarker,
                                   c.chord.isNoChord() ? "N.C." : c.chord.toLeadSheet()));
            const Tick nextStart = i + 1 < score.chords.size() ? score.chords[i + 1].start : end;
            if (!c.chord.isNoChord() && c.end() < nextStart)
                ev.push_back(metaEvent(c.end(), 3, smf::kMetaMarker, "N.C."));
        }
    }
    return ev;
}

std::vector<OutEvent> trackEvents(const Track& track, Tick& lastTick) {
    std::vector<OutEvent> ev;
    ev.reserve(2 * track.notes.size() + 2);
    const std::uint8_t ch = static_cast<std::uint8_t>(std::clamp(track.channel, 0, 15));
    ev.push_back(metaEvent(0, 0, smf::kMetaTrackName, track.name));
    ev.push_back(OutEvent{0, 1, static_cast<std::uint8_t>(0xC0 | ch), clamp7(track.program), 0, {}});
    for (const Note& n : track.notes) {
        if (n.pitch < 0 || n.pitch > 127) continue;
        checkTick(n.start, "a note");
        const Tick end = n.start + std::max<Tick>(1, n.length);
        // Velocity 0 would be read as a note off: the quietest note is velocity 1.
        ev.push_back(OutEvent{n.start,
                              3,
                              static_cast<std::uint8_t>(0x90 | ch),
                              clamp7(n.pitch),
                              static_cast<std::uint8_t>(std::clamp(n.velocity, 1, 127)),
                              {}});
        ev.push_back(OutEvent{end, 2, static_cast<std::uint8_t>(0x90 | ch), clamp7(n.pitch), 0, {}});
        lastTick = std::max(lastTick, end);
    }
    return ev;
}

} // namespace

std::vector<std::uint8_t> writeMidi(const Score& score, const MidiWriteOptions& options) {
    if (score.ticksPerBeat < 1 || score.ticksPerBeat > 0x7FFF)
        throw Error("cannot write a MIDI file with " + std::to_string(score.ticksPerBeat) +
                    " ticks per beat (1..32767)");
    std::vector<Track> tracks = score.tracks;
    if (options.chordTrack || score.chordPad.enabled) tracks.push_back(chordTrack(score));
    if (tracks.size() + 1 > smf::kMaxTracks) throw Error("too many tracks for a MIDI file");

    smf::ByteWriter w;
    w.raw(std::string_view("MThd"));
    w.u32(6);
    w.u16(1);
    w.u16(static_cast<unsigned>(tracks.size() + 1));
    w.u16(static_cast<unsigned>(score.ticksPerBeat));

    const Tick end = score.endTick();
    std::vector<std::vector<OutEvent>> chunks;
    Tick last = end;
    for (const Track& t : tracks)
        chunks.push_back(trackEvents(t, last));
    writeTrackChunk(w, conductorEvents(score, options, end), last);
    for (std::size_t i = 0; i < chunks.size(); ++i) {
        Tick trackEnd = 0;
        for (const OutEvent& e : chunks[i])
            trackEnd = std::max(trackEnd, e.tick);
        writeTrackChunk(w, std::move(chunks[i]), trackEnd);
    }
    return std::move(w.bytes());
}

void writeMidiFile(const Score& score, const std::string& path, const MidiWriteOptions& options) {
    writeFileAtomically(path, writeMidi(score, options));
}

} // namespace fgg
