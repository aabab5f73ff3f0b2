// The binary dataset cache: round trips, and rejection of truncated, foreign or hostile files.
#include "model/data/DatasetCache.h"
#include "model/data/Pop909.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace fgg {
namespace {

namespace fs = std::filesystem;
using Bytes = std::vector<std::uint8_t>;

class DatasetCacheTest : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = fs::path(::testing::TempDir()) / "fgg_dataset_cache_test";
        fs::remove_all(dir_);
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }

    fs::path dir_;
};

std::vector<QuantisedSong> syntheticSongs() {
    std::vector<QuantisedSong> songs(3);
    songs[0].id = 1;
    songs[0].steps = 64;
    songs[0].melody = {{0, 72, 2}, {2, 74, 2}, {60, 127, 4}};
    songs[0].bridge = {};
    songs[0].piano = {{0, 0, 64}};
    songs[0].chroma.assign(64, 0x091); // C E G
    songs[0].chords = {{0, 32, "C:maj"}, {32, 32, "G:sus4(b7)"}};
    songs[1].id = 909; // all empty but the length
    songs[1].steps = 16;
    songs[1].chroma.assign(16, 0);
    songs[2].id = -3; // ids are not interpreted
    songs[2].steps = 0;
    songs[2].bridge = {{5, 60, 1}};
    return songs;
}

void expectRejected(const std::string& path, const std::string& words) {
    try {
        readDatasetCache(path);
        ADD_FAILURE() << "a bad cache was read (expected: " << words << ")";
    } catch (const FileFormatError& e) {
        const std::string what = e.what();
        EXPECT_GE(e.offset(), 0) << what;
        EXPECT_NE(what.find(path), std::string::npos) << what;
        EXPECT_NE(what.find("at byte " + std::to_string(e.offset())), std::string::npos) << what;
        EXPECT_NE(what.find(words), std::string::npos) << what;
    }
}

void putU32(Bytes& b, std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i)
        b[at + i] = static_cast<std::uint8_t>(v >> (8 * i));
}

TEST_F(DatasetCacheTest, RoundTrip) {
    const auto songs = syntheticSongs();
    writeDatasetCache(path("a.fggdata"), songs);
    EXPECT_EQ(readDatasetCache(path("a.fggdata")), songs);
    writeDatasetCache(path("empty.fggdata"), {});
    EXPECT_TRUE(readDatasetCache(path("empty.fggdata")).empty());
    // Written atomically: nothing but the two caches is left in the folder.
    int files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir_))
        ++files;
    EXPECT_EQ(files, 2);
}

TEST_F(DatasetCacheTest, FileLayoutIsLittleEndianWithMagicAndVersion) {
    writeDatasetCache(path("a.fggdata"), syntheticSongs());
    const Bytes b = readFileBytes(path("a.fggdata"));
    ASSERT_GE(b.size(), 16u);
    EXPECT_EQ(std::string(b.begin(), b.begin() + 8), std::string("FGGDATA\0", 8));
    EXPECT_EQ(b[8], 2);   // version 2: with the chord labels
    EXPECT_EQ(b[12], 3);  // 3 songs
    EXPECT_EQ(b[16], 1);  // first song id
    EXPECT_EQ(b[20], 64); // its steps
    EXPECT_EQ(b[40], 2);  // its chords
    // header 16 + songs (28 + 4 notes * 12 + 64 * 2 + chords (9 + 5) + (9 + 10)) + (28 + 16 * 2) + (28 + 12)
    EXPECT_EQ(b.size(), 16u + (28 + 48 + 128 + 14 + 19) + (28 + 32) + (28 + 12));
    EXPECT_EQ(std::string(b.begin() + 229, b.begin() + 234), "C:maj"); // the first label
}

TEST_F(DatasetCacheTest, AVersionOneCacheStillReadsAsChromaOnly) {
    // Written by hand as version 1 wrote it: one song, one note, C D G on 16 steps, no chord labels.
    std::string v1("FGGDATA\0", 8);
    auto u32 = [&](std::uint32_t v) {
        for (int i = 0; i < 4; ++i)
            v1.push_back(static_cast<char>(v >> (8 * i)));
    };
    u32(1);
    u32(1);
    for (std::uint32_t v : {7u, 16u, 1u, 0u, 0u, 16u, 0u, 60u, 4u})
        u32(v);
    for (int k = 0; k < 16; ++k) {
        v1.push_back(static_cast<char>(0x85));
        v1.push_back(0);
    }
    writeFileAtomically(path("v1.fggdata"), v1);
    const auto songs = readDatasetCache(path("v1.fggdata"));
    ASSERT_EQ(songs.size(), 1u);
    EXPECT_EQ(songs[0].chroma, std::vector<std::uint16_t>(16, 0x85));
    EXPECT_TRUE(songs[0].chords.empty());
    // Without a label the chord is named as the reference recognises C D G: Gsus4.
    const Score score = toScore(songs[0]);
    ASSERT_EQ(score.chords.size(), 1u);
    EXPECT_EQ(score.chords[0].chord.toLeadSheet(), "Gsus4");
}

