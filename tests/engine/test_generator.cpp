// The Generator facade end to end on tiny random-weight models: lead sheets of 4, 8 and 32 bars become one
// continuous piece per track, every note in key under FGG, regeneration keeps everything outside its region.
#include "model/diffusion/Generator.h"
#include "model/diffusion/RhythmPlan.h"
#include "model/diffusion/Runtime.h"
#include "model/music/LeadSheet.h"
#include "model/nn/CheckpointInfo.h"
#include "model/roll/Conditions.h"

#include "tests/engine/TinyModels.h"
#include <filesystem>

#include <gtest/gtest.h>

using namespace fgg;

namespace {

class GeneratorTest : public test::TinyModels<1, 2> {};

// Every sounding 16th of every note lies in the allowed set of the chord at that step.
void expectAllInKey(const Score& s, const std::string& trackName) {
    const Track* t = s.track(trackName);
    ASSERT_NE(t, nullptr) << trackName;
    for (const Note& n : t->notes)
        for (Tick at = n.start; at < n.end(); at += s.ticksPerSixteenth()) {
            const ChordSpan* c = s.chordAt(at);
            if (!c) continue;
            EXPECT_TRUE(c->chord.allowedPitchClasses().contains(n.pitch % 12))
                << trackName << " pitch " << n.pitch << " at tick " << at << " over "
                << c->chord.toLeadSheet();
        }
}

} // namespace

TEST_F(GeneratorTest, LeadSheetsOf4_8And32BarsGiveOnePieceInKey) {
    Generator g(files());
    const std::string bars4 = "| C G | Am7 | F | G7 |";
    const std::string bars8 = bars4 + " Dm7 G7 | Cmaj7 | Bb | Gsus4 G |";
    std::string bars32;
    for (int i = 0; i < 4; ++i)
        bars32 += bars8;
    for (const std::string& sheet : {bars4, bars8, bars32}) {
        const Score p = prompt(sheet);
        GenerationParams params;
        params.steps = 3;
        int calls = 0;
        const auto results = g.generate(p, params, [&](const GenerationProgress&) { ++calls; });
        ASSERT_EQ(results.size(), 1u);
        const Score& s = results.front();
        EXPECT_EQ(s.bars(), p.bars());
        EXPECT_EQ(s.chords, p.chords);
        expectAllInKey(s, kMelodyTrack);
        expectAllInKey(s, kAccompanimentTrack);
        for (const Track& t : s.tracks)
            for (const Note& n : t.notes)
                EXPECT_LE(n.end(), s.endTick());
        const int windows = p.bars() <= 4 ? 1 : (p.bars() - 4) / 2 + 1;
        EXPECT_EQ(calls, 2 * windows * params.steps) << sheet; // melody then accompaniment, per window
    }
}

TEST_F(GeneratorTest, SameSeedSameMusicAndCandidatesDiffer) {
    Generator g(files());
    GenerationParams params;
    params.steps = 4;
    params.seed = 99;
    params.candidates = 3;
    params.density = 0.4;
    const Score p = prompt("| Am | F | C | G |");
    const auto a = g.generate(p, params);
    const auto b = g.generate(p, params);
    ASSERT_EQ(a.size(), 3u);
    EXPECT_EQ(a, b);
    EXPECT_NE(a[0].track(kMelodyTrack)->notes, a[1].track(kMelodyTrack)->notes);
}

TEST_F(GeneratorTest, TwoStreamsWriteWhatOnePassAfterTheOtherWrites) {
    // With two or more intra-op threads Generate runs the melody's next window beside the accompaniment of
    // the window before (TwoStreams.h). The music must be that of the melody pass, then an accompaniment pass
    // over the finished melody: here two separate calls.
    if (configureRuntime().threads < 2) GTEST_SKIP() << "one intra-op thread: Generate runs one stream";
    Generator g(files());
    const Score p = prompt("| C G | Am7 | F | G7 | Dm7 G7 | Cmaj7 | Bb | Gsus4 G |"); // 3 windows a track
    GenerationParams params;
    params.steps = 3;
    params.seed = 5;
    params.candidates = 2;
    std::vector<std::pair<int, int>> reports; // (pass, step), as the progress bar sees them
    const auto together = g.generate(p, params, [&](const GenerationProgress& r) {
        reports.emplace_back(r.pass, r.step);
        EXPECT_EQ(r.track, r.pass <= 3 ? kMelodyTrack : kAccompanimentTrack);
    });
    // Reports in one stream's order: every pass counts its steps in turn, passes never go back.
    ASSERT_EQ(reports.size(), 6u * params.steps);
    for (std::size_t i = 0; i < reports.size(); ++i)
        EXPECT_EQ(reports[i], std::make_pair(int(i) / params.steps + 1, int(i) % params.steps + 1)) << i;
    params.task = Task::Melody;
    const auto melodies = g.generate(p, params);
    params.task = Task::Accompaniment;
    ASSERT_EQ(together.size(), 2u);
    for (std::size_t b = 0; b < together.size(); ++b) {
        // Candidate b's accompaniment draws candidate b's noise: take it from a call over melody b.
        const auto accompaniments = g.generate(melodies[b], params);
        EXPECT_EQ(together[b].track(kMelodyTrack)->notes, melodies[b].track(kMelodyTrack)->notes) << b;
        EXPECT_EQ(together[b].track(kAccompanimentTrack)->notes,
                  accompaniments[b].track(kAccompanimentTrack)->notes)
            << b;
    }
}

