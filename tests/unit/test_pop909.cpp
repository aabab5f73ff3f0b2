// POP909: the beat grid, the chord table, quantisation checked by hand on song 001, the whole folder, the
// validation split and toScore.
#include "model/data/BeatGrid.h"
#include "model/data/ChromaChord.h"
#include "model/data/Pop909.h"
#include "model/data/Pop909Song.h"
#include "model/music/Error.h"

#include "model/music/ScaleMask.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <set>
#include <string>

namespace fgg {
namespace {

namespace fs = std::filesystem;

std::string pop909Dir() {
    const char* dir = std::getenv("FGG_POP909_DIR");
    return dir && fs::is_directory(dir) ? std::string(dir) : std::string();
}

#define REQUIRE_POP909(dir)                                                                                  \
    const std::string dir = pop909Dir();                                                                     \
    if (dir.empty()) GTEST_SKIP() << "FGG_POP909_DIR is not set to the POP909 folder"

std::string errorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const Error& e) {
        return e.what();
    }
    return "";
}

TEST(BeatGrid, InterpolatesBetweenBeatsAndExtrapolatesOutside) {
    // Beats 0.5 s apart, then 1 s apart; the first downbeat is the second beat.
    const BeatGrid g({1.0, 1.5, 2.0, 3.0}, 1);
    EXPECT_DOUBLE_EQ(g.beatPosition(1.0), 0.0);
    EXPECT_DOUBLE_EQ(g.beatPosition(1.25), 0.5);
    EXPECT_DOUBLE_EQ(g.beatPosition(2.5), 2.5);
    EXPECT_DOUBLE_EQ(g.beatPosition(0.5), -1.0); // before the first beat: the first beat length (0.5 s)
    EXPECT_DOUBLE_EQ(g.beatPosition(4.0), 4.0);  // after the last beat: the last beat length (1 s)
    EXPECT_EQ(g.step(1.5), 0);                   // the first downbeat is step 0
    EXPECT_EQ(g.step(1.0), -4);
    EXPECT_EQ(g.step(2.0 + 0.12), 4); // 0.12 of a 1 s beat = 0.48 steps: rounds down
    EXPECT_EQ(g.step(2.0 + 0.13), 5); // 0.52 steps: rounds up
    EXPECT_EQ(g.step(3.75), 11);
}

TEST(BeatGrid, ParsesTheBeatFileAndNamesBadLines) {
    const BeatGrid g =
        BeatGrid::fromText("0.1 1.0 0.0\n0.6 0.0 0.0\n1.1 1.0 1.0\n1.6 0.0 0.0", "beat_midi.txt");
    EXPECT_EQ(g.firstDownbeat(), 2);
    EXPECT_EQ(g.beatTimes().size(), 4u);
    EXPECT_EQ(g.step(1.1), 0);
    EXPECT_NE(errorOf([] { BeatGrid::fromText("0.1 1 1\n0.6 x 0\n", "b.txt"); }).find("b.txt line 2"),
              std::string::npos);
    EXPECT_NE(errorOf([] { BeatGrid::fromText("0.1 1 1\n0.6 1\n", "b.txt"); }).find("b.txt line 2"),
              std::string::npos);
    EXPECT_NE(errorOf([] { BeatGrid::fromText("0.5 1 1\n0.4 1 0\n", "b.txt"); }).find("b.txt line 2"),
              std::string::npos);
    EXPECT_NE(errorOf([] { BeatGrid::fromText("0.5 1 0\n0.9 1 0\n", "b.txt"); }).find("no downbeat"),
              std::string::npos);
}

TEST(Pop909Chords, ParsesHarteLabelsToChroma) {
    const auto chords = parsePop909Chords("0.0\t1.0\tN\n1.0\t2.5\tBb:min7/b7\n2.5\t3\tG:sus4(b7)\n", "c.txt");
    ASSERT_EQ(chords.size(), 3u);
    EXPECT_EQ(chords[0].chroma, 0);
    EXPECT_DOUBLE_EQ(chords[1].start, 1.0);
    EXPECT_DOUBLE_EQ(chords[1].end, 2.5);
    EXPECT_EQ(chords[1].chroma, (1 << 10) | (1 << 1) | (1 << 5) | (1 << 8)); // Bb Db F Ab
    EXPECT_EQ(chords[2].chroma, (1 << 7) | (1 << 0) | (1 << 2) | (1 << 5));  // G C D F
    EXPECT_NE(errorOf([] { parsePop909Chords("0\t1\tC:maj\n1\t2\tQ:huh\n", "c.txt"); }).find("c.txt line 2"),
              std::string::npos);
    EXPECT_NE(errorOf([] { parsePop909Chords("0\t1\n", "c.txt"); }).find("c.txt line 1"), std::string::npos);
    EXPECT_NE(errorOf([] { parsePop909Chords("2\t1\tC:maj\n", "c.txt"); }).find("c.txt line 1"),
              std::string::npos);
}