TEST_F(DatasetCacheTest, TheLabelsBecomeTheScoresChords) {
    const Score score = toScore(syntheticSongs()[0]);
    ASSERT_EQ(score.chords.size(), 2u);
    EXPECT_EQ(score.chords[1].chord, Chord::parseHarte("G:sus4(b7)"));
    EXPECT_EQ(score.chords[1].start, 32 * score.ticksPerSixteenth());
    EXPECT_EQ(score.chords[1].length, 32 * score.ticksPerSixteenth());
}

TEST_F(DatasetCacheTest, EveryTruncationIsRejected) {
    writeDatasetCache(path("a.fggdata"), syntheticSongs());
    const Bytes good = readFileBytes(path("a.fggdata"));
    for (std::size_t n = 0; n < good.size(); ++n) {
        // A plain write: an fsync per prefix would make this test slow.
        std::ofstream(path("t.fggdata"), std::ios::binary | std::ios::trunc)
            .write(reinterpret_cast<const char*>(good.data()), static_cast<std::streamsize>(n));
        SCOPED_TRACE("truncated to " + std::to_string(n) + " bytes");
        expectRejected(path("t.fggdata"), n < 8 ? "truncated" : "");
    }
}

TEST_F(DatasetCacheTest, ForeignAndHostileFilesAreRejected) {
    writeDatasetCache(path("a.fggdata"), syntheticSongs());
    const Bytes good = readFileBytes(path("a.fggdata"));
    auto variant = [&](auto change) {
        Bytes b = good;
        change(b);
        writeFileAtomically(path("v.fggdata"), b);
        return path("v.fggdata");
    };
    expectRejected(variant([](Bytes& b) { b[0] = 'M'; }), "not an fgg dataset cache");
    expectRejected(variant([](Bytes& b) { putU32(b, 8, 3); }), "cache version 3");
    expectRejected(variant([](Bytes& b) { putU32(b, 12, 0xFFFFFFFFu); }), "song count 4294967295");
    expectRejected(variant([](Bytes& b) { putU32(b, 24, 0x40000000u); }), "need"); // melody count of song 1
    expectRejected(variant([](Bytes& b) { putU32(b, 36, 0xFFFFFFFFu); }), "need"); // chroma count of song 1
    expectRejected(variant([](Bytes& b) { putU32(b, 20, 0x80000000u); }), "negative length");
    expectRejected(variant([](Bytes& b) { putU32(b, 48, 200); }), "bad note");     // pitch of the first note
    expectRejected(variant([](Bytes& b) { putU32(b, 40, 0xFFFFFFFFu); }), "need"); // chord count of song 1
    expectRejected(variant([](Bytes& b) { putU32(b, 224, 1000); }), "bad chord span"); // past the song's end
    expectRejected(variant([](Bytes& b) { b[231] = 'X'; }), "bad chord label 'C:Xaj'");
    expectRejected(variant([](Bytes& b) {
                       b[229] = 'N';
                       b[230] = ')';
                   }),
                   "bad chord label");
    expectRejected(variant([](Bytes& b) { b.push_back(0); }), "unexpected bytes");
    EXPECT_THROW(readDatasetCache(path("missing.fggdata")), Error);
}

TEST_F(DatasetCacheTest, InvalidSongsAreNotWritten) {
    auto songs = syntheticSongs();
    songs[0].melody[0].length = 0;
    EXPECT_THROW(writeDatasetCache(path("bad.fggdata"), songs), Error);
    EXPECT_FALSE(fs::exists(path("bad.fggdata")));
}

TEST_F(DatasetCacheTest, Pop909RoundTrip) {
    const char* dir = std::getenv("FGG_POP909_DIR");
    if (!dir || !fs::is_directory(dir)) GTEST_SKIP() << "FGG_POP909_DIR is not set to the POP909 folder";
    std::vector<QuantisedSong> songs;
    for (const char* id : {"001", "002", "003", "005", "010"})
        if (fs::exists(fs::path(dir) / id)) songs.push_back(loadPop909Song((fs::path(dir) / id).string()));
    ASSERT_FALSE(songs.empty());
    writeDatasetCache(path("pop909.fggdata"), songs);
    EXPECT_EQ(readDatasetCache(path("pop909.fggdata")), songs);
}

TEST(DatasetCachePath, DefaultIsUnderTheUserCache) {
    const std::string p = defaultDatasetCachePath();
    // Version 2 has its own name: a version-1 pop909.fggdata (a running training job's) is never replaced.
    EXPECT_NE(p.find("pop909-v2.fggdata"), std::string::npos);
}

} // namespace
} // namespace fgg
