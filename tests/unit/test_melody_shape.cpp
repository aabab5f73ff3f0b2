// Melody-shape metrics (issue 15) on hand-made lines whose answers are known.
#include "model/train/MelodyShape.h"

#include <gtest/gtest.h>

using namespace fgg;

namespace {
constexpr Tick kStep = 120, kBeat = 4 * kStep, kBar = 16 * kStep;

Note note(int pitch, Tick start, Tick length) {
    return Note{pitch, start, length, 100};
}
/// A line of quarter notes from tick 0.
std::vector<Note> quarters(const std::vector<int>& pitches) {
    std::vector<Note> out;
    for (std::size_t i = 0; i < pitches.size(); ++i)
        out.push_back(note(pitches[i], Tick(i) * kBeat, kBeat));
    return out;
}
} // namespace

TEST(MelodyShape, LineTakesTheHighestNoteOfEachOnsetInTimeOrder) {
    const std::vector<Note> notes{note(64, kBeat, kBeat), note(60, 0, kBeat), note(55, 0, kBeat),
                                  note(67, 2 * kBar, kBeat)};
    const auto line = melodyLine(notes, 0, kBar);
    ASSERT_EQ(line.size(), 2u); // the note at 2 bars lies outside the span
    EXPECT_EQ(line[0].pitch, 60);
    EXPECT_EQ(line[1].pitch, 64);
}

TEST(MelodyShape, IntervalsCountLeapsAboveAFifthAndStepsUpToAWholeTone) {
    // C D E G C' A: intervals 2, 2, 3, 5, 3 -> steps 2, no leap; then a leap of an octave down (A -> A,).
    const IntervalCounts c = melodyIntervals(quarters({60, 62, 64, 67, 72, 69, 57}), 0, 2 * kBar);
    EXPECT_EQ(c.intervals, 6);
    EXPECT_EQ(c.steps, 2);
    EXPECT_EQ(c.leaps, 1);
    EXPECT_DOUBLE_EQ(c.meanInterval(), (2 + 2 + 3 + 5 + 3 + 12) / 6.0);
    EXPECT_DOUBLE_EQ(c.leapRate(), 1 / 6.0);
    EXPECT_DOUBLE_EQ(c.stepRate(), 2 / 6.0);
    // A repeated note is a step; a fifth (7) is not a leap, a minor sixth (8) is.
    const IntervalCounts r = melodyIntervals(quarters({60, 60, 67, 75}), 0, kBar);
    EXPECT_EQ(r.steps, 1);
    EXPECT_EQ(r.leaps, 1);
    EXPECT_EQ(melodyIntervals(quarters({60}), 0, kBar).intervals, 0);
    EXPECT_DOUBLE_EQ(melodyIntervals({}, 0, kBar).leapRate(), 0.0);
}

TEST(MelodyShape, MelodyAboveCountsOnlySixteenthsWhereBothSound) {
    // Melody: E4 for the first half bar, then a rest. Accompaniment: C3-G3 the whole bar, plus an A4 in the
    // second quarter (above the melody's E4).
    const std::vector<Note> melody{note(64, 0, kBar / 2)};
    const std::vector<Note> acc{note(48, 0, kBar), note(55, 0, kBar), note(69, kBeat, kBeat)};
    const Share s = melodyAbove(melody, acc, kStep, 0, kBar);
    EXPECT_EQ(s.counted, 8); // the melody sounds 8 sixteenths, the accompaniment all of them
    EXPECT_EQ(s.hits, 4);    // above in the first quarter only
    EXPECT_DOUBLE_EQ(melodyAbove(melody, {}, kStep, 0, kBar).rate(), 0.0);
    // An equal pitch is not above.
    EXPECT_EQ(melodyAbove({note(60, 0, kBeat)}, {note(60, 0, kBeat)}, kStep, 0, kBeat).hits, 0);
}

TEST(MelodyShape, ChordTonesOnBeatsTestTheSoundingMelodyNoteAgainstTheChord) {
    const std::vector<ChordSpan> chords{{0, kBar, Chord::parse("C")}, {kBar, kBar, Chord::parse("Am")}};
    // Bar 1 beats: E (tone), F (not), G (tone), rest. Bar 2: A (tone), held over beat 2 (tone), B (not), C.
    std::vector<Note> melody{note(64, 0, kBeat),
                             note(65, kBeat, kBeat),
                             note(67, 2 * kBeat, kBeat),
                             note(69, kBar, 2 * kBeat),
                             note(71, kBar + 2 * kBeat, kBeat),
                             note(72, kBar + 3 * kBeat, kBeat)};
    const Share s = chordTonesOnBeats(melody, chords, kBeat, 0, 2 * kBar);
    EXPECT_EQ(s.counted, 7);
    EXPECT_EQ(s.hits, 5);
    // No chord, no count.
    EXPECT_EQ(chordTonesOnBeats(melody, {}, kBeat, 0, 2 * kBar).counted, 0);
}

TEST(MelodyShape, RangeIsMeasuredPerSpanAndAveraged) {
    // First 4 bars span C4..G4 (7), the next 4 bars C4..C5 (12).
    const std::vector<Note> notes{note(60, 0, kBeat), note(67, kBar, kBeat), note(60, 4 * kBar, kBeat),
                                  note(72, 5 * kBar, kBeat)};
    EXPECT_DOUBLE_EQ(rangePerSpan(notes, 4 * kBar, 0, 8 * kBar), 9.5);
    EXPECT_DOUBLE_EQ(rangePerSpan(notes, 8 * kBar, 0, 8 * kBar), 12.0);
    EXPECT_DOUBLE_EQ(rangePerSpan(notes, 4 * kBar, 0, 2 * kBar), 0.0); // no whole span
}

TEST(MelodyShape, SharesAddUp) {
    Share a{1, 2};
    a += Share{3, 6};
    EXPECT_EQ(a.hits, 4);
    EXPECT_EQ(a.counted, 8);
    EXPECT_DOUBLE_EQ(a.rate(), 0.5);
    EXPECT_DOUBLE_EQ(Share{}.rate(), 0.0);
}
