// The evaluation's metrics (the paper's out-of-key rate, chord accuracy by a rule-based recogniser, density
// and register), on hand-made notes whose answers are known.
#include "model/train/Metrics.h"

#include <gtest/gtest.h>

using namespace fgg;

namespace {
constexpr Tick kStep = 120, kBar = 16 * kStep;

Note note(int pitch, Tick start, Tick length) {
    return Note{pitch, start, length, 100};
}
std::vector<ChordSpan> chords(const std::vector<std::string>& perBar) {
    std::vector<ChordSpan> out;
    for (std::size_t i = 0; i < perBar.size(); ++i)
        out.push_back({Tick(i) * kBar, kBar, Chord::parse(perBar[i])});
    return out;
}
} // namespace

TEST(Metrics, OutOfKeyCountsStepsWithAnyForeignNoteAmongSoundingSteps) {
    const auto c = chords({"C"});
    // C4 sounds 8 steps; F#4 (outside C major's allowed set) sounds 2 of them; 8 steps are silent.
    const std::vector<Note> notes{note(60, 0, 8 * kStep), note(66, 2 * kStep, 2 * kStep)};
    EXPECT_DOUBLE_EQ(outOfKeyRate(notes, c, kStep, 0, kBar), 2.0 / 8.0);
    EXPECT_DOUBLE_EQ(outOfKeyRate({note(60, 0, kBar)}, c, kStep, 0, kBar), 0.0);
    EXPECT_DOUBLE_EQ(outOfKeyRate({}, c, kStep, 0, kBar), 0.0); // nothing sounds: nothing out of key
}

TEST(Metrics, RecogniserFindsTriadsFromTheirNotes) {
    const RecognisedChord aMinor =
        recogniseChord({note(57, 0, kBar), note(60, 0, kBar), note(64, 0, kBar)}, 0, kBar);
    EXPECT_EQ(aMinor.root, 9);
    EXPECT_TRUE(aMinor.minor);
    const RecognisedChord g =
        recogniseChord({note(55, 0, kBar), note(59, 0, kBar), note(62, 0, kBar)}, 0, kBar);
    EXPECT_EQ(g.root, 7);
    EXPECT_FALSE(g.minor);
    EXPECT_EQ(recogniseChord({}, 0, kBar).root, -1);
}

TEST(Metrics, ChordAccuracyComparesEveryHalfBarWithNotesAgainstTheGivenChordAsATriad) {
    const auto c = chords({"C", "Am7"});
    // Bar 1: C major triad (match, twice); bar 2: first half A minor (match, Am7 -> A minor), second half
    // F major (no match); nothing else.
    std::vector<Note> notes;
    for (int p : {60, 64, 67})
        notes.push_back(note(p, 0, kBar));
    for (int p : {57, 60, 64})
        notes.push_back(note(p, kBar, kBar / 2));
    for (int p : {53, 57, 60})
        notes.push_back(note(p, kBar + kBar / 2, kBar / 2));
    const auto [matches, counted] = chordMatches(notes, c, kBar / 2, 0, 2 * kBar);
    EXPECT_EQ(counted, 4);
    EXPECT_EQ(matches, 3);
}

TEST(Metrics, DensityRangeAndRegisterCountNotesStartingInTheSpan) {
    const std::vector<Note> notes{note(60, 0, kStep), note(67, kBar, kStep), note(72, 2 * kBar, kStep),
                                  note(48, 5 * kBar, kStep)}; // the last starts after the span
    const DensityStats d = densityStats(notes, kBar, 0, 4 * kBar);
    EXPECT_DOUBLE_EQ(d.notesPerBar, 3.0 / 4.0);
    EXPECT_DOUBLE_EQ(d.pitchRange, 12.0);
    EXPECT_DOUBLE_EQ(d.meanPitch, (60.0 + 67.0 + 72.0) / 3.0);
    EXPECT_EQ(d.notes, 3);
    EXPECT_DOUBLE_EQ(densityStats({}, kBar, 0, kBar).meanPitch, 0.0);
}
