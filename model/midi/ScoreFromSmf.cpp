// SMF events -> Score: notes paired FIFO per (channel, pitch), the conductor's meta events, chord markers.
#include "model/midi/KeySignature.h"
#include "model/midi/MidiFile.h"
#include "model/midi/SmfParser.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

namespace fgg {
namespace {

using smf::ChannelEvent;
using smf::MetaEvent;

/// Notes started and not yet ended on one (channel, pitch): a FIFO, so overlapping same-pitch notes end in
/// the order they started.
struct PendingNotes {
    struct Start {
        Tick tick;
        int velocity;
    };
    std::vector<Start> starts;
    std::size_t head = 0;
    bool empty() const { return head == starts.size(); }
    void clear() {
        starts.clear();
        head = 0;
    }
};

/// What one MTrk chunk holds, per MIDI channel (format 0 files are split into one Track per channel).
struct ChannelPart {
    bool used = false; ///< any channel message seen
    int program = -1;
    std::vector<Note> notes;
};

constexpr std::size_t kMaxChordMarker = 48;

struct TimedText {
    Tick tick;
    std::string text;
};

class ScoreBuilder : public smf::Handler {
public:
    explicit ScoreBuilder(const MidiReadOptions& options) : options_(options) {}

    void header(const smf::Header& h) override {
        format_ = h.format;
        score_.ticksPerBeat = h.division;
        score_.tracks.clear();
        score_.tempos.clear();
        score_.timeSignatures.clear();
    }

    void beginTrack(int) override {
        name_.reset();
        for (ChannelPart& p : parts_)
            p = ChannelPart{};
        channelOrder_.clear();
    }

    void channel(const ChannelEvent& e) override {
        ChannelPart& part = parts_[e.channel()];
        if (!part.used) channelOrder_.push_back(e.channel());
        part.used = true;
        const int kind = e.kind();
        if (kind == 0x90 && e.data2 > 0) {
            pending(e).starts.push_back({e.tick, e.data2});
        } else if (kind == 0x80 || kind == 0x90) {
            PendingNotes& p = pending(e);
            if (p.empty()) return; // a note off without a note on: nothing to end
            const PendingNotes::Start s = p.starts[p.head++];
            if (p.empty()) p.clear();
            endNote(part, e.data1, s, e.tick);
        } else if (kind == 0xC0 && part.program < 0) {
            part.program = e.data1;
        }
    }

    void meta(const MetaEvent& m) override {
        switch (m.type) {
        case smf::kMetaTrackName:
            if (!name_) name_ = std::string(m.data);
            break;
        case smf::kMetaMarker:
            // Chord symbols are short; a long marker is a comment, not worth a copy.
            if (options_.chordsFromMarkers && m.data.size() <= kMaxChordMarker)
                markers_.push_back({m.tick, std::string(m.data)});
            break;
        case smf::kMetaTempo:
            if (m.data.size() == 3) {
                const auto* d = reinterpret_cast<const std::uint8_t*>(m.data.data());
                const std::uint32_t usPerBeat =
                    (std::uint32_t(d[0]) << 16) | (std::uint32_t(d[1]) << 8) | d[2];
                if (usPerBeat > 0) score_.tempos.push_back({m.tick, 60'000'000.0 / usPerBeat});
            }
            break;
        case smf::kMetaTimeSignature:
            if (m.data.size() >= 2) {
                const int numerator = static_cast<std::uint8_t>(m.data[0]);
                const int power = static_cast<std::uint8_t>(m.data[1]);
                if (numerator > 0 && power <= 6)
                    score_.timeSignatures.push_back({m.tick, numerator, 1 << power});
            }
            break;
        case smf::kMetaKeySignature:
            if (m.data.size() == 2 && !score_.key) {
                const int sharps = static_cast<std::int8_t>(m.data[0]);
                const int mode = static_cast<std::uint8_t>(m.data[1]);
                if (mode <= 1) score_.key = smf::keyFromSignature({sharps, mode == 1});
            }
            break;
        default:
            break; // text, lyrics, copyright, sequencer-specific, unknown types: nothing the score keeps
        }
    }

    void endTrack(int track, Tick endTick) override {
        lastTick_ = std::max(lastTick_, endTick);
        for (int ch : channelOrder_) {
            ChannelPart& part = parts_[ch];
            // A note never ended lasts to the end of its track.
            std::size_t open = 0;
            for (int pitch = 0; pitch < 128; ++pitch) {
                const PendingNotes& p = pending_[ch * 128 + pitch];
                open += p.starts.size() - p.head;
            }
            part.notes.reserve(part.notes.size() + open);
            for (int pitch = 0; pitch < 128; ++pitch) {
                PendingNotes& p = pending_[ch * 128 + pitch];
                while (!p.empty())
                    endNote(part, pitch, p.starts[p.head++], endTick);
                p = PendingNotes{}; // give the memory back: the next track starts empty
            }
        }
        const bool split = format_ == 0 && channelOrder_.size() > 1;
        std::vector<int> channels = channelOrder_;
        if (!split && channels.size() > 1) mergeInto(channels.front(), channels);
        const std::size_t count = split ? channels.size() : std::min<std::size_t>(1, channels.size());
        for (std::size_t i = 0; i < count; ++i) {
            const int ch = channels[i];
            ChannelPart& part = parts_[ch];
            Track t;
            if (split)
                t.name = (name_ ? *name_ + " " : std::string("Channel ")) + std::to_string(ch + 1);
            else
                t.name = name_ ? *name_ : "Track " + std::to_string(track + 1);
            t.channel = ch;
            t.program = std::max(0, part.program);
            t.notes = std::move(part.notes);
            // Notes compare on every field, so equal ones are identical: an in-place sort needs no buffer.
            std::sort(t.notes.begin(), t.notes.end());
            score_.tracks.push_back(std::move(t));
        }
    }

