// The melody's line preference in the rhythm correction (issue 15): a note that must start prefers a pitch
// near the neighbouring notes and, on beats, a chord tone; whatever the preference, only allowed pitches
// cross 0.5 and the onsets per step stay exact.
#include "model/diffusion/Guidance.h"
#include "model/diffusion/Sampler.h"
#include "model/diffusion/WindowedPass.h"
#include "model/roll/Conditions.h"

#include <gtest/gtest.h>

using namespace fgg;
using namespace fgg::diffusion;

namespace {
constexpr int64_t T = 16, P = 64;

/// x0 [1, 2, T, P] with a held note on `row` over steps [from, to) and a low background.
torch::Tensor withNote(int64_t row, int64_t from, int64_t to) {
    torch::Tensor x0 = torch::full({1, 2, T, P}, 0.1f);
    for (int64_t t = from; t < to; ++t)
        x0[0][1][t][row] = 0.9f;
    x0[0][0][from][row] = 0.9f;
    return x0;
}
} // namespace

TEST(LinePreference, ARequiredOnsetGoesNearTheLineRatherThanToTheLargestFarCell) {
    torch::Tensor x0 = withNote(30, 0, 4); // a note at row 30 over steps 0-3
    x0[0][0][4][60] = 0.45f;               // the largest onset at step 4 lies far above
    x0[0][0][4][31] = 0.30f;               // a smaller one a semitone above the line
    const torch::Tensor allowed = torch::ones({1, 1, T, P});
    torch::Tensor counts = torch::zeros({1, T}, torch::kLong);
    counts[0][0] = 1;
    counts[0][4] = 1;
    const torch::Tensor chordTones = torch::zeros({1, 1, T, P});

    const auto plain = rhythmCorrection(x0, allowed, counts);
    EXPECT_GT(plain[0][0][4][60].item<float>(), 0.5f); // the paper's choice: the largest value

    const auto pref = linePreference(x0, chordTones, LineWeights{1.0, 0.0});
    EXPECT_FLOAT_EQ(pref[0][4][31].item<float>(), 0.0f); // within a whole tone: free
    EXPECT_LT(pref[0][4][60].item<float>(), -1.0f);      // 30 semitones away: more than two octaves' cost
    const auto lined = rhythmCorrection(x0, allowed, counts, pref);
    EXPECT_GT(lined[0][0][4][31].item<float>(), 0.5f);
    EXPECT_LE(lined[0][0][4][60].item<float>(), 0.5f);
    EXPECT_EQ((lined.select(1, 0)[0][4] > 0.5f).sum().item<int64_t>(), 1);
}

TEST(LinePreference, AConfidentNoteFarFromTheLineGivesWayToANearOne) {
    torch::Tensor x0 = withNote(30, 0, 4);
    x0[0][0][4][60] = 0.80f; // already a note, and the only one at step 4: the paper's stage 1 keeps it
    x0[0][0][4][31] = 0.30f;
    const torch::Tensor allowed = torch::ones({1, 1, T, P});
    torch::Tensor counts = torch::zeros({1, T}, torch::kLong);
    counts[0][0] = 1;
    counts[0][4] = 1;
    EXPECT_GT(rhythmCorrection(x0, allowed, counts)[0][0][4][60].item<float>(), 0.5f);

    const auto pref = linePreference(x0, torch::zeros({1, 1, T, P}), LineWeights{});
    const auto lined = rhythmCorrection(x0, allowed, counts, pref);
    EXPECT_GT(lined[0][0][4][31].item<float>(), 0.5f);
    EXPECT_LE(lined[0][0][4][60].item<float>(), 0.5f);
    EXPECT_EQ((lined.select(1, 0)[0][4] > 0.5f).sum().item<int64_t>(), 1);
}

TEST(LinePreference, OnABeatAChordToneWins) {
    torch::Tensor x0 = withNote(30, 0, 4);
    x0[0][0][8][31] = 0.40f;
    x0[0][0][8][32] = 0.35f;
    torch::Tensor chordTones = torch::zeros({1, 1, T, P});
    chordTones[0][0][8][32] = 1.0f;
    torch::Tensor counts = torch::zeros({1, T}, torch::kLong);
    counts[0][8] = 1;
    const auto pref = linePreference(x0, chordTones, LineWeights{1.0, 0.1});
    const auto y = rhythmCorrection(x0, torch::ones({1, 1, T, P}), counts, pref);
    EXPECT_GT(y[0][0][8][32].item<float>(), 0.5f);
    EXPECT_LE(y[0][0][8][31].item<float>(), 0.5f);
}

TEST(LinePreference, OnlyAllowedPitchesCrossOneHalfWhateverThePreference) {
    torch::manual_seed(5);
    const torch::Tensor x0 = torch::randn({3, 2, 64, P}) * 0.6 + 0.3;
    torch::Tensor allowed = torch::zeros({3, 1, 64, P});
    for (int64_t p = 0; p < P; p += 3)
        allowed.select(3, p).fill_(1.0f);
    torch::Tensor counts = torch::randint(0, 3, {3, 64}, torch::kLong);
    // A preference that favours exactly the disallowed cells, strongly.
    const torch::Tensor pref = (1 - allowed.select(1, 0)) * 10.0f;
    const auto y = rhythmCorrection(harmonicCorrection(x0, allowed), allowed, counts, pref);
    EXPECT_EQ(((y > 0.5f) & (allowed < 0.5f).expand_as(y)).sum().item<int64_t>(), 0);
    EXPECT_TRUE(torch::equal((y.select(1, 0) > 0.5f).sum(-1), counts));
}

TEST(UnderMelody, AccompanimentRowsAtOrAboveTheMelodysSoundingPitchAreDisallowed) {
    PianoRoll melody(4);
    melody.at(0, 0, 30) = 1.0f; // a note on row 30 at steps 0-1
    melody.at(1, 1, 30) = 1.0f;
    melody.at(0, 1, 20) = 0.4f; // below the threshold: not a note
    const torch::Tensor m = belowMelody({melody});
    ASSERT_EQ(m.sizes(), (std::vector<int64_t>{1, 1, 4, P}));
    for (int t = 0; t < 2; ++t) {
        EXPECT_EQ(m[0][0][t].slice(0, 0, 30).sum().item<float>(), 30.0f) << t;
        EXPECT_EQ(m[0][0][t].slice(0, 30, P).sum().item<float>(), 0.0f) << t;
    }
    EXPECT_EQ(m[0][0][2].sum().item<float>(), float(P)); // the melody rests: no limit
}