TEST(Pop909, TripleMeterSongs) {
    const auto& ids = pop909TripleMeterSongs();
    EXPECT_EQ(ids.size(), 29u);
    EXPECT_TRUE(std::is_sorted(ids.begin(), ids.end()));
    EXPECT_NE(std::find(ids.begin(), ids.end(), 34), ids.end());
    EXPECT_NE(std::find(ids.begin(), ids.end(), 887), ids.end());
}

TEST(Pop909, ValidationSplitIsAboutFivePercentAndFixed) {
    int valid = 0;
    for (int id = 1; id <= 909; ++id)
        valid += isValidationSong(id) ? 1 : 0;
    EXPECT_GE(valid, 909 * 3 / 100);
    EXPECT_LE(valid, 909 * 8 / 100);
    // The split is a fixed function of the id (the same on every machine, in every run).
    EXPECT_EQ(isValidationSong(1), (1u * 2654435761u) % 1000u < 50u);
    EXPECT_EQ(isValidationSong(777), (777u * 2654435761u) % 1000u < 50u);
}

TEST(Pop909, ChordsFromChroma) {
    auto pcs = [](std::initializer_list<int> l) { return PitchClassSet(l).mask(); };
    EXPECT_EQ(chordFromChroma(pcs({0, 4, 7})).toLeadSheet(), "C");
    EXPECT_EQ(chordFromChroma(pcs({9, 0, 4, 7})).toLeadSheet(), "Am7");
    EXPECT_EQ(chordFromChroma(pcs({11, 3, 6})).toLeadSheet(), Chord::parseHarte("B:maj").toLeadSheet());
    EXPECT_TRUE(chordFromChroma(0).isNoChord());
    for (std::uint16_t mask : {pcs({2, 5, 9, 0}), pcs({7, 11, 2, 5}), pcs({1, 4, 7, 10}), pcs({0, 5, 7})})
        EXPECT_EQ(chordFromChroma(mask).chroma().mask(), mask);
}

TEST(Pop909, AChordWithoutSymbolIsNamedAsTheReferenceRecognisesIt) {
    // C D G: the reference reads Gsus4 (sus4 precedes sus2 in its table), so the named chord allows G major.
    EXPECT_EQ(chordFromChroma(PitchClassSet{0, 2, 7}.mask()).toLeadSheet(), "Gsus4");
    for (const ChordScaleEntry& e : chordScaleTable())
        for (int root = 0; root < 12; ++root) {
            const PitchClassSet chroma = e.chordIntervals.transposed(root);
            const Chord c = chordFromChroma(chroma.mask());
            EXPECT_EQ(c.chroma(), chroma) << e.label << " on " << root;
            EXPECT_EQ(c.allowedPitchClasses(), allowedPitchClassesForChroma(chroma)) << c.toLeadSheet();
        }
}

TEST(Pop909, ToScoreUsesOneHundredTwentyTicksPerStep) {
    QuantisedSong song;
    song.id = 5;
    song.steps = 32;
    song.melody = {{0, 72, 4}, {4, 74, 2}};
    song.bridge = {{8, 67, 8}};
    song.piano = {{0, 48, 16}, {16, 53, 16}};
    song.chroma.assign(32, 0);
    for (int k = 0; k < 16; ++k)
        song.chroma[k] = PitchClassSet{0, 4, 7}.mask();
    for (int k = 20; k < 32; ++k)
        song.chroma[k] = PitchClassSet{5, 9, 0}.mask();
    const Score s = toScore(song);
    ASSERT_NE(s.track("Melody"), nullptr);
    ASSERT_NE(s.track("Bridge"), nullptr);
    ASSERT_NE(s.track("Piano"), nullptr);
    EXPECT_EQ(s.track("Melody")->notes[1].start, 480);
    EXPECT_EQ(s.track("Melody")->notes[1].length, 240);
    EXPECT_EQ(s.track("Bridge")->notes[0].pitch, 67);
    EXPECT_EQ(s.endTick(), 32 * 120);
    ASSERT_EQ(s.chords.size(), 2u);
    EXPECT_EQ(s.chords[0].start, 0);
    EXPECT_EQ(s.chords[0].length, 16 * 120);
    EXPECT_EQ(s.chords[0].chord.toLeadSheet(), "C");
    EXPECT_EQ(s.chords[1].start, 20 * 120);
    EXPECT_EQ(s.chords[1].length, 12 * 120);
    EXPECT_EQ(s.chords[1].chord.toLeadSheet(), "F");
}

