// Chord completion (ChordCompletion.h): where a chord's stretch of a half bar lacks the root, or the third
// that neither part sounds, the accompaniment adds it to a chord it strikes there, on an allowed row, held
// with that chord; nothing is added where the tone already sounds, where the melody has the third, where the
// accompaniment rests, or where no allowed row is near.
#include "model/diffusion/ChordCompletion.h"
#include "model/roll/Conditions.h"

#include <gtest/gtest.h>

using namespace fgg;
using namespace fgg::diffusion;

namespace {
constexpr int64_t T = 16, P = 64;
constexpr int kHalfBar = 8;

/// x0 [1, 2, T, P], low everywhere, with the accompaniment striking `rows` at step `at` for `length` steps.
torch::Tensor withChord(std::initializer_list<int64_t> rows, int64_t at, int64_t length) {
    torch::Tensor x0 = torch::full({1, 2, T, P}, 0.1f);
    for (int64_t r : rows) {
        x0[0][0][at][r] = 0.9f;
        for (int64_t t = at + 1; t < at + length; ++t)
            x0[0][1][t][r] = 0.9f;
    }
    return x0;
}

/// [1, 1, T, P]: 1 on every row of pitch class `pc` over steps [from, to).
torch::Tensor pitchClassRows(int pc, int64_t from, int64_t to) {
    torch::Tensor m = torch::zeros({1, 1, T, P});
    for (int64_t t = from; t < to; ++t)
        for (int64_t r = 0; r < P; ++r)
            if (roll::rowPitchClass(static_cast<int>(r)) == pc) m[0][0][t][r] = 1.0f;
    return m;
}

int row(int pitch) {
    return roll::pitchToRow(pitch);
}
} // namespace

TEST(ChordCompletion, AMissingMinorThirdJoinsTheStruckChordAndIsHeldWithIt) {
    // A minor over the first half bar: A2 + E3 struck at step 0 for 6 steps, no C anywhere.
    torch::Tensor x0 = withChord({row(45), row(52)}, 0, 6);
    x0[0][0][0][row(48)] = 0.3f; // the network's favourite C, inside the chord
    x0[0][0][4][row(60)] = 0.4f; // a larger C value, but at a step where nothing is struck
    const torch::Tensor allowed = torch::ones({1, 1, T, P});
    const torch::Tensor out =
        completeChordTone(x0, allowed, pitchClassRows(0, 0, 8), ChordTone::Third, kHalfBar);
    EXPECT_GT(out[0][0][0][row(48)].item<float>(), 0.5f);
    for (int64_t t = 1; t < 6; ++t)
        EXPECT_GT(out[0][1][t][row(48)].item<float>(), 0.5f) << t;
    EXPECT_LT(out[0][1][6][row(48)].item<float>(), 0.5f);
    EXPECT_LT(out[0][0][4][row(60)].item<float>(), 0.5f); // no new attack
    // Nothing else changed.
    torch::Tensor changed = (out - x0).abs() > 1e-6f;
    EXPECT_EQ(changed.sum().item<int64_t>(), 6);
}

TEST(ChordCompletion, NothingIsAddedWhereTheThirdSoundsTheChordRestsOrNoAllowedRowIsNear) {
    const torch::Tensor thirds = pitchClassRows(0, 0, 8);
    const torch::Tensor allowed = torch::ones({1, 1, T, P});
    // Already stated, by a held C.
    torch::Tensor stated = withChord({row(45), row(52)}, 0, 6);
    stated[0][1][3][row(60)] = 0.8f;
    EXPECT_TRUE(torch::equal(completeChordTone(stated, allowed, thirds, ChordTone::Third, kHalfBar), stated));
    // The accompaniment strikes nothing in the half bar.
    const torch::Tensor resting = torch::full({1, 2, T, P}, 0.1f);
    EXPECT_TRUE(
        torch::equal(completeChordTone(resting, allowed, thirds, ChordTone::Third, kHalfBar), resting));
    // Every C is disallowed (e.g. above the melody): the guarantee wins.
    const torch::Tensor chord = withChord({row(45), row(52)}, 0, 6);
    const torch::Tensor noC = allowed * (1 - pitchClassRows(0, 0, T));
    EXPECT_TRUE(torch::equal(completeChordTone(chord, noC, thirds, ChordTone::Third, kHalfBar), chord));
}

TEST(ChordCompletion, AStretchShorterThanABeatIsLeftAlone) {
    const torch::Tensor x0 = withChord({row(45), row(52)}, 4, 2);
    const torch::Tensor out =
        completeChordTone(x0, torch::ones({1, 1, T, P}), pitchClassRows(0, 4, 7), ChordTone::Third, kHalfBar);
    EXPECT_TRUE(torch::equal(out, x0));
}

TEST(ChordCompletion, TheMelodysThirdExcusesItsStretchOnly) {
    std::vector<PitchClassSet> thirds(16, PitchClassSet{0});
    PianoRoll melody(16);
    melody.at(PianoRoll::Onset, 2, row(72)) = 1.0f; // a C in the first half bar
    const auto asked = tonesToComplete(thirds, &melody, kHalfBar);
    for (int s = 0; s < 8; ++s)
        EXPECT_TRUE(asked[static_cast<std::size_t>(s)].empty()) << s;
    for (int s = 8; s < 16; ++s)
        EXPECT_TRUE(asked[static_cast<std::size_t>(s)].contains(0)) << s;
}

TEST(ChordCompletion, AMissingRootMayGoBelowTheChordAsItsBass) {
    // D minor without its D: F3 + A3 struck at step 8 for 8 steps; the network likes D3, below them, best.
    torch::Tensor x0 = withChord({row(53), row(57)}, 8, 8);
    x0[0][0][8][row(50)] = 0.35f;
    x0[0][0][8][row(62)] = 0.30f;
    const torch::Tensor allowed = torch::ones({1, 1, T, P}), d = pitchClassRows(2, 8, 16);
    const torch::Tensor root = completeChordTone(x0, allowed, d, ChordTone::Root, kHalfBar);
    EXPECT_GT(root[0][0][8][row(50)].item<float>(), 0.5f);
    EXPECT_LT(root[0][0][8][row(62)].item<float>(), 0.5f);
    // A third never goes below the chord.
    const torch::Tensor third = completeChordTone(x0, allowed, d, ChordTone::Third, kHalfBar);
    EXPECT_LT(third[0][0][8][row(50)].item<float>(), 0.5f);
    EXPECT_GT(third[0][0][8][row(62)].item<float>(), 0.5f);
}

TEST(ChordCompletion, ChordRootsAndThirds) {
    EXPECT_EQ(chordRootPerStep({{0, 480, Chord::parse("Am7/G")}}, 0, 4, 120)[0], PitchClassSet{9});
    const std::vector<ChordSpan> chords{{0, 480, Chord::parse("Am7")},
                                        {480, 480, Chord::parse("Gsus4")},
                                        {960, 480, Chord::parse("E7")},
                                        {1440, 480, Chord::parse("Bdim")}};
    const auto thirds = chordThirdPerStep(chords, 0, 16, 120);
    EXPECT_EQ(thirds[0], PitchClassSet{0});  // C over Am7
    EXPECT_TRUE(thirds[4].empty());          // a sus chord has none
    EXPECT_EQ(thirds[8], PitchClassSet{8});  // G# over E7
    EXPECT_EQ(thirds[12], PitchClassSet{2}); // D over Bdim
}
