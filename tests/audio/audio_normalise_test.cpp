// Exports at a useful level: the gain that puts a render's peak at the asked level (never more than the boost
// cap, never clipping), its 16-bit conversion, and a rendered file that ends up there while live playback's
// level stays the synth's.
#include "audio/MidiEvent.h"
#include "audio/OfflineRenderer.h"
#include "audio/PeakNormalise.h"
#include "audio/SoundFont.h"
#include "audio/Synth.h"
#include "audio/WavReader.h"
#include "model/music/Error.h"
#include "tests/audio/SoundFontPresent.h"

#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <limits>
#include <unistd.h>

using namespace fgg;
using namespace fgg::audio;

namespace {

double dbToAmplitude(double db) {
    return std::pow(10.0, db / 20.0);
}

int pcmPeak(const std::vector<std::int16_t>& samples) {
    int peak = 0;
    for (std::int16_t v : samples)
        peak = std::max(peak, std::abs(static_cast<int>(v)));
    return peak;
}

std::vector<std::int16_t> pcm16(const std::vector<float>& samples, double gain) {
    std::vector<std::int16_t> out(samples.size());
    toPcm16(samples.data(), samples.size(), gain, out.data());
    return out;
}

double gainFor(const std::vector<float>& samples, double peakDbfs) {
    return peakNormalisingGain(peakOf(samples.data(), samples.size()), peakDbfs);
}

TEST(PeakNormalise, PutsTheLoudestSampleAtTheAskedLevel) {
    const std::vector<float> samples{0.1f, -0.25f, 0.2f, 0.0f};
    EXPECT_EQ(peakOf(samples.data(), samples.size()), 0.25f);
    const double gain = gainFor(samples, -1.0);
    EXPECT_NEAR(gain * 0.25, dbToAmplitude(-1.0), 1e-7);
    EXPECT_EQ(pcmPeak(pcm16(samples, gain)), static_cast<int>(std::lround(dbToAmplitude(-1.0) * 32767)));
}

TEST(PeakNormalise, LowersARenderThatWouldClip) {
    const std::vector<float> samples{1.6f, -0.3f};
    const double gain = gainFor(samples, -1.0);
    EXPECT_LT(gain, 1.0);
    EXPECT_LT(pcmPeak(pcm16(samples, gain)), 32767);
}

TEST(PeakNormalise, RaisesANearlySilentRenderByTheCapAtMost) {
    EXPECT_NEAR(gainFor({0.001f, -0.0005f}, -1.0), dbToAmplitude(kMaxNormaliseBoostDb), 1e-9);
    EXPECT_EQ(gainFor(std::vector<float>(8, 0.0f), -1.0), 1.0); // silence stays silence
    EXPECT_EQ(gainFor({}, -1.0), 1.0);
}

TEST(PeakNormalise, ClampsRoundsAndDropsWhatIsNotANumber) {
    const float nan = std::numeric_limits<float>::quiet_NaN();
    EXPECT_EQ(pcm16({2.0f, -2.0f, 0.5f, nan, -0.5f}, 1.0),
              (std::vector<std::int16_t>{32767, -32768, 16384, 0, -16384}));
    EXPECT_NEAR(gainFor({nan, 0.5f}, 0.0), 2.0, 1e-9); // a NaN does not decide the gain either
}

/// The peak of `blocks` blocks of a held middle C at the synth's current gain.
int heldNotePeak(Synth& synth, int blocks) {
    std::vector<std::int16_t> buffer(2 * 512);
    int peak = 0;
    for (int i = 0; i < blocks; ++i) {
        synth.render(buffer.data(), 512);
        peak = std::max(peak, pcmPeak(buffer));
    }
    return peak;
}

TEST(Synth, TheVolumeScalesTheLevel) {
    REQUIRE_SOUNDFONT();
    Synth loud, quiet;                      // the app's playback volume is this gain (Playback::setVolume)
    quiet.setGain(SynthOptions{}.gain / 4); // -12 dB
    for (Synth* s : {&loud, &quiet})
        s->send(MidiEvent::noteOn(0, 60, 100));
    const int a = heldNotePeak(loud, 8), b = heldNotePeak(quiet, 8);
    EXPECT_GT(a, 400);
    EXPECT_NEAR(static_cast<double>(b) / a, 0.25, 0.03);
}

Score fourNotes() {
    Score s;
    s.tempos = {TempoChange{0, 120.0}};
    s.length = 4 * s.ticksPerBeat;
    Track& t = s.ensureTrack("Piano", 0);
    for (int pitch : {60, 64, 67, 72})
        t.add(Note{pitch, 0, 2 * s.ticksPerBeat, 80});
    return s;
}

TEST(OfflineRenderer, AnExportWithAPeakLevelEndsThereAndTheSynthLevelStaysQuieter) {
    REQUIRE_SOUNDFONT();
    const auto dir = std::filesystem::temp_directory_path() / ("fgg-normalise-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    RenderOptions synthLevel;
    synthLevel.tailSeconds = 0.5;
    RenderOptions normalised = synthLevel;
    normalised.peakDbfs = -1.0;
    const std::string a = (dir / "synth.wav").string(), b = (dir / "normalised.wav").string();
    OfflineRenderer(synthLevel).renderToFile(fourNotes(), a);
    OfflineRenderer(normalised).renderToFile(fourNotes(), b);
    const WavData quiet = readWavFile(a), loud = readWavFile(b);
    EXPECT_EQ(quiet.frames(), loud.frames());
    // The second pass starts from a reset synth whose chorus and reverb state differ a little from the
    // first's: the peak lands within a fraction of a dB of the target (0.3 dB on the pieces measured).
    const int target = static_cast<int>(std::lround(dbToAmplitude(-1.0) * 32767));
    EXPECT_NEAR(20 * std::log10(pcmPeak(loud.samples) / 32767.0), -1.0, 0.5);
    EXPECT_GT(pcmPeak(quiet.samples), 100);
    EXPECT_LT(pcmPeak(quiet.samples), target / 2); // four soft notes at the synth's gain: well under -7 dBFS
    std::filesystem::remove_all(dir);
}

} // namespace
