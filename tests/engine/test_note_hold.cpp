// Note hold (NoteHold.h): a sounding accompaniment note goes on through following cells whose sustain is
// above the hold threshold, never through a disallowed cell, a new onset or a cell the network rates low, and
// never starts a note where none sounds.
#include "model/diffusion/NoteHold.h"
#include "model/roll/PianoRoll.h"

#include <gtest/gtest.h>

using namespace fgg::diffusion;

namespace {
constexpr int64_t T = 16, P = 64;
constexpr int64_t kRow = 20;

torch::Tensor silence() {
    return torch::full({1, 2, T, P}, 0.05f);
}

/// Steps at which the note of `kRow` struck at step 0 sounds, as the decoder reads the roll.
int64_t soundingSteps(const torch::Tensor& x0) {
    int64_t s = 1;
    while (s < T && !(x0[0][0][s][kRow].item<float>() > fgg::roll::kNoteThreshold) &&
           x0[0][1][s][kRow].item<float>() > fgg::roll::kNoteThreshold)
        ++s;
    return s;
}
} // namespace

TEST(NoteHold, ASoundingNoteGoesOnThroughUncertainSustainAndStopsWhereItIsLow) {
    torch::Tensor x0 = silence();
    x0[0][0][0][kRow] = 0.9f; // struck
    x0[0][1][1][kRow] = 0.8f; // certain
    x0[0][1][2][kRow] = 0.45f;
    x0[0][1][3][kRow] = 0.35f; // uncertain: held
    x0[0][1][4][kRow] = 0.2f;  // low: the note ends
    x0[0][1][5][kRow] = 0.45f; // after the end: not joined again
    const torch::Tensor allowed = torch::ones({1, 1, T, P});
    ASSERT_EQ(soundingSteps(x0), 2);
    const torch::Tensor out = holdNotes(x0, allowed, 0.3f);
    EXPECT_EQ(soundingSteps(out), 4);
    EXPECT_LT(out[0][1][5][kRow].item<float>(), 0.5f);
    // Only the two held cells changed, and only just above the threshold.
    EXPECT_EQ(((out - x0).abs() > 1e-6f).sum().item<int64_t>(), 2);
    EXPECT_LT(out[0][1][2][kRow].item<float>(), 0.51f);
}

TEST(NoteHold, NeverHoldsThroughADisallowedCellOrANewOnsetNorStartsANote) {
    torch::Tensor x0 = silence();
    x0[0][0][0][kRow] = 0.9f;
    x0[0][1][1][kRow] = 0.4f;
    x0[0][1][2][kRow] = 0.4f; // disallowed below
    x0[0][1][3][kRow] = 0.4f;
    x0[0][0][6][kRow] = 0.7f; // a second note, struck again at 8
    x0[0][1][7][kRow] = 0.4f;
    x0[0][0][8][kRow] = 0.6f;
    x0[0][1][5][kRow + 1] = 0.45f; // sustain with no note sounding before it
    torch::Tensor allowed = torch::ones({1, 1, T, P});
    allowed[0][0][2][kRow] = 0.0f;
    const torch::Tensor out = holdNotes(x0, allowed, 0.3f);
    EXPECT_GT(out[0][1][1][kRow].item<float>(), 0.5f);
    EXPECT_FLOAT_EQ(out[0][1][2][kRow].item<float>(), 0.4f);
    EXPECT_FLOAT_EQ(out[0][1][3][kRow].item<float>(), 0.4f); // the note ended at the disallowed cell
    EXPECT_GT(out[0][1][7][kRow].item<float>(), 0.5f);
    EXPECT_FLOAT_EQ(out[0][0][8][kRow].item<float>(), 0.6f); // the re-strike stays a re-strike
    EXPECT_FLOAT_EQ(out[0][1][5][kRow + 1].item<float>(), 0.45f);
    // Onsets are never touched: the rhythm correction's counts hold.
    EXPECT_TRUE(torch::equal(out.select(1, 0), x0.select(1, 0)));
}
