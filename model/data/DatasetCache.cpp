// The dataset cache file, little-endian:
//   "FGGDATA\0"  uint32 version (2)  uint32 song count
//   per song: int32 id, int32 steps, uint32 melody / bridge / piano / chroma / chord counts,
//             then the notes (int32 step, pitch, length) of melody, bridge, piano, then uint16 chroma per
//             step, then the chords: int32 step, int32 length, uint8 label length, the Harte label's bytes.
// Version 1 (read, never written) has no chord count and no chords: the chroma alone.
// Every count is checked against the bytes left before anything is allocated.
#include "model/data/DatasetCache.h"

#include "model/music/AtomicFile.h"
#include "model/music/Chord.h"
#include "model/music/Error.h"

#include <cstdlib>
#include <cstring>

namespace fgg {
namespace {

constexpr char kMagic[8] = {'F', 'G', 'G', 'D', 'A', 'T', 'A', '\0'};
constexpr std::uint32_t kVersion = 2;
constexpr std::uint32_t kChromaOnlyVersion = 1;
constexpr std::size_t kNoteBytes = 12;
constexpr std::size_t kChordBytes = 9; ///< without the label
constexpr std::size_t kMaxLabelBytes = 255;
/// Version 2 has its own name: a build that reads only version 1 (a training job started before it) keeps
/// its pop909.fggdata, which this version never overwrites.
constexpr const char* kDefaultCacheName = "pop909-v2.fggdata";

class LittleEndianWriter {
public:
    void u32(std::uint32_t v) {
        const char b[4] = {char(v), char(v >> 8), char(v >> 16), char(v >> 24)};
        out_.append(b, 4);
    }
    void i32(std::int32_t v) { u32(static_cast<std::uint32_t>(v)); }
    void u16(std::uint16_t v) {
        const char b[2] = {char(v), char(v >> 8)};
        out_.append(b, 2);
    }
    void u8(std::uint8_t v) { out_.push_back(static_cast<char>(v)); }
    void raw(const char* p, std::size_t n) { out_.append(p, n); }
    std::string& str() { return out_; }

private:
    std::string out_;
};

class LittleEndianReader {
public:
    LittleEndianReader(const std::vector<std::uint8_t>& bytes, const std::string& path)
        : b_(bytes), path_(path) {}

