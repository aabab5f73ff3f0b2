// The paper's piano-roll codec and condition channels (method §1-2): the exact layout the model was
// trained on, so a mistake here would silently teach or feed the model the wrong thing.
#include "model/music/Chord.h"
#include "model/roll/Conditions.h"
#include "model/roll/PianoRoll.h"

#include <algorithm>
#include <gtest/gtest.h>
#include <random>
#include <tuple>

using namespace fgg;

namespace {

constexpr Tick kStep = 120; // ticks per 16th at 480 per quarter

std::vector<Note> sorted(std::vector<Note> notes) {
    std::sort(notes.begin(), notes.end(), [](const Note& a, const Note& b) {
        return std::tie(a.start, a.pitch, a.length) < std::tie(b.start, b.pitch, b.length);
    });
    return notes;
}

/// Random grid-aligned notes in 33..96 with no two notes of one pitch overlapping (what a roll can hold).
std::vector<Note> randomGridNotes(unsigned seed, int steps) {
    std::mt19937 rng(seed);
    std::vector<Note> notes;
    for (int pitch = roll::kLowestPitch; pitch <= roll::kHighestPitch; ++pitch) {
        int step = static_cast<int>(rng() % 8);
        while (step < steps) {
            const int length = 1 + static_cast<int>(rng() % 6);
            if (rng() % 3 == 0)
                notes.push_back(Note{pitch, step * kStep, std::min(length, steps - step) * kStep, 100});
            step += length + static_cast<int>(rng() % 3); // may touch the next note: onset keeps them apart
        }
    }
    return notes;
}

} // namespace

TEST(PianoRoll, RowsArePitchesFromA1ToC7) {
    EXPECT_EQ(roll::pitchToRow(33), 0);
    EXPECT_EQ(roll::rowToPitch(63), 96);
    EXPECT_EQ(roll::rowPitchClass(0), 9);                  // A
    EXPECT_EQ(roll::rowPitchClass(roll::kChromaRowC3), 0); // C3 = MIDI 48
    EXPECT_EQ(roll::rowToPitch(roll::kChromaRowC4), 60);   // C4
}

TEST(PianoRoll, EncodeDecodeRoundTripsGridNotesExactly) {
    for (unsigned seed = 1; seed <= 20; ++seed) {
        const std::vector<Note> notes = randomGridNotes(seed, 64);
        ASSERT_FALSE(notes.empty());
        const PianoRoll r = encodeNotes(notes, 0, 64, kStep);
        EXPECT_EQ(sorted(decodeNotes(r, 0, kStep, 100)), sorted(notes)) << "seed " << seed;
    }
}

TEST(PianoRoll, EncodeMarksOnsetThenSustain) {
    const PianoRoll r = encodeNotes({Note{60, 2 * kStep, 3 * kStep, 90}}, 0, 8, kStep);
    const int row = roll::pitchToRow(60);
    for (int s = 0; s < 8; ++s) {
        EXPECT_EQ(r.at(PianoRoll::Onset, s, row), s == 2 ? 1.0f : 0.0f) << s;
        EXPECT_EQ(r.at(PianoRoll::Sustain, s, row), (s == 3 || s == 4) ? 1.0f : 0.0f) << s;
    }
}

TEST(PianoRoll, OffGridNotesSnapToTheNearestStepAndOutOfRangePitchesAreDropped) {
    const std::vector<Note> in{{60, 130, 100, 100}, {20, 0, 240, 100}, {100, 0, 240, 100}, {33, 0, 10, 100}};
    const std::vector<Note> out = sorted(decodeNotes(encodeNotes(in, 0, 16, kStep), 0, kStep, 100));
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0], (Note{33, 0, kStep, 100})); // shorter than a step: one step
    EXPECT_EQ(out[1], (Note{60, kStep, kStep, 100}));
}

TEST(PianoRoll, DecodeNeedsStrictlyMoreThanOneHalf) {
    PianoRoll r(4);
    const int row = roll::pitchToRow(64);
    r.at(PianoRoll::Onset, 0, row) = 0.5f;
    EXPECT_TRUE(decodeNotes(r, 0, kStep).empty()) << "0.5 is the FGG clamp value: not a note";
    r.at(PianoRoll::Onset, 0, row) = 0.5001f;
    r.at(PianoRoll::Sustain, 1, row) = 0.5f;
    const std::vector<Note> one = decodeNotes(r, 0, kStep);
    ASSERT_EQ(one.size(), 1u);
    EXPECT_EQ(one[0].length, kStep);
}

TEST(PianoRoll, SustainWithoutOnsetIsDropped) {
    PianoRoll r(4);
    r.at(PianoRoll::Sustain, 1, 10) = 1.0f;
    r.at(PianoRoll::Sustain, 2, 10) = 1.0f;
    EXPECT_TRUE(decodeNotes(r, 0, kStep).empty());
}

