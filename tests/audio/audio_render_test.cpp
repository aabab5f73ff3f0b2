// Offline render: a known score to WAV, checked by length and by energy where notes are and are not.
#include "audio/OfflineRenderer.h"
#include "audio/RenderBench.h"
#include "audio/SoundFont.h"
#include "audio/WavReader.h"
#include "model/music/Error.h"
#include "tests/audio/SoundFontPresent.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <unistd.h>

using namespace fgg;
using namespace fgg::audio;

namespace {

std::filesystem::path tempDir() {
    auto dir = std::filesystem::temp_directory_path() / ("fgg-audio-render-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

/// 8 beats at 120 bpm (4 s): piano notes in beats 1-2 and 5-6 (1-based), nothing in 3-4 and 7-8.
Score knownScore() {
    Score s;
    s.tempos = {TempoChange{0, 120.0}};
    s.length = 8 * s.ticksPerBeat;
    Track& t = s.ensureTrack("Piano", 0);
    const Tick beat = s.ticksPerBeat;
    for (Tick start : {Tick(0), 4 * beat})
        for (int pitch : {60, 64, 67})
            t.add(Note{pitch, start, 2 * beat, 100});
    return s;
}

/// RMS of both channels over [from, to) seconds, full scale = 1.
double rms(const WavData& wav, double from, double to) {
    const auto a = static_cast<std::size_t>(from * wav.sampleRate);
    const auto b = std::min(wav.frames(), static_cast<std::size_t>(to * wav.sampleRate));
    double sum = 0;
    for (std::size_t f = a; f < b; ++f)
        for (int c = 0; c < wav.channels; ++c) {
            const double v =
                wav.samples[f * static_cast<std::size_t>(wav.channels) + static_cast<std::size_t>(c)] /
                32768.0;
            sum += v * v;
        }
    return b > a ? std::sqrt(sum / static_cast<double>((b - a) * static_cast<std::size_t>(wav.channels)))
                 : 0.0;
}

} // namespace

TEST(OfflineRender, KnownScoreHasTheRightLengthAndSoundsOnlyWhereNotesAre) {
    REQUIRE_SOUNDFONT();
    const auto path = (tempDir() / "known.wav").string();
    OfflineRenderer renderer;
    std::vector<double> progress;
    const RenderResult r = renderer.renderToFile(knownScore(), path, [&](double f) {
        progress.push_back(f);
        return true;
    });
    ASSERT_FALSE(r.cancelled);
    const WavData wav = readWavFile(path);
    EXPECT_EQ(wav.sampleRate, 44100);
    EXPECT_EQ(wav.channels, 2);
    // 8 beats at 120 bpm = 4 s, plus the 1.5 s tail.
    EXPECT_NEAR(wav.seconds(), 5.5, 1.0 / 44100 + 1e-9);
    EXPECT_EQ(static_cast<std::int64_t>(wav.frames()), r.frames);
    ASSERT_FALSE(progress.empty());
    EXPECT_DOUBLE_EQ(progress.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(progress.begin(), progress.end()));

    // Beat windows (0.5 s each). Where notes sound the energy is far above where none do; the windows right
    // after a note off carry its release and reverb, so the silent checks use the second half of each gap.
    const double loud1 = rms(wav, 0.05, 1.0);
    const double loud2 = rms(wav, 2.05, 3.0);
    const double quiet1 = rms(wav, 1.6, 2.0);
    const double quiet2 = rms(wav, 3.6, 4.0);
    const double end = rms(wav, 5.0, 5.5);
    std::printf("rms: notes %.4f %.4f, gaps %.5f %.5f, tail end %.5f\n", loud1, loud2, quiet1, quiet2, end);
    EXPECT_GT(loud1, 0.01);
    EXPECT_GT(loud2, 0.01);
    EXPECT_LT(quiet1, loud1 * 0.05);
    EXPECT_LT(quiet2, loud2 * 0.05);
    EXPECT_LT(end, loud2 * 0.01);
    // The two chords are the same: similar energy.
    EXPECT_NEAR(loud1 / loud2, 1.0, 0.25);
    std::filesystem::remove_all(tempDir());
}

TEST(OfflineRender, SampleRateOptionAndTempo) {
    REQUIRE_SOUNDFONT();
    Score s = knownScore();
    s.tempos = {TempoChange{0, 60.0}}; // 8 beats = 8 s
    RenderOptions o;
    o.sampleRate = 22050;
    o.tailSeconds = 0.5;
    OfflineRenderer renderer(o);
    std::vector<std::int16_t> samples;
    const RenderResult r = renderer.render(*PlaybackSnapshot::build(s), samples);
    EXPECT_EQ(r.sampleRate, 22050);
    EXPECT_EQ(r.frames, static_cast<std::int64_t>(std::ceil(8.5 * 22050)));
    EXPECT_EQ(samples.size(), static_cast<std::size_t>(r.frames) * 2);
}

TEST(OfflineRender, CancelLeavesNoFileAndKeepsAnOldOne) {
    REQUIRE_SOUNDFONT();
    const auto dir = tempDir();
    const auto path = (dir / "cancel.wav").string();
    OfflineRenderer renderer;
    int calls = 0;
    RenderResult r = renderer.renderToFile(knownScore(), path, [&](double) { return ++calls < 2; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_FALSE(std::filesystem::exists(path));
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()),
              0)
        << "the temp file was left behind";

    r = renderer.renderToFile(knownScore(), path);
    ASSERT_FALSE(r.cancelled);
    const auto size = std::filesystem::file_size(path);
    r = renderer.renderToFile(knownScore(), path, [](double f) { return f < 0.5; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(std::filesystem::file_size(path), size);
    std::filesystem::remove_all(dir);
}

TEST(OfflineRender, MetronomeClicksOnAnEmptyScore) {
    REQUIRE_SOUNDFONT();
    Score s;
    s.length = 4 * s.ticksPerBeat; // one bar of nothing
    RenderOptions o;
    o.metronome = true;
    o.tailSeconds = 0.2;
    OfflineRenderer renderer(o);
    std::vector<std::int16_t> samples;
    renderer.render(*PlaybackSnapshot::build(s), samples);
    WavData wav{44100, 2, samples};
    for (int beat = 0; beat < 4; ++beat)
        EXPECT_GT(rms(wav, beat * 0.5, beat * 0.5 + 0.1), 0.002) << "beat " << beat;
}

TEST(OfflineRender, BenchScoreRendersFasterThanRealTime) {
    REQUIRE_SOUNDFONT();
    // Speed figures belong to `fgg bench`; this only checks the function works and reports a sane number.
    const RenderSpeed speed = measureRenderSpeedDetailed({}, 44100, 1);
    std::printf("render speed: %.0fx real time (%.0fx by CPU time), %.1f s of audio\n", speed.realTime,
                speed.cpu, speed.audioSeconds);
    EXPECT_GT(speed.realTime, 1.0);
    EXPECT_GE(speed.cpu, speed.realTime * 0.9);
    EXPECT_GT(measureRenderSpeed({}, 22050, 1), 1.0);
    EXPECT_EQ(renderBenchScore().bars(), 8);
}

TEST(OfflineRender, UnwritableTargetNamesThePath) {
    REQUIRE_SOUNDFONT();
    OfflineRenderer renderer;
    try {
        renderer.renderToFile(knownScore(), "/nonexistent-folder/x.wav");
        FAIL() << "expected an Error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("/nonexistent-folder/x.wav"), std::string::npos) << e.what();
    }
}
