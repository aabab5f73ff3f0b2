// fgg render: a MIDI file to a WAV file through the General MIDI synth, faster than real time.
// Built with the audio layer only (FGG_BUILD_GUI=ON); the headless build compiles this file to nothing.
#ifdef FGG_HAVE_AUDIO
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "audio/OfflineRenderer.h"
#include "model/midi/MidiFile.h"
#include "model/music/Error.h"

#include <chrono>
#include <cstdio>

namespace fgg::cli {
namespace {

int run(const std::vector<std::string>& argv) {
    Args a(argv, {"out", "soundfont", "sample-rate", "tail", "peak"},
           {"metronome", "chord-pad", "quiet", "synth-level"});
    if (a.positional().size() != 1) throw Error("expects one MIDI file (see `fgg help render`)");
    const std::string in = a.positional().front();
    const auto out = a.value("out");
    if (!out) throw Error("--out OUT.wav is required (see `fgg help render`)");

    audio::RenderOptions options;
    options.soundFont = a.valueOr("soundfont", "");
    options.sampleRate = a.intIn(limits::kSampleRate, 44100);
    options.tailSeconds = a.numberIn(limits::kTailSeconds, 1.5);
    options.metronome = a.has("metronome");
    options.playback.chordPad.enabled = a.has("chord-pad");
    if (a.has("synth-level") && a.value("peak"))
        throw Error("--peak and --synth-level contradict each other: give one (see `fgg help render`)");
    if (!a.has("synth-level")) options.peakDbfs = a.numberIn(limits::kPeakDbfs, -1.0);
    const bool quiet = a.has("quiet");

    const Score score = readMidiFile(in);
    const auto loadStart = std::chrono::steady_clock::now();
    audio::OfflineRenderer renderer(options);
    const double loadSeconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - loadStart).count();
    if (!quiet)
        std::fprintf(stderr, "soundfont %s loaded in %.2f s\n", renderer.soundFontPath().c_str(),
                     loadSeconds);

    int lastPercent = -1;
    const audio::RenderResult r = renderer.renderToFile(score, *out, [&](double fraction) {
        const int percent = static_cast<int>(fraction * 100);
        if (!quiet && percent / 10 != lastPercent / 10) {
            std::fprintf(stderr, "rendering %3d%%\n", percent);
            lastPercent = percent;
        }
        return true;
    });
    char level[64] = ", at the synth's level";
    if (options.peakDbfs) std::snprintf(level, sizeof level, ", peak %.1f dBFS", *options.peakDbfs);
    std::printf("rendered %.1f s of audio in %.2f s (%.0fx real time) to %s (%d Hz stereo 16-bit%s)\n",
                r.audioSeconds, r.wallSeconds, r.realTimeFactor(), out->c_str(), r.sampleRate, level);
    return 0;
}

const CommandRegistration reg("render",
                              {"render a MIDI file to WAV with the General MIDI synth",
                               "fgg render IN.mid --out OUT.wav [--soundfont F.sf2] [--sample-rate R] "
                               "[--tail SECONDS] [--metronome] [--chord-pad] [--peak DBFS | --synth-level] "
                               "[--quiet]\n"
                               "  The file is scaled so its loudest sample peaks at --peak dBFS (default -1, "
                               "at most 18 dB up); --synth-level keeps the level live playback has",
                               run});
} // namespace
} // namespace fgg::cli
#endif // FGG_HAVE_AUDIO
