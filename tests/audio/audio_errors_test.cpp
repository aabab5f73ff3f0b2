// What goes wrong is reported, never a crash: soundfonts, sample rates, no MIDI system, no audio device.
#include "audio/AudioOutput.h"
#include "audio/MidiInput.h"
#include "audio/MidiOutput.h"
#include "audio/MidiPortList.h"
#include "audio/SoundFont.h"
#include "audio/Synth.h"
#include "audio/WavReader.h"
#include "audio/WavWriter.h"
#include "model/music/Error.h"
#include "tests/audio/SoundFontPresent.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

using namespace fgg;
using namespace fgg::audio;

namespace {

std::filesystem::path tempDir() {
    auto dir = std::filesystem::temp_directory_path() / ("fgg-audio-errors-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    return dir;
}

std::string synthError(const std::string& soundFont) {
    try {
        SynthOptions o;
        o.soundFont = soundFont;
        Synth s(o);
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// No MIDI system on purpose: point JACK clients at a server that does not exist.
void noJackServer() {
    ::setenv("JACK_DEFAULT_SERVER", ("fgg-none-" + std::to_string(::getpid())).c_str(), 1);
}
bool alsaSequencerPresent() {
    return ::access("/dev/snd/seq", F_OK) == 0;
}

} // namespace

TEST(SoundFont, MissingFileNamesThePathAndWhatToDo) {
    const std::string msg = synthError("/no/such/dir/Missing.sf2");
    EXPECT_TRUE(contains(msg, "/no/such/dir/Missing.sf2")) << msg;
    EXPECT_TRUE(contains(msg, "install fluid-soundfont-gm or choose a soundfont in Preferences")) << msg;
}

TEST(SoundFont, NotASoundFontNamesThePath) {
    const auto path = (tempDir() / "garbage.sf2").string();
    std::ofstream(path) << "this is not a soundfont, just text long enough to have a header";
    const std::string msg = synthError(path);
    EXPECT_TRUE(contains(msg, path)) << msg;
    EXPECT_TRUE(contains(msg, "fluid-soundfont-gm")) << msg;
    std::filesystem::remove_all(tempDir());
}

TEST(SoundFont, TruncatedSoundFontIsAnErrorNotACrash) {
    const auto path = (tempDir() / "truncated.sf2").string();
    {
        std::ofstream out(path, std::ios::binary);
        out.write("RIFF\x10\0\0\0sfbkLIST", 16);
    }
    const std::string msg = synthError(path);
    EXPECT_TRUE(contains(msg, path)) << msg;
    std::filesystem::remove_all(tempDir());
}

TEST(SoundFont, CorruptSoundFontIsAnErrorNotACrash) {
    // A whole RIFF 'sfbk' file whose chunks are garbage: FluidSynth itself refuses it.
    const auto path = (tempDir() / "corrupt.sf2").string();
    {
        std::ofstream out(path, std::ios::binary);
        const std::string body = "sfbk" + std::string(60, 'x');
        const char size[4] = {static_cast<char>(body.size()), 0, 0, 0};
        out << "RIFF";
        out.write(size, 4);
        out << body;
    }
    const std::string msg = synthError(path);
    EXPECT_TRUE(contains(msg, path)) << msg;
    EXPECT_TRUE(contains(msg, "fluid-soundfont-gm")) << msg;
    std::filesystem::remove_all(tempDir());
}

TEST(Synth, SampleRateOutOfRangeIsAnError) {
    REQUIRE_SOUNDFONT();
    SynthOptions o;
    o.sampleRate = 1000;
    EXPECT_THROW(Synth{o}, Error);
}

TEST(Synth, DefaultSoundFontLoadsAndRendersSilenceWithoutNotes) {
    REQUIRE_SOUNDFONT();
    Synth s;
    EXPECT_FALSE(s.soundFontPath().empty());
    std::vector<std::int16_t> buf(2 * 512, 1234);
    s.render(buf.data(), 512);
    for (std::int16_t v : buf)
        EXPECT_LE(std::abs(v), 1); // dither at most
    s.send(MidiEvent::noteOn(0, 60, 100));
    for (int i = 0; i < 10; ++i)
        s.render(buf.data(), 512);
    int peak = 0;
    for (std::int16_t v : buf)
        peak = std::max(peak, std::abs(static_cast<int>(v)));
    EXPECT_GT(peak, 100);
    s.allNotesOff();
}

TEST(AudioOutput, UnknownDriverIsAStatus) {
    REQUIRE_SOUNDFONT();
    Synth s;
    AudioOutput out(s, "no-such-driver");
    EXPECT_FALSE(out.isOpen());
    EXPECT_TRUE(contains(out.status(), "no-such-driver")) << out.status();
}

TEST(AudioOutput, AutomaticChoiceNeverThrows) {
    REQUIRE_SOUNDFONT();
    noJackServer();
    Synth s;
    AudioOutput out(s);
    // On a machine without sound this is a status; on a desktop it plays.
    EXPECT_FALSE(out.status().empty());
    std::printf("audio output: %s\n", out.status().c_str());
    if (!out.isOpen()) {
        EXPECT_TRUE(contains(out.status(), "no audio output")) << out.status();
    }
    EXPECT_FALSE(AudioOutput::availableDrivers().empty());
}

TEST(Midi, NoJackServerIsAStatusNotAThrow) {
    noJackServer();
    std::string why;
    EXPECT_FALSE(jackServerRunning(&why));
    EXPECT_FALSE(why.empty());
    const MidiSystemStatus s = probeMidiSystem(MidiBackend::Jack);
    EXPECT_FALSE(s.available);
    EXPECT_TRUE(contains(s.message, "no MIDI system available (ALSA sequencer or JACK)")) << s.message;

    MidiOutput out(MidiBackend::Jack);
    EXPECT_FALSE(out.available());
    EXPECT_TRUE(contains(out.status(), "no MIDI system available")) << out.status();
    EXPECT_TRUE(out.ports().empty());
    EXPECT_FALSE(out.open("anything"));
    EXPECT_FALSE(out.openVirtual("fgg"));
    out.send(MidiEvent::noteOn(0, 60, 100)); // a no-op, not a crash
    out.allNotesOff();

    MidiInput in({}, MidiBackend::Jack);
    EXPECT_FALSE(in.available());
    EXPECT_FALSE(in.open(0u));

    MidiPortList list(MidiBackend::Jack);
    EXPECT_FALSE(list.available());
    EXPECT_FALSE(list.refresh());
    EXPECT_TRUE(list.inputs().empty());
    EXPECT_TRUE(contains(list.status(), "no MIDI system available")) << list.status();
}

TEST(Midi, NoAlsaSequencerIsAStatusNotAThrow) {
    if (alsaSequencerPresent()) GTEST_SKIP() << "this machine has an ALSA sequencer";
    noJackServer();
    MidiOutput out(MidiBackend::Alsa);
    EXPECT_FALSE(out.available());
    EXPECT_TRUE(contains(out.status(), "/dev/snd/seq")) << out.status();
    MidiOutput automatic;
    EXPECT_FALSE(automatic.available());
    EXPECT_TRUE(contains(automatic.status(), "no MIDI system available (ALSA sequencer or JACK)"))
        << automatic.status();
    std::printf("midi: %s\n", automatic.status().c_str());
}

TEST(WavWriter, WritesReadableFilesAtomically) {
    const auto dir = tempDir();
    const auto path = (dir / "x.wav").string();
    {
        WavWriter w(path, 48000, 2);
        const std::int16_t frames[] = {0, 1, -1, 32767, -32768, 5};
        w.write(frames, 3);
        EXPECT_FALSE(std::filesystem::exists(path)) << "nothing at the target before commit";
        w.commit();
    }
    const WavData wav = readWavFile(path);
    EXPECT_EQ(wav.sampleRate, 48000);
    EXPECT_EQ(wav.channels, 2);
    EXPECT_EQ(wav.samples, (std::vector<std::int16_t>{0, 1, -1, 32767, -32768, 5}));
    {
        WavWriter abandoned(path, 44100, 2); // destroyed without commit: the old file stays
        const std::int16_t f[] = {7, 7};
        abandoned.write(f, 1);
    }
    EXPECT_EQ(readWavFile(path).sampleRate, 48000);
    EXPECT_EQ(std::distance(std::filesystem::directory_iterator(dir), std::filesystem::directory_iterator()),
              1);
    std::filesystem::remove_all(dir);
}

TEST(WavReader, RejectsOtherFilesWithTheirPath) {
    const auto path = (tempDir() / "not.wav").string();
    std::ofstream(path) << "RIFF....WAVEjunk";
    try {
        readWavFile(path);
        FAIL() << "expected FileFormatError";
    } catch (const FileFormatError& e) {
        EXPECT_TRUE(contains(e.what(), path)) << e.what();
    }
    std::filesystem::remove_all(tempDir());
}