TEST_F(GeneratorTest, EveryPrecisionGivesInKeyMusicAndRepeatsItsSeed) {
    Generator g(files());
    const Score p = prompt("| Dm7 G7 | Cmaj7 | Bb | Gsus4 G |");
    for (Precision precision : {Precision::Float32, Precision::BFloat16, Precision::Auto}) {
        GenerationParams params;
        params.steps = 3;
        params.seed = 5;
        params.precision = precision;
        const auto a = g.generate(p, params);
        ASSERT_EQ(a.size(), 1u);
        expectAllInKey(a.front(), kMelodyTrack);
        expectAllInKey(a.front(), kAccompanimentTrack);
        EXPECT_EQ(a, g.generate(p, params)) << toString(precision);
    }
    EXPECT_NE(g.device(DevicePreference::Cpu, Precision::BFloat16).name.find("bf16"), std::string::npos);
    EXPECT_NE(g.device(DevicePreference::Cpu, Precision::Float32).name.find("fp32"), std::string::npos);
    EXPECT_EQ(parsePrecision("bf16"), Precision::BFloat16);
    EXPECT_THROW(parsePrecision("fp8"), Error);
}

TEST_F(GeneratorTest, RegenerateKeepsEverythingOutsideTheRegion) {
    Generator g(files());
    GenerationParams params;
    params.steps = 3;
    const Score p = prompt("| C | F | G | C | Am | F | G | C |");
    const Score first = g.generate(p, params).front();
    InpaintRegion r;
    r.track = kMelodyTrack;
    r.start = 2 * first.ticksPerBar();
    r.end = 4 * first.ticksPerBar();
    params.seed = 5;
    const Score second = g.regenerate(first, r, params).front();
    EXPECT_EQ(*second.track(kAccompanimentTrack), *first.track(kAccompanimentTrack));
    auto outside = [&](const Score& s) {
        std::vector<Note> out;
        for (const Note& n : s.track(kMelodyTrack)->notes)
            if (n.start < r.start || n.start >= r.end) out.push_back(n);
        return out;
    };
    EXPECT_EQ(outside(second), outside(first));
    for (const Note& n : second.track(kMelodyTrack)->notes) {
        if (n.start >= r.start && n.start < r.end) {
            EXPECT_LE(n.end(), r.end);
        }
    }
    expectAllInKey(second, kMelodyTrack);
}

TEST_F(GeneratorTest, AccompanimentNeedsAMelodyAndSaysSo) {
    Generator g(files());
    GenerationParams params;
    params.task = Task::Accompaniment;
    try {
        g.generate(prompt("| C | G |"), params);
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("needs a melody"), std::string::npos) << e.what();
    }
}

TEST_F(GeneratorTest, MissingModelIsAClearError) {
    Generator g(ModelFiles{"/nonexistent/melody.fggm", "/nonexistent/accompaniment.fggm"});
    try {
        g.generate(prompt("| C | G |"), GenerationParams{});
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent/melody.fggm"), std::string::npos) << e.what();
    }
}

TEST(RequestedRhythm, ABareLeadSheetGivesTheMelodyPop909sDensityAndLetsTheAccompanimentChoose) {
    GenerationParams bare;
    const auto melody = requestedRhythm(bare, Task::Melody, 64);
    ASSERT_TRUE(melody.has_value());
    EXPECT_EQ(*melody, rhythmFromDensity(kPop909MelodyDensity, 64, Task::Melody, bare.seed));
    EXPECT_FALSE(requestedRhythm(bare, Task::Accompaniment, 64).has_value());

    GenerationParams free = bare;
    free.freeRhythm = true;
    EXPECT_FALSE(requestedRhythm(free, Task::Melody, 64).has_value());

    GenerationParams drawn = free;
    drawn.rhythm = {1, 0, 1};
    const auto r = requestedRhythm(drawn, Task::Melody, 8);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(*r, (std::vector<int>{1, 0, 1, 1, 0, 1, 1, 0})); // a drawn rhythm wins, repeated over the piece
    // It is the melody's: the accompaniment keeps its own (here: free).
    EXPECT_FALSE(requestedRhythm(drawn, Task::Accompaniment, 8).has_value());
}

TEST_F(GeneratorTest, ABareLeadSheetsMelodyStartsTheRhythmBanksNotes) {
    Generator g(files());
    GenerationParams params;
    params.task = Task::Melody;
    params.steps = 3;
    const Score sheet = prompt("| C G | Am7 | F | G7 |");
    const Score s = g.generate(sheet, params).front();
    // From the shipped rhythm bank, matched to the chords' rhythm (RhythmBank.h).
    const auto& bank = RhythmBank::shipped();
    ASSERT_TRUE(bank.has_value());
    const auto plan = *requestedRhythm(params, Task::Melody, 64,
                                       chromaPerStep(sheet.chords, 0, 64, sheet.ticksPerSixteenth()), &*bank);
    std::vector<int> onsets(64, 0);
    for (const Note& n : s.track(kMelodyTrack)->notes)
        ++onsets[static_cast<std::size_t>(n.start / s.ticksPerSixteenth())];
    EXPECT_EQ(onsets, plan);
}