    Score finish() {
        Tick notesEnd = 0;
        for (const Track& t : score_.tracks)
            notesEnd = std::max(notesEnd, t.end());
        normaliseConductor();
        buildChords(std::max(notesEnd, lastTick_));
        Tick contentEnd = notesEnd;
        for (const ChordSpan& c : score_.chords)
            contentEnd = std::max(contentEnd, c.end());
        // The end of the last track beyond the last note is an explicit length (e.g. a trailing rest).
        score_.length = lastTick_ > contentEnd ? lastTick_ : 0;
        return std::move(score_);
    }

private:
    PendingNotes& pending(const ChannelEvent& e) { return pending_[e.channel() * 128 + e.data1]; }

    static void endNote(ChannelPart& part, int pitch, const PendingNotes::Start& s, Tick end) {
        // A note on and its note off at the same tick: keep the note, one tick long.
        part.notes.push_back(Note{pitch, s.tick, std::max<Tick>(1, end - s.tick), s.velocity});
    }

    /// Format 1: one Track per chunk, whatever channels its events use; the first channel names it.
    void mergeInto(int first, const std::vector<int>& channels) {
        ChannelPart& target = parts_[first];
        for (int ch : channels) {
            if (ch == first) continue;
            ChannelPart& p = parts_[ch];
            target.notes.insert(target.notes.end(), p.notes.begin(), p.notes.end());
            if (target.program < 0) target.program = p.program;
            p = ChannelPart{};
        }
    }

    /// Tempo and meter changes sorted by tick (the last one at a tick wins); MIDI's defaults (120 bpm, 4/4)
    /// hold until the first change.
    void normaliseConductor() {
        auto dedupe = [](auto& v) {
            std::stable_sort(v.begin(), v.end(),
                             [](const auto& a, const auto& b) { return a.tick < b.tick; });
            std::vector<std::decay_t<decltype(v[0])>> out;
            for (const auto& x : v) {
                if (!out.empty() && out.back().tick == x.tick)
                    out.back() = x;
                else
                    out.push_back(x);
            }
            v = std::move(out);
        };
        dedupe(score_.tempos);
        dedupe(score_.timeSignatures);
        if (score_.tempos.empty() || score_.tempos.front().tick > 0)
            score_.tempos.insert(score_.tempos.begin(), TempoChange{});
        if (score_.timeSignatures.empty() || score_.timeSignatures.front().tick > 0)
            score_.timeSignatures.insert(score_.timeSignatures.begin(), TimeSignature{});
    }

    /// A chord marker starts a chord that lasts to the next chord marker ("N.C." ends it) or the score's end.
    /// Markers that are not chord symbols (section names) are ignored.
    void buildChords(Tick scoreEnd) {
        std::stable_sort(markers_.begin(), markers_.end(),
                         [](const TimedText& a, const TimedText& b) { return a.tick < b.tick; });
        std::optional<ChordSpan> open;
        auto close = [&](Tick at) {
            if (open && at > open->start) {
                open->length = at - open->start;
                score_.chords.push_back(*open);
            }
            open.reset();
        };
        for (const TimedText& m : markers_) {
            std::optional<Chord> chord;
            try {
                chord = Chord::parse(m.text);
            } catch (const Error&) {
                continue;
            }
            close(m.tick);
            if (!chord->isNoChord()) open = ChordSpan{m.tick, 0, *chord};
        }
        close(scoreEnd);
    }

    MidiReadOptions options_;
    Score score_;
    int format_ = 1;
    std::optional<std::string> name_;
    std::array<ChannelPart, 16> parts_;
    std::vector<int> channelOrder_;
    std::vector<PendingNotes> pending_ = std::vector<PendingNotes>(16 * 128);
    std::vector<TimedText> markers_;
    Tick lastTick_ = 0;
};

} // namespace

Score readMidi(const std::vector<std::uint8_t>& bytes, const MidiReadOptions& options) {
    ScoreBuilder builder(options);
    smf::parse(bytes, builder);
    return builder.finish();
}

Score readMidiFile(const std::string& path, const MidiReadOptions& options) {
    // MIDI files are small; 256 MiB bounds the read of something that is not one.
    const std::vector<std::uint8_t> bytes = readFileBytes(path, std::size_t(256) << 20);
    try {
        return readMidi(bytes, options);
    } catch (const FileFormatError& e) {
        throw FileFormatError(path + ": " + e.what(), e.offset());
    }
}

} // namespace fgg