// Song 001 by hand. beat_midi.txt: the first beat, at 0.055333 s, is the first downbeat; beats are 0.666665 s
// apart (90 bpm). 001.mid: 480 ticks per beat at 666665 us per beat (90.0002 bpm), so tick t is at
// t / 480 * 0.666665 s. The first melody notes (pitch, start tick, length in ticks):
//   61 @9160 +69, 63 @9280 +45, 66 @9400 +49, 68 @9520 +60, 70 @9640 +79, 66 @9880 +148, 63 @10120 +173,
//   68 @10360 +711.
// Tick 9160 = 12.72222 s = (12.72222 - 0.05533) / 0.666665 = 19.0002 beats = step 76; its end, tick 9229 =
// 12.81806 s = 19.144 beats = 76.58 steps -> 77, length 1. Likewise 9280 -> 19.25 beats -> step 77,
// 9400 -> 78, 9520 -> 79, 9640 -> 20.0 beats -> step 80 (end 9719 -> 80.66 -> 81, length 1), 9880 -> 82
// (end 83.2 -> 83), 10120 -> 84 (end 85.4 -> 85), 10360 -> 86 (end tick 11071 = 22.98 beats = 91.9 steps
// -> 92, length 6). So the melody's first bar (bar 4, steps 64..79) holds its pickup, 61 63 66 68 on steps
// 76..79, and bar 5 begins 70 66 63 68 on steps 80, 82, 84, 86.
TEST(Pop909, Song001QuantisedByHand) {
    REQUIRE_POP909(dir);
    const QuantisedSong song = loadPop909Song(dir + "/001");
    EXPECT_EQ(song.id, 1);
    std::vector<GridNote> firstBars;
    for (const GridNote& n : song.melody)
        if (n.step < 96) firstBars.push_back(n);
    const std::vector<GridNote> expected{{76, 61, 1}, {77, 63, 1}, {78, 66, 1}, {79, 68, 1},
                                         {80, 70, 1}, {82, 66, 1}, {84, 63, 1}, {86, 68, 6}};
    EXPECT_EQ(firstBars, expected);
    // chord_midi.txt: "B:maj" from 2.721993 s (beat 4.0 = step 16) to 4.055323 s (beat 6.0 = step 24), after
    // four N chords; then C#:maj to step 32.
    const std::uint16_t bMajor = PitchClassSet{11, 3, 6}.mask();
    const std::uint16_t cSharpMajor = PitchClassSet{1, 5, 8}.mask();
    ASSERT_GE(song.chroma.size(), 32u);
    for (int k = 0; k < 16; ++k)
        EXPECT_EQ(song.chroma[k], 0) << k;
    for (int k = 16; k < 24; ++k)
        EXPECT_EQ(song.chroma[k], bMajor) << k;
    for (int k = 24; k < 32; ++k)
        EXPECT_EQ(song.chroma[k], cSharpMajor) << k;
    EXPECT_EQ(song.steps % 16, 0);
    EXPECT_EQ(song.chroma.size(), static_cast<std::size_t>(song.steps));
    // The labels themselves, on the same steps.
    ASSERT_GE(song.chords.size(), 2u);
    EXPECT_EQ(song.chords[0], (GridChord{16, 8, "B:maj"}));
    EXPECT_EQ(song.chords[1], (GridChord{24, 8, "C#:maj"}));
    // Every label covers exactly the steps whose chroma is its chroma; the other steps have no chord.
    std::vector<std::uint16_t> fromLabels(song.chroma.size(), 0);
    for (const GridChord& c : song.chords)
        for (int k = c.step; k < c.step + c.length; ++k)
            fromLabels[static_cast<std::size_t>(k)] = Chord::parseHarte(c.label).chroma().mask();
    EXPECT_EQ(fromLabels, song.chroma);
}