TEST(PianoRoll, OnsetCountsIncludePitchesOutsideTheRoll) {
    const std::vector<Note> notes{
        {20, 0, kStep, 100}, {60, 0, kStep, 100}, {100, 0, kStep, 100}, {60, kStep, kStep, 100}};
    const std::vector<int> counts = onsetCounts(notes, 0, 4, kStep);
    EXPECT_EQ(counts, (std::vector<int>{3, 1, 0, 0}));
}

TEST(Conditions, ChordWithRhythmCarriesTheCountOnOnsetStepsAndTheChromaElsewhere) {
    const PitchClassSet cMajor{0, 4, 7};
    const std::vector<PitchClassSet> chroma(3, cMajor);
    const PianoRoll c = chordRhythmCondition(chroma, {3, 0, 1});
    for (int row = 0; row < roll::kPitches; ++row) {
        const bool inBlocks = row >= roll::kChromaRowC3 && row < roll::kChromaRowC4 + 12;
        const bool chordTone = inBlocks && cMajor.contains(roll::rowPitchClass(row));
        EXPECT_EQ(c.at(0, 0, row), chordTone ? 3.0f : 0.0f) << row;
        EXPECT_EQ(c.at(1, 0, row), 0.0f) << row;
        EXPECT_EQ(c.at(0, 1, row), 0.0f) << row;
        EXPECT_EQ(c.at(1, 1, row), chordTone ? 1.0f : 0.0f) << row;
        EXPECT_EQ(c.at(0, 2, row), chordTone ? 1.0f : 0.0f) << row;
    }
}

TEST(Conditions, NoChordErasesTheCount) {
    const PianoRoll c = chordRhythmCondition({PitchClassSet{}}, {4});
    for (int row = 0; row < roll::kPitches; ++row) {
        EXPECT_EQ(c.at(0, 0, row), 0.0f);
        EXPECT_EQ(c.at(1, 0, row), 0.0f);
    }
}

TEST(Conditions, NullChordIsMinusChromaMinusOneOnEveryRow) {
    const PitchClassSet aMinor{9, 0, 4};
    const PianoRoll c = nullChordCondition({aMinor, PitchClassSet{}});
    for (int row = 0; row < roll::kPitches; ++row) {
        const bool inBlocks = row >= roll::kChromaRowC3 && row < roll::kChromaRowC4 + 12;
        const float expected = inBlocks && aMinor.contains(roll::rowPitchClass(row)) ? -2.0f : -1.0f;
        for (int ch = 0; ch < 2; ++ch) {
            EXPECT_EQ(c.at(ch, 0, row), expected) << row;
            EXPECT_EQ(c.at(ch, 1, row), -1.0f) << row;
        }
    }
}

TEST(Conditions, NullMelodyIsMinusOneEverywhere) {
    const PianoRoll m = nullMelodyCondition(64);
    EXPECT_TRUE(std::all_of(m.cells().begin(), m.cells().end(), [](float v) { return v == -1.0f; }));
    EXPECT_EQ(m.steps(), 64);
}

TEST(Conditions, ChromaPerStepFollowsTheChordSpans) {
    const std::vector<ChordSpan> chords{{0, 4 * kStep, Chord::parse("C")},
                                        {6 * kStep, 2 * kStep, Chord::parse("G7/B")}};
    const std::vector<PitchClassSet> chroma = chromaPerStep(chords, 0, 10, kStep);
    ASSERT_EQ(chroma.size(), 10u);
    EXPECT_EQ(chroma[0], (PitchClassSet{0, 4, 7}));
    EXPECT_EQ(chroma[3], (PitchClassSet{0, 4, 7}));
    EXPECT_TRUE(chroma[4].empty()) << "a gap between chords is no chord";
    EXPECT_EQ(chroma[6], (PitchClassSet{7, 11, 2, 5}));
    EXPECT_TRUE(chroma[9].empty());
}

TEST(Conditions, AllowedPitchesComeFromTheChordSymbolOrTheUserScale) {
    const std::vector<ChordSpan> chords{{0, kStep, Chord::parse("C")},
                                        {2 * kStep, kStep, Chord::parse("Gsus2")}};
    const std::vector<PitchClassSet> fromChords = allowedPerStep(chords, 0, 3, kStep);
    ASSERT_EQ(fromChords.size(), 3u);
    EXPECT_EQ(fromChords[0], (PitchClassSet{0, 2, 4, 5, 7, 9, 11})) << "C major triad -> C major scale";
    EXPECT_TRUE(fromChords[1].isAll()) << "no chord allows all twelve";
    // Gsus2 sounds G A D, which the chroma table would read as Dsus4 (D major, C#): the symbol says G major.
    EXPECT_EQ(fromChords[2], (PitchClassSet{7, 9, 11, 0, 2, 4, 6}));
    const PitchClassSet dorian{2, 4, 5, 7, 9, 11, 0};
    const std::vector<PitchClassSet> user = allowedPerStep(chords, 0, 3, kStep, &dorian);
    EXPECT_EQ(user[0], dorian);
    EXPECT_EQ(user[1], dorian);
}
