// Chord detection from notes and the key estimate, on hand-made music.
#include "model/harmony/ChordClass.h"
#include "model/harmony/ChordDetector.h"
#include "model/harmony/ChordTemplates.h"
#include "model/harmony/KeyEstimate.h"
#include "model/music/Error.h"

#include <gtest/gtest.h>

using namespace fgg;
using namespace fgg::harmony;

namespace {
constexpr Tick kBeat = 480, kBar = 4 * kBeat;

/// A block chord of `pitches` from `start` for `length` ticks.
void block(std::vector<Note>& notes, std::initializer_list<int> pitches, Tick start, Tick length) {
    for (int p : pitches)
        notes.push_back(Note{p, start, length, 90});
}

ChordAnalysis detect(std::vector<Note> notes, Tick end, const ProgressionModel* model = nullptr) {
    std::sort(notes.begin(), notes.end());
    return ChordDetector(model).detect(notes, kBeat, 4, 0, end);
}
} // namespace

TEST(ChordDetector, BlockChordsPerHalfBar) {
    std::vector<Note> n;
    block(n, {48, 60, 64, 67}, 0, 2 * kBeat);         // C
    block(n, {43, 59, 62, 67}, 2 * kBeat, 2 * kBeat); // G
    block(n, {45, 57, 60, 64}, kBar, kBar);           // Am
    block(n, {41, 57, 60, 65}, 2 * kBar, kBar);       // F
    const ChordAnalysis a = detect(n, 3 * kBar);
    ASSERT_EQ(a.chords.size(), 4u);
    EXPECT_EQ(a.chords[0].chord, Chord::parseLeadSheet("C"));
    EXPECT_EQ(a.chords[1].chord, Chord::parseLeadSheet("G"));
    EXPECT_EQ(a.chords[1].start, 2 * kBeat);
    EXPECT_EQ(a.chords[2].chord, Chord::parseLeadSheet("Am"));
    EXPECT_EQ(a.chords[2].length, kBar);
    EXPECT_EQ(a.chords[3].chord, Chord::parseLeadSheet("F"));
}

TEST(ChordDetector, SeventhsAndPassingNotes) {
    std::vector<Note> n;
    block(n, {45, 55, 60, 64}, 0, kBar); // Am7: A in the bass, G C E above
    // A melody with a passing B and D between chord tones.
    for (auto [p, b] : {std::pair{76, 0}, {74, 1}, {72, 2}, {71, 3}})
        n.push_back(Note{p, b * kBeat + kBeat / 2, kBeat / 4, 80});
    const ChordAnalysis a = detect(n, kBar);
    ASSERT_EQ(a.chords.size(), 1u);
    EXPECT_EQ(a.chords[0].chord.root(), 9);
    EXPECT_EQ(a.chords[0].chord.quality(), ChordQuality::Minor7);
}

TEST(ChordDetector, BassMakesSlashChordsAndRoots) {
    std::vector<Note> n;
    block(n, {40, 60, 64, 67}, 0, kBar); // C/E
    const ChordAnalysis a = detect(n, kBar);
    ASSERT_EQ(a.chords.size(), 1u);
    EXPECT_EQ(a.chords[0].chord, Chord::parseLeadSheet("C/E"));
    EXPECT_EQ(rootTriad(a.chords[0].chord), (RootTriad{0, TriadClass::Major}));
}

TEST(ChordDetector, SplitsABeatWhenTheHarmonyMovesFaster) {
    std::vector<Note> n;
    block(n, {48, 60, 64, 67}, 0, kBeat);     // C on beat 1
    block(n, {50, 62, 65, 69}, kBeat, kBeat); // Dm on beat 2
    block(n, {43, 59, 62, 67}, 2 * kBeat, 2 * kBeat);
    const ChordAnalysis a = detect(n, kBar);
    ASSERT_EQ(a.chords.size(), 3u);
    EXPECT_EQ(a.chords[0].chord, Chord::parseLeadSheet("C"));
    EXPECT_EQ(a.chords[1].chord, Chord::parseLeadSheet("Dm"));
    EXPECT_EQ(a.chords[1].length, kBeat);
    EXPECT_EQ(a.chords[2].chord, Chord::parseLeadSheet("G"));
}

TEST(ChordDetector, SilenceAtTheEndsHasNoChord) {
    std::vector<Note> n;
    block(n, {48, 60, 64, 67}, kBar, kBar);
    const ChordAnalysis a = detect(n, 3 * kBar);
    ASSERT_EQ(a.chords.size(), 1u);
    EXPECT_EQ(a.chords[0].start, kBar);
    EXPECT_EQ(a.chords[0].end(), 2 * kBar);
}

TEST(ChordDetector, ScoreTracksAndErrors) {
    Score s;
    Track& piano = s.ensureTrack("Piano");
    block(piano.notes, {50, 62, 65, 69}, 0, kBar); // Dm
    Track& drums = s.ensureTrack("Drums");
    drums.channel = 9;
    block(drums.notes, {36, 37, 42}, 0, kBar); // would spoil any chord
    const ChordAnalysis all = ChordDetector().detect(s);
    ASSERT_FALSE(all.chords.empty());
    EXPECT_EQ(all.chords[0].chord, Chord::parseLeadSheet("Dm"));
    try {
        ChordDetector().detect(s, "Strings");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("Strings"), std::string::npos);
        EXPECT_NE(std::string(e.what()).find("Piano"), std::string::npos);
    }
}

