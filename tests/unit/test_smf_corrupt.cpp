// Hostile and corrupt MIDI files: each is rejected with a FileFormatError naming the byte offset, never a
// crash, and reading never allocates more than a small multiple of the file's size.
#include "model/midi/MidiFile.h"
#include "model/music/Error.h"
#include "tests/unit/SmfBytes.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <new>
#include <random>
#include <string>
#include <vector>

// Counts the bytes live on the heap, so a test can measure the peak of one call.
namespace {
std::atomic<long long> gLive{0};
std::atomic<long long> gPeak{0};
constexpr std::size_t kAllocHeader = 16; // keeps the alignment malloc gives
} // namespace

// noinline: inlined into call sites, GCC would see free() on a pointer from new and warn.
[[gnu::noinline]] void* operator new(std::size_t n) {
    void* p = std::malloc(n + kAllocHeader);
    if (!p) throw std::bad_alloc();
    *static_cast<std::size_t*>(p) = n;
    const long long live = gLive += static_cast<long long>(n);
    long long peak = gPeak.load();
    while (live > peak && !gPeak.compare_exchange_weak(peak, live)) {
    }
    return static_cast<char*>(p) + kAllocHeader;
}
[[gnu::noinline]] void operator delete(void* p) noexcept {
    if (!p) return;
    char* base = static_cast<char*>(p) - kAllocHeader;
    gLive -= static_cast<long long>(*reinterpret_cast<std::size_t*>(base));
    std::free(base);
}
void operator delete(void* p, std::size_t) noexcept {
    operator delete(p);
}
void* operator new[](std::size_t n) {
    return operator new(n);
}
// The nothrow forms (std::stable_sort's temporary buffer) must add the header too: libstdc++'s call the
// replaced operator new, but ASan replaces them with its own, whose blocks our delete would then free at the
// wrong address.
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
    try {
        return operator new(n);
    } catch (...) {
        return nullptr;
    }
}
void* operator new[](std::size_t n, const std::nothrow_t& tag) noexcept {
    return operator new(n, tag);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
    operator delete(p);
}
void operator delete[](void* p, const std::nothrow_t&) noexcept {
    operator delete(p);
}
void operator delete[](void* p) noexcept {
    operator delete(p);
}
void operator delete[](void* p, std::size_t) noexcept {
    operator delete(p);
}