    std::size_t offset() const { return pos_; }
    std::size_t remaining() const { return b_.size() - pos_; }
    void need(std::size_t n, const char* what) const {
        if (remaining() < n)
            fail(std::string("truncated: ") + what + " needs " + std::to_string(n) + " bytes, " +
                 std::to_string(remaining()) + " left");
    }
    std::uint32_t u32() {
        need(4, "a 32-bit field");
        const std::uint8_t* p = b_.data() + pos_;
        pos_ += 4;
        return std::uint32_t(p[0]) | (std::uint32_t(p[1]) << 8) | (std::uint32_t(p[2]) << 16) |
               (std::uint32_t(p[3]) << 24);
    }
    std::int32_t i32() { return static_cast<std::int32_t>(u32()); }
    void skip(std::size_t n) {
        need(n, "a field");
        pos_ += n;
    }
    std::uint8_t u8() {
        need(1, "an 8-bit field");
        return b_[pos_++];
    }
    std::string text(std::size_t n) {
        need(n, "a label");
        std::string t(reinterpret_cast<const char*>(b_.data() + pos_), n);
        pos_ += n;
        return t;
    }
    std::uint16_t u16() {
        need(2, "a 16-bit field");
        const std::uint8_t* p = b_.data() + pos_;
        pos_ += 2;
        return static_cast<std::uint16_t>(p[0] | (p[1] << 8));
    }
    [[noreturn]] void fail(const std::string& message) const { fail(message, pos_); }
    [[noreturn]] void fail(const std::string& message, std::size_t at) const {
        throw FileFormatError(path_ + ": " + message + " at byte " + std::to_string(at) +
                                  " (delete the cache and run `fgg data` to rebuild it)",
                              static_cast<std::int64_t>(at));
    }

private:
    const std::vector<std::uint8_t>& b_;
    const std::string& path_;
    std::size_t pos_ = 0;
};

bool validNote(const GridNote& n) {
    return n.step >= 0 && n.pitch >= 0 && n.pitch <= 127 && n.length >= 1;
}

void readNotes(LittleEndianReader& r, std::uint32_t count, std::vector<GridNote>& notes) {
    notes.resize(count);
    for (GridNote& n : notes) {
        const std::size_t at = r.offset();
        n.step = r.i32();
        n.pitch = r.i32();
        n.length = r.i32();
        if (!validNote(n))
            r.fail("bad note (step " + std::to_string(n.step) + ", pitch " + std::to_string(n.pitch) +
                       ", length " + std::to_string(n.length) + ")",
                   at);
    }
}

void readChords(LittleEndianReader& r, std::uint32_t count, std::int32_t steps,
                std::vector<GridChord>& chords) {
    chords.resize(count);
    for (GridChord& c : chords) {
        const std::size_t at = r.offset();
        c.step = r.i32();
        c.length = r.i32();
        c.label = r.text(r.u8());
        if (c.step < 0 || c.length < 1 || c.step > steps - c.length)
            r.fail("bad chord span (step " + std::to_string(c.step) + ", length " + std::to_string(c.length) +
                       ")",
                   at);
        std::string problem;
        try {
            if (Chord::parseHarte(c.label).isNoChord()) problem = "a chord span labelled '" + c.label + "'";
        } catch (const Error& e) {
            problem = "bad chord label '" + c.label + "': " + e.what();
        }
        if (!problem.empty()) r.fail(problem, at);
    }
}

} // namespace

void writeDatasetCache(const std::string& path, const std::vector<QuantisedSong>& songs) {
    LittleEndianWriter w;
    w.raw(kMagic, sizeof kMagic);
    w.u32(kVersion);
    w.u32(static_cast<std::uint32_t>(songs.size()));
    for (const QuantisedSong& s : songs) {
        if (s.steps < 0) throw Error("song " + std::to_string(s.id) + " has a negative length");
        for (const auto* notes : {&s.melody, &s.bridge, &s.piano})
            for (const GridNote& n : *notes)
                if (!validNote(n))
                    throw Error("song " + std::to_string(s.id) + " has a note outside the grid (step " +
                                std::to_string(n.step) + ", pitch " + std::to_string(n.pitch) + ")");
        w.i32(s.id);
        w.i32(s.steps);
        w.u32(static_cast<std::uint32_t>(s.melody.size()));
        w.u32(static_cast<std::uint32_t>(s.bridge.size()));
        w.u32(static_cast<std::uint32_t>(s.piano.size()));
        w.u32(static_cast<std::uint32_t>(s.chroma.size()));
        w.u32(static_cast<std::uint32_t>(s.chords.size()));
        for (const auto* notes : {&s.melody, &s.bridge, &s.piano})
            for (const GridNote& n : *notes) {
                w.i32(n.step);
                w.i32(n.pitch);
                w.i32(n.length);
            }
        for (std::uint16_t c : s.chroma)
            w.u16(c);
        for (const GridChord& c : s.chords) {
            if (c.label.empty() || c.label.size() > kMaxLabelBytes)
                throw Error("song " + std::to_string(s.id) + " has a chord label of " +
                            std::to_string(c.label.size()) + " bytes (1 to 255 fit the cache)");
            w.i32(c.step);
            w.i32(c.length);
            w.u8(static_cast<std::uint8_t>(c.label.size()));
            w.raw(c.label.data(), c.label.size());
        }
    }
    writeFileAtomically(path, w.str());
}

std::vector<QuantisedSong> readDatasetCache(const std::string& path) {
    const std::vector<std::uint8_t> bytes = readFileBytes(path);
    LittleEndianReader r(bytes, path);
    r.need(sizeof kMagic, "the file header");
    if (std::memcmp(bytes.data(), kMagic, sizeof kMagic) != 0)
        r.fail("not an fgg dataset cache (no FGGDATA magic)", 0);
    r.skip(sizeof kMagic);
    const std::size_t versionAt = r.offset();
    const std::uint32_t version = r.u32();
    if (version != kVersion && version != kChromaOnlyVersion)
        r.fail("cache version " + std::to_string(version) + ", this build reads versions " +
                   std::to_string(kChromaOnlyVersion) + " and " + std::to_string(kVersion),
               versionAt);
    const bool withChords = version == kVersion;
    const std::size_t songHeaderBytes = withChords ? 28 : 24;
    const std::size_t countAt = r.offset();
    const std::uint32_t count = r.u32();
    if (static_cast<std::uint64_t>(count) * songHeaderBytes > r.remaining())
        r.fail("song count " + std::to_string(count) + " does not fit the " + std::to_string(r.remaining()) +
                   " bytes left",
               countAt);
    std::vector<QuantisedSong> songs(count);
    for (QuantisedSong& s : songs) {
        const std::size_t songAt = r.offset();
        s.id = r.i32();
        s.steps = r.i32();
        if (s.steps < 0) r.fail("song " + std::to_string(s.id) + " has a negative length", songAt + 4);
        const std::size_t countsAt = r.offset();
        const std::uint32_t melody = r.u32(), bridge = r.u32(), piano = r.u32(), chroma = r.u32();
        const std::uint32_t chords = withChords ? r.u32() : 0;
        const std::uint64_t need = (std::uint64_t(melody) + bridge + piano) * kNoteBytes +
                                   std::uint64_t(chroma) * 2 + std::uint64_t(chords) * kChordBytes;
        if (need > r.remaining())
            r.fail("song " + std::to_string(s.id) + " counts (" + std::to_string(melody) + ", " +
                       std::to_string(bridge) + ", " + std::to_string(piano) + " notes, " +
                       std::to_string(chroma) + " steps, " + std::to_string(chords) + " chords) need " +
                       std::to_string(need) + " bytes, " + std::to_string(r.remaining()) + " left",
                   countsAt);
        readNotes(r, melody, s.melody);
        readNotes(r, bridge, s.bridge);
        readNotes(r, piano, s.piano);
        s.chroma.resize(chroma);
        for (std::uint16_t& c : s.chroma) {
            c = r.u16();
            if (c > 0xFFF) r.fail("bad chord chroma " + std::to_string(c), r.offset() - 2);
        }
        readChords(r, chords, s.steps, s.chords);
    }
    if (r.remaining() != 0) r.fail(std::to_string(r.remaining()) + " unexpected bytes after the last song");
    return songs;
}

std::string defaultDatasetCachePath() {
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    if (xdg && *xdg) return std::string(xdg) + "/fgg-studio/" + kDefaultCacheName;
    const char* home = std::getenv("HOME");
    if (home && *home) return std::string(home) + "/.cache/fgg-studio/" + kDefaultCacheName;
    return kDefaultCacheName;
}

} // namespace fgg
