// The melody rhythm bank: built from songs (training split only), its text form, and the rhythm it draws
// for a lead sheet (chord rhythm matched, density met on average, seeded).
#include "model/diffusion/RhythmBank.h"
#include "model/diffusion/RhythmPlan.h"
#include "model/music/Error.h"
#include "model/train/RhythmBankLearning.h"

#include <bit>
#include <gtest/gtest.h>

using namespace fgg;

namespace {
/// A song of `bars` bars of C major whose melody starts notes at `onsets` (steps within each bar).
QuantisedSong song(int id, int bars, std::vector<int> onsets) {
    QuantisedSong s;
    s.id = id;
    s.steps = 16 * bars;
    s.chroma.assign(static_cast<std::size_t>(s.steps), PitchClassSet{0, 4, 7}.mask());
    for (int bar = 0; bar < bars; ++bar)
        for (int o : onsets)
            s.melody.push_back({bar * 16 + o, 60, 1});
    return s;
}
int trainingId() {
    for (int id = 1;; ++id)
        if (!isValidationSong(id)) return id;
}
int validationId() {
    for (int id = 1;; ++id)
        if (isValidationSong(id)) return id;
}
} // namespace

TEST(RhythmBank, CountsTheTrainingSongsBarsByPhrasePositionAndChordRhythm) {
    const RhythmBank bank =
        learnRhythmBank({song(trainingId(), 8, {0, 4, 8, 12}), song(validationId(), 8, {0, 2})}, 1);
    // The chord starts at the song's first step only (a change in bar 0); later bars hold it. So phrase
    // position 0 has two chord rhythms (bars 0 and 4), the others one each (2 bars); the validation song is
    // left out.
    ASSERT_EQ(bank.bars().size(), 5u);
    for (const BarRhythm& b : bank.bars()) {
        EXPECT_EQ(b.onsets, 0x1111);
        EXPECT_EQ(b.count, b.phrasePosition == 0 ? 1 : 2);
        if (b.phrasePosition != 0) {
            EXPECT_EQ(b.chordChanges, 0x0000);
        }
    }
    EXPECT_TRUE(learnRhythmBank({song(trainingId(), 8, {0})}, 3).bars().empty()); // seen <= twice
}

TEST(RhythmBank, TextFormRoundTripsAndNamesTheBadLine) {
    const RhythmBank bank({{0, 0x0101, 0x5555, 12}, {1, 0x0001, 0x0001, 3}, {0, 0x0001, 0x1111, 40}});
    const RhythmBank back = RhythmBank::parse(bank.format(), "bank.txt");
    EXPECT_EQ(back.bars(), bank.bars());
    EXPECT_EQ(back.bars().front().count, 40); // most common first within a position
    try {
        RhythmBank::parse("# ok\n0 0001 0001 3\n5 0001 0001 3\n", "bank.txt");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("bank.txt:3"), std::string::npos) << e.what();
    }
    EXPECT_THROW(RhythmBank::parse("# only comments\n", "empty.txt"), Error);
}

TEST(RhythmBank, ChordChangesPerBarMarkWhereTheChordDiffers) {
    const PitchClassSet c{0, 4, 7}, g{7, 11, 2};
    std::vector<PitchClassSet> chroma(32, c);
    for (int i = 8; i < 24; ++i)
        chroma[static_cast<std::size_t>(i)] = g;
    const auto masks = chordChangesPerBar(chroma);
    ASSERT_EQ(masks.size(), 2u);
    EXPECT_EQ(masks[0], 0x0101); // C at step 0, G at step 8
    EXPECT_EQ(masks[1], 0x0100); // back to C at step 24
}

TEST(RhythmBank, ChoosesPatternsOfTheSameChordRhythmAndMeetsTheDensityOnAverage) {
    // Chord on the downbeat: sparse and dense patterns; chords on beats 1 and 3: only eighth notes.
    std::vector<BarRhythm> bars;
    for (int pos = 0; pos < 4; ++pos) {
        bars.push_back({pos, 0x0001, 0x0001, 50}); // 1 onset
        bars.push_back({pos, 0x0001, 0x1111, 50}); // 4 onsets
        bars.push_back({pos, 0x0001, 0x5555, 50}); // 8 onsets
        bars.push_back({pos, 0x0101, 0x5555, 50});
    }
    const RhythmBank bank(bars);
    const std::vector<std::uint16_t> changes(64, 0x0101);
    const auto eighths = bank.choose(0.1, changes, 7);
    ASSERT_EQ(eighths.size(), 64u * 16u);
    for (std::size_t i = 0; i < eighths.size(); ++i)
        EXPECT_EQ(eighths[i], i % 2 == 0 ? 1 : 0) << i; // the only pattern with that chord rhythm

    for (double density : {0.15, 0.27, 0.4}) {
        const auto r = bank.choose(density, std::vector<std::uint16_t>(400, 0x0001), 3);
        int onsets = 0;
        for (int v : r)
            onsets += v;
        EXPECT_NEAR(onsets / 400.0, density * 16, 0.5) << density;
    }
    // Seeded: the same seed gives the same rhythm, another seed another.
    const std::vector<std::uint16_t> some(16, 0x0001);
    EXPECT_EQ(bank.choose(0.27, some, 1), bank.choose(0.27, some, 1));
    EXPECT_NE(bank.choose(0.27, some, 1), bank.choose(0.27, some, 2));
}

TEST(RhythmBank, RequestedRhythmDrawsAMelodyFromTheBankAndTheMetricalPlanWithout) {
    const RhythmBank bank(
        {{0, 0x0001, 0x0005, 40}, {1, 0x0000, 0x0005, 40}, {2, 0x0000, 0x0005, 40}, {3, 0x0000, 0x0005, 40}});
    const std::vector<PitchClassSet> chroma(64, PitchClassSet{0, 4, 7});
    GenerationParams bare;
    const auto melody = requestedRhythm(bare, Task::Melody, 64, chroma, &bank);
    ASSERT_TRUE(melody.has_value());
    for (int bar = 0; bar < 4; ++bar)
        for (int i = 0; i < 16; ++i)
            EXPECT_EQ((*melody)[static_cast<std::size_t>(bar * 16 + i)], i == 0 || i == 2 ? 1 : 0);
    EXPECT_EQ(*requestedRhythm(bare, Task::Melody, 64, chroma, nullptr),
              rhythmFromDensity(kPop909MelodyDensity, 64, Task::Melody, bare.seed));
    EXPECT_FALSE(requestedRhythm(bare, Task::Accompaniment, 64, chroma, &bank).has_value());
}

TEST(RhythmBank, TheShippedBankLoads) {
    const auto& bank = RhythmBank::shipped();
    ASSERT_TRUE(bank.has_value()) << "resources/rhythm/melody-rhythms.txt";
    EXPECT_GT(bank->bars().size(), 1000u);
}
