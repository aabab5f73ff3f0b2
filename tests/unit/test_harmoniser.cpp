// The half-bar Viterbi and the harmoniser, on hand-made fit tables and melodies.
#include "model/harmony/ChordPath.h"
#include "model/harmony/ChordVocabulary.h"
#include "model/harmony/Harmoniser.h"
#include "model/music/Error.h"

#include <gtest/gtest.h>

using namespace fgg;
using namespace fgg::harmony;

namespace {
int state(const char* chord) {
    return *chordState(Chord::parseLeadSheet(chord));
}

/// I IV V I cadences, many times, changing at every bar line and never in mid-bar.
ProgressionModel cadenceModel() {
    ProgressionModel m(3);
    const std::vector<int> cadence{state("C"), state("F"), state("G"), state("C")};
    for (int i = 0; i < 20; ++i) {
        m.addProgression(cadence);
        m.addHalfBar(true, 1, true);
        m.addHalfBar(true, 2, true);
        m.addHalfBar(false, 1, false);
    }
    return m;
}

FitTable flatFits(std::size_t n) {
    return FitTable(n, std::vector<double>(static_cast<std::size_t>(kChordStates), 0.0));
}
} // namespace

TEST(ChordPath, WithoutAModelEachSegmentTakesItsBestFit) {
    FitTable fit = flatFits(3);
    fit[0][static_cast<std::size_t>(state("Am"))] = 1;
    fit[1][static_cast<std::size_t>(state("E"))] = 1;
    fit[2][static_cast<std::size_t>(state("Am"))] = 1;
    EXPECT_EQ(bestChordPath(fit, {true, false, true}, nullptr, 0, 1),
              (std::vector<int>{state("Am"), state("E"), state("Am")}));
}

TEST(ChordPath, TheModelFillsSegmentsTheNotesLeaveOpen) {
    const ProgressionModel m = cadenceModel();
    // Bars: C, ?, G, C (two half bars each). Bar 2 has no evidence: the cadence says F.
    FitTable fit = flatFits(8);
    for (std::size_t i : {0u, 1u})
        fit[i][static_cast<std::size_t>(state("C"))] = 1;
    for (std::size_t i : {4u, 5u})
        fit[i][static_cast<std::size_t>(state("G"))] = 1;
    for (std::size_t i : {6u, 7u})
        fit[i][static_cast<std::size_t>(state("C"))] = 1;
    const std::vector<bool> bars{true, false, true, false, true, false, true, false};
    const auto path = bestChordPath(fit, bars, &m, 0, 4);
    EXPECT_EQ(path[2], state("F"));
    EXPECT_EQ(path[3], state("F")); // and holds it through the bar: changes happen at bar lines
}

TEST(ChordPath, StrongEvidenceOverridesThePrior) {
    const ProgressionModel m = cadenceModel();
    FitTable fit = flatFits(4);
    fit[0][static_cast<std::size_t>(state("C"))] = 1;
    fit[1][static_cast<std::size_t>(state("C"))] = 1;
    fit[2][static_cast<std::size_t>(state("Bb"))] = 3; // unheard of in the model, but plain in the notes
    fit[3][static_cast<std::size_t>(state("Bb"))] = 3;
    const auto path = bestChordPath(fit, {true, false, true, false}, &m, 0, 8);
    EXPECT_EQ(path[2], state("Bb"));
}

TEST(Harmoniser, ChoosesChordsThatHoldTheMelody) {
    const ProgressionModel m = cadenceModel();
    // Bar 1: C E G (C); bar 2: A F C (F); bar 3: B D G (G); bar 4: C (C).
    std::vector<Note> melody;
    Tick t = 0;
    for (int p : {72, 76, 79, 76, 69, 72, 77, 72, 71, 74, 79, 74, 72, 72, 72, 72}) {
        melody.push_back(Note{p, t, 480, 90});
        t += 480;
    }
    const ChordAnalysis a = Harmoniser(m).harmonise(melody, 480, 4, 0, t);
    ASSERT_EQ(a.chords.size(), 4u);
    EXPECT_EQ(a.chords[0].chord, Chord::parseLeadSheet("C"));
    EXPECT_EQ(a.chords[1].chord, Chord::parseLeadSheet("F"));
    EXPECT_EQ(a.chords[2].chord, Chord::parseLeadSheet("G"));
    EXPECT_EQ(a.chords[3].chord, Chord::parseLeadSheet("C"));
    EXPECT_EQ(a.chords[1].start, 1920);
    EXPECT_EQ(a.key.majorTonic(), 0);
}

TEST(Harmoniser, NamesTheMissingMelodyTrack) {
    Score s;
    s.ensureTrack("Lead");
    try {
        Harmoniser(cadenceModel()).harmonise(s, "Melody");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("Melody"), std::string::npos);
    }
}