TEST(Pop909, LoadsTheWholeFolder) {
    REQUIRE_POP909(dir);
    Pop909Report report;
    const std::vector<QuantisedSong> songs = loadPop909(dir, report);
    EXPECT_GE(report.songsRead, 790);
    EXPECT_EQ(static_cast<int>(songs.size()), report.songsRead);

    const auto& triple = pop909TripleMeterSongs();
    std::set<std::string> skippedTriple;
    for (const auto& [song, reason] : report.skipped) {
        if (reason == "triple meter")
            skippedTriple.insert(song);
        else
            ADD_FAILURE() << song << " skipped: " << reason;
    }
    for (int id : triple) {
        char name[8];
        std::snprintf(name, sizeof name, "%03d", id);
        if (fs::exists(dir + "/" + name)) {
            EXPECT_TRUE(skippedTriple.count(name)) << name;
        }
    }

    long long segments = 0, melody = 0, bridge = 0, piano = 0;
    int previous = 0;
    for (const QuantisedSong& s : songs) {
        EXPECT_GT(s.id, previous) << "songs in numeric order";
        previous = s.id;
        EXPECT_EQ(std::find(triple.begin(), triple.end(), s.id), triple.end()) << s.id;
        EXPECT_GT(s.steps, 0);
        EXPECT_EQ(s.steps % 16, 0) << s.id;
        EXPECT_EQ(s.chroma.size(), static_cast<std::size_t>(s.steps)) << s.id;
        std::vector<std::uint16_t> fromLabels(s.chroma.size(), 0); // the labels lie on the chroma's steps
        for (const GridChord& c : s.chords)
            for (int k = c.step; k < c.step + c.length; ++k)
                fromLabels[static_cast<std::size_t>(k)] = Chord::parseHarte(c.label).chroma().mask();
        EXPECT_EQ(fromLabels, s.chroma) << s.id;
        for (const auto* track : {&s.melody, &s.bridge, &s.piano})
            for (const GridNote& n : *track) {
                ASSERT_GE(n.step, 0) << s.id;
                ASSERT_GE(n.length, 1) << s.id;
                ASSERT_LE(n.step + n.length, s.steps) << s.id;
            }
        segments += s.steps / 64;
        melody += static_cast<long long>(s.melody.size());
        bridge += static_cast<long long>(s.bridge.size());
        piano += static_cast<long long>(s.piano.size());
    }
    EXPECT_EQ(report.segments, segments);
    EXPECT_EQ(report.melodyNotes, melody);
    EXPECT_EQ(report.bridgeNotes, bridge);
    EXPECT_EQ(report.pianoNotes, piano);
    EXPECT_GT(segments, 10000); // ~16k 4-bar windows in the training split
}

TEST(Pop909, BadSongsAreSkippedWithTheFileAndLine) {
    REQUIRE_POP909(dir);
    const fs::path tmp = fs::path(::testing::TempDir()) / "fgg_pop909_test";
    fs::remove_all(tmp);
    auto copySong = [&](const std::string& from, const std::string& to) {
        fs::create_directories(tmp / to);
        fs::copy_file(fs::path(dir) / from / (from + ".mid"), tmp / to / (to + ".mid"));
        fs::copy_file(fs::path(dir) / from / "beat_midi.txt", tmp / to / "beat_midi.txt");
        fs::copy_file(fs::path(dir) / from / "chord_midi.txt", tmp / to / "chord_midi.txt");
    };
    copySong("001", "001");
    copySong("001", "002");
    std::ofstream(tmp / "002" / "beat_midi.txt") << "0.1 1.0 1.0\n0.6 0.0 0.0\n1.1 one 0.0\n";
    copySong("001", "003");
    fs::remove(tmp / "003" / "chord_midi.txt");
    copySong("001", "004");
    std::ofstream(tmp / "004" / "004.mid") << "MThd";
    copySong("001", "034");                // a triple-meter id: skipped without reading
    fs::create_directories(tmp / "notes"); // not a song folder: ignored

    Pop909Report report;
    const auto songs = loadPop909(tmp.string(), report);
    ASSERT_EQ(songs.size(), 1u);
    EXPECT_EQ(songs[0].id, 1);
    ASSERT_EQ(report.skipped.size(), 4u);
    EXPECT_EQ(report.skipped[0].first, "002");
    EXPECT_NE(report.skipped[0].second.find("beat_midi.txt line 3"), std::string::npos)
        << report.skipped[0].second;
    EXPECT_EQ(report.skipped[1].first, "003");
    EXPECT_NE(report.skipped[1].second.find("chord_midi.txt"), std::string::npos) << report.skipped[1].second;
    EXPECT_EQ(report.skipped[2].first, "004");
    EXPECT_NE(report.skipped[2].second.find("004.mid"), std::string::npos) << report.skipped[2].second;
    EXPECT_NE(report.skipped[2].second.find("byte"), std::string::npos) << report.skipped[2].second;
    EXPECT_EQ(report.skipped[3], (std::pair<std::string, std::string>{"034", "triple meter"}));
    fs::remove_all(tmp);
}

TEST(Pop909, ARealSongAsAScore) {
    REQUIRE_POP909(dir);
    const QuantisedSong song = loadPop909Song(dir + "/001");
    const Score s = toScore(song);
    EXPECT_EQ(s.track("Melody")->notes.size(), song.melody.size());
    EXPECT_EQ(s.track("Piano")->notes.size(), song.piano.size());
    EXPECT_EQ(s.endTick(), song.steps * 120);
    for (const ChordSpan& c : s.chords) {
        const std::size_t step = static_cast<std::size_t>(c.start / 120);
        EXPECT_EQ(c.chord.chroma().mask(), song.chroma[step]) << "step " << step;
    }
}

} // namespace
} // namespace fgg