TEST(ChordDetector, ChordsOfAStretchAreCutToItsHalfBars) {
    // C | G | Am | F, a bar each; the selection starts in mid-bar 2 and ends in bar 3's first half.
    std::vector<Note> n;
    block(n, {48, 60, 64, 67}, 0, kBar);
    block(n, {43, 59, 62, 67}, kBar, kBar);
    block(n, {45, 57, 60, 64}, 2 * kBar, kBar);
    block(n, {41, 57, 60, 65}, 3 * kBar, kBar);
    std::vector<Note> chosen;
    for (const Note& x : n)
        if (x.start >= kBar && x.start < 3 * kBar) chosen.push_back(x);
    const DetectionMetre metre{kBeat, 4};
    const RangeChords r = detectChordsInRange(ChordDetector(), metre, chosen, kBar + kBeat, 2 * kBar + kBeat);
    EXPECT_EQ(r.from, kBar);              // down to the half bar
    EXPECT_EQ(r.to, 2 * kBar + kBar / 2); // up to the half bar
    ASSERT_EQ(r.analysis.chords.size(), 2u);
    EXPECT_EQ(r.analysis.chords[0].chord, Chord::parseLeadSheet("G"));
    EXPECT_EQ(r.analysis.chords[0].start, kBar);
    EXPECT_EQ(r.analysis.chords[1].chord, Chord::parseLeadSheet("Am"));
    EXPECT_EQ(r.analysis.chords[1].end(), r.to);

    // In 3/4 the segments are whole bars.
    Score waltz;
    waltz.timeSignatures = {TimeSignature{0, 3, 4}};
    EXPECT_EQ(detectionMetre(waltz).beatsPerBar, 3);
    EXPECT_EQ(detectionMetre(waltz).segment(), 3 * kBeat);
}

TEST(ChordDetector, SplicingKeepsChordsOutsideTheStretch) {
    const Chord c = Chord::parseLeadSheet("C"), d = Chord::parseLeadSheet("Dm"),
                g = Chord::parseLeadSheet("G7");
    // One C over four bars; Dm G7 detected in bars 2-3.
    const std::vector<ChordSpan> spliced =
        spliceChords({{0, 4 * kBar, c}}, {{kBar, kBar, d}, {2 * kBar, kBar, g}}, kBar, 3 * kBar);
    ASSERT_EQ(spliced.size(), 4u);
    EXPECT_EQ(spliced[0], (ChordSpan{0, kBar, c}));
    EXPECT_EQ(spliced[1], (ChordSpan{kBar, kBar, d}));
    EXPECT_EQ(spliced[2], (ChordSpan{2 * kBar, kBar, g}));
    EXPECT_EQ(spliced[3], (ChordSpan{3 * kBar, kBar, c}));
    // Chords wholly inside go; detected ones outside the stretch are not taken.
    const std::vector<ChordSpan> replaced = spliceChords({{0, kBar, c}, {kBar, kBar, g}, {2 * kBar, kBar, c}},
                                                         {{0, 3 * kBar, d}}, kBar, 2 * kBar);
    ASSERT_EQ(replaced.size(), 2u);
    EXPECT_EQ(replaced[0], (ChordSpan{0, kBar, c}));
    EXPECT_EQ(replaced[1], (ChordSpan{2 * kBar, kBar, c}));
}

TEST(KeyEstimate, MajorAndMinorScales) {
    std::vector<Note> cMajor;
    Tick t = 0;
    for (int p : {60, 62, 64, 65, 67, 69, 71, 72, 67, 64, 60}) {
        cMajor.push_back(Note{p, t, p == 60 || p == 67 ? 2 * kBeat : kBeat, 90});
        t += kBeat;
    }
    const KeyEstimate c = estimateKey(cMajor);
    EXPECT_EQ(c.tonic, 0);
    EXPECT_FALSE(c.minor);
    EXPECT_GT(c.correlation, 0.7);

    std::vector<Note> aMinor;
    t = 0;
    for (int p : {57, 60, 64, 57, 59, 60, 62, 64, 65, 68, 69, 64, 57}) { // with the leading tone G#
        aMinor.push_back(Note{p, t, p == 57 || p == 64 ? 2 * kBeat : kBeat, 90});
        t += kBeat;
    }
    const KeyEstimate a = estimateKey(aMinor);
    EXPECT_EQ(a.tonic, 9);
    EXPECT_TRUE(a.minor);
    EXPECT_EQ(a.majorTonic(), 0);
    EXPECT_EQ(a.key().toString(), "A minor");

    // From chords: G D Em C -> G major.
    std::vector<ChordSpan> chords;
    for (const char* name : {"G", "D", "Em", "C", "G"})
        chords.push_back({static_cast<Tick>(chords.size()) * kBar, kBar, Chord::parseLeadSheet(name)});
    EXPECT_EQ(estimateKeyFromChords(chords).majorTonic(), 7);
}

TEST(ChordTemplates, NamesHeldNotesLikeTheKeyboardDid) {
    EXPECT_EQ(*nameChord({57, 60, 64, 67}), Chord::parseLeadSheet("Am7"));
    EXPECT_EQ(*nameChord({48, 57, 64, 67}), Chord::parseLeadSheet("C6"));
    EXPECT_EQ(*nameChord({64, 67, 72}), Chord::parseLeadSheet("C/E"));
    EXPECT_FALSE(nameChord({60, 61, 62}));
}