namespace fgg {
namespace {

using testing::appendChunk;
using testing::appendTrack;
using testing::Bytes;
using testing::header;

const Bytes kEndOfTrack{0x00, 0xFF, 0x2F, 0x00};

/// Expects readMidi to throw a FileFormatError at `offset` whose message contains `words`.
void expectRejected(const Bytes& file, std::int64_t offset, const std::string& words) {
    try {
        readMidi(file);
        ADD_FAILURE() << "accepted a corrupt file (expected: " << words << ")";
    } catch (const FileFormatError& e) {
        const std::string what = e.what();
        EXPECT_EQ(e.offset(), offset) << what;
        EXPECT_NE(what.find(words), std::string::npos) << what;
        EXPECT_NE(what.find("at byte " + std::to_string(offset)), std::string::npos) << what;
    }
}

TEST(SmfCorrupt, TruncatedHeader) {
    Bytes f = header(1, 1);
    f.resize(10);
    expectRejected(f, 10, "truncated header");
    expectRejected(Bytes{}, 0, "truncated header");
    expectRejected(Bytes{'R', 'I', 'F', 'F', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, 0,
                   "not a Standard MIDI File");
}

TEST(SmfCorrupt, BadHeaderLength) {
    Bytes f = header(1, 0);
    f[7] = 2; // header chunk of 2 bytes
    expectRejected(f, 4, "bad chunk length 2");
    f[4] = 0x7F; // and one longer than the file
    expectRejected(f, 4, "bad chunk length");
}

TEST(SmfCorrupt, TrackChunkLongerThanTheFile) {
    Bytes f = header(1, 1);
    appendChunk(f, kEndOfTrack, 0xFFFFFFF0u); // a huge length: no allocation, a clear error
    expectRejected(f, 14, "truncated track chunk");
    Bytes g = header(1, 1);
    appendChunk(g, kEndOfTrack, 40);
    expectRejected(g, 14, "'MTrk' chunk of 40 bytes but only 4 bytes left");
}

TEST(SmfCorrupt, UnknownChunkWithABadLength) {
    Bytes f = header(1, 1);
    const Bytes junk{'X', 'F', 'I', 'H', 0x7F, 0xFF, 0xFF, 0xFF};
    f.insert(f.end(), junk.begin(), junk.end());
    expectRejected(f, 14, "bad chunk length");
}

TEST(SmfCorrupt, RunningStatusAtTrackStart) {
    Bytes f = header(1, 2);
    appendTrack(f, kEndOfTrack);
    // Track 2 starts with a data byte: there is no status to repeat. Chunk body at 14 + 12 + 8 = 34; delta
    // at 34.
    appendTrack(f, {0x00, 0x3C, 0x40, 0x00, 0xFF, 0x2F, 0x00});
    expectRejected(f, 35, "running status with no previous status at byte 35 (track 2)");
}

TEST(SmfCorrupt, EventsRunningPastTheChunk) {
    Bytes f = header(1, 1);
    appendTrack(f, {0x00, 0x90, 0x3C}); // note on missing its velocity
    expectRejected(f, 25, "truncated track chunk");

    Bytes g = header(1, 1);
    appendTrack(g, {0x00, 0xFF, 0x01, 0x8F, 0xFF, 0xFF, 0x7F, 'a'}); // a text event of 33554431 bytes
    expectRejected(g, 29, "truncated track chunk");

    Bytes h = header(1, 1);
    appendTrack(h, {0x00, 0xF0, 0x8F, 0xFF, 0xFF, 0x7F, 0xF7}); // a SysEx of 33554431 bytes
    expectRejected(h, 28, "truncated track chunk");
}

TEST(SmfCorrupt, VariableLengthNumbersOfMoreThanFourBytes) {
    Bytes f = header(1, 1);
    appendTrack(f, {0x81, 0x80, 0x80, 0x80, 0x00, 0x90, 0x3C, 0x40});
    expectRejected(f, 22, "longer than 4 bytes");
}

TEST(SmfCorrupt, BadDataAndStatusBytes) {
    Bytes f = header(1, 1);
    appendTrack(f, {0x00, 0x90, 0x3C, 0x90, 0x00, 0xFF, 0x2F, 0x00});
    expectRejected(f, 25, "bad data byte 0x90");
    Bytes g = header(1, 1);
    appendTrack(g, {0x00, 0xF2, 0x00, 0x00});
    expectRejected(g, 23, "unexpected status byte 0xF2");
}

TEST(SmfCorrupt, HeaderAnnouncesMoreTracksThanTheFileHas) {
    Bytes f = header(1, 310);
    for (int i = 0; i < 300; ++i)
        appendTrack(
            f, {0x00, 0xC0, 0x00, 0x00, 0x90, 0x3C, 0x40, 0x60, 0x80, 0x3C, 0x00, 0x00, 0xFF, 0x2F, 0x00});
    expectRejected(f, static_cast<std::int64_t>(f.size()),
                   "announces 310 tracks but the file ends after 300");
    // With the header corrected the same file reads: 300 tracks.
    f[10] = 300 >> 8;
    f[11] = 300 & 0xFF;
    EXPECT_EQ(readMidi(f).tracks.size(), 300u);
}

TEST(SmfCorrupt, TrackCountLimit) {
    expectRejected(header(1, 2000), 10, "track count 2000 exceeds the limit of 1024");
    expectRejected(header(1, 0xFFFF), 10, "exceeds the limit");
}

TEST(SmfCorrupt, UnsupportedFormatsAndDivisions) {
    expectRejected(header(2, 0), 8, "format 2");
    expectRejected(header(1, 0, 0), 12, "division of 0");
}

TEST(SmfCorrupt, ZeroTracksAndTrailingBytesAreFine) {
    EXPECT_TRUE(readMidi(header(1, 0)).tracks.empty());
    EXPECT_TRUE(readMidi(header(0, 0)).tracks.empty());
    Bytes f = header(1, 1);
    appendTrack(f, {0x00, 0x90, 0x3C, 0x40, 0x60, 0x80, 0x3C, 0x00}); // no End of Track: tolerated
    f.push_back(0x00);                                                // trailing garbage after the last track
    f.push_back(0x42);
    ASSERT_EQ(readMidi(f).tracks.size(), 1u);
    EXPECT_EQ(readMidi(f).tracks[0].notes.size(), 1u);
}

TEST(SmfCorrupt, UnendedNotesLastToTheEndOfTheirTrack) {
    Bytes f = header(1, 1);
    appendTrack(f, {0x00, 0x90, 0x3C, 0x40, 0x83, 0x60, 0xFF, 0x2F, 0x00});
    const Score s = readMidi(f);
    ASSERT_EQ(s.tracks.size(), 1u);
    EXPECT_EQ(s.tracks[0].notes, (std::vector<Note>{{60, 0, 480, 64}}));
}

TEST(SmfCorrupt, AllocationStaysASmallMultipleOfTheInput) {
    // 1 MB of note-ons that never end, running status: the worst case for the note pairing.
    Bytes f = header(0, 1);
    Bytes events{0x00, 0x90, 0x3C, 0x40};
    while (events.size() < (1u << 20)) {
        events.push_back(0x01);
        events.push_back(static_cast<std::uint8_t>(events.size() % 128));
        events.push_back(0x40);
    }
    appendTrack(f, events);
    // ... and 100k empty marker events.
    Bytes g = header(1, 1);
    Bytes markers;
    for (int i = 0; i < 100000; ++i) {
        const Bytes m{0x00, 0xFF, 0x06, 0x00};
        markers.insert(markers.end(), m.begin(), m.end());
    }
    appendTrack(g, markers);
    for (const Bytes* file : {&f, &g}) {
        const long long before = gLive.load();
        gPeak = before;
        const Score s = readMidi(*file);
        const long long peak = gPeak.load() - before;
        EXPECT_GT(peak, static_cast<long long>(file->size())) << "the allocation counter counts";
        EXPECT_LT(peak, 32 * static_cast<long long>(file->size()) + (1 << 20)) << "peak " << peak << " bytes";
        std::printf("input %zu bytes, peak allocation %lld bytes (%.1fx)\n", file->size(), peak,
                    static_cast<double>(peak) / static_cast<double>(file->size()));
    }
}

TEST(SmfCorrupt, RandomDamageIsRejectedOrReadNeverCrashes) {
    Score s;
    s.tempos = {{0, 90.0}, {960, 120.0}};
    s.key = Key::parse("Eb");
    s.chords = {{0, 960, Chord::parseLeadSheet("Cm7")}, {960, 960, Chord::parseLeadSheet("F7")}};
    Track t;
    t.name = "Melody";
    for (int i = 0; i < 16; ++i)
        t.notes.push_back(Note{60 + i, i * 120, 100 + i, 90});
    s.tracks = {t, t};
    s.tracks[1].name = "Bass";
    s.tracks[1].channel = 1;
    const Bytes good = writeMidi(s);

    std::mt19937 rng(909);
    int accepted = 0, rejected = 0;
    for (int trial = 0; trial < 5000; ++trial) {
        Bytes f = good;
        const int damage = 1 + static_cast<int>(rng() % 4);
        for (int d = 0; d < damage; ++d) {
            const std::size_t at = rng() % f.size();
            switch (rng() % 4) {
            case 0:
                f[at] = static_cast<std::uint8_t>(rng());
                break;
            case 1:
                f[at] ^= static_cast<std::uint8_t>(1u << (rng() % 8));
                break;
            case 2:
                f.resize(at);
                break;
            default:
                f.insert(f.begin() + static_cast<std::ptrdiff_t>(at), static_cast<std::uint8_t>(rng()));
            }
            if (f.empty()) break;
        }
        try {
            const Score r = readMidi(f);
            ++accepted;
        } catch (const FileFormatError& e) {
            ++rejected;
            EXPECT_GE(e.offset(), 0);
            EXPECT_LE(e.offset(), static_cast<std::int64_t>(f.size()));
        }
    }
    EXPECT_GT(rejected, 0);
    EXPECT_GT(accepted, 0);
}

} // namespace
} // namespace fgg
