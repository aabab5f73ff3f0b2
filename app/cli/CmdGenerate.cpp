// fgg generate: a lead sheet in, a MIDI file with melody and accompaniment out.
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "model/diffusion/Generator.h"
#include "model/midi/MidiFile.h"
#include "model/music/AtomicFile.h"
#include "model/music/LeadSheet.h"
#include "model/music/Scale.h"

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace fgg::cli {
namespace {

Score promptFrom(const Args& a) {
    Score score;
    score.tempos = {TempoChange{0, a.numberIn(limits::kTempo, 100.0)}};
    std::string sheet = a.valueOr("chords", "");
    if (auto file = a.value("chords-file")) {
        const auto bytes = readFileBytes(*file, 1 << 20);
        sheet = std::string(bytes.begin(), bytes.end());
    }
    if (auto melodyFile = a.value("melody")) {
        const Score in = readMidiFile(*melodyFile);
        // The melody: a track named Melody, else the first track with notes.
        const Track* melody = in.track(kMelodyTrack);
        for (const Track& t : in.tracks)
            if (!melody && !t.notes.empty()) melody = &t;
        if (!melody) throw Error(*melodyFile + " has no notes to use as the melody");
        Track& dst = score.ensureTrack(kMelodyTrack);
        const double scale = double(score.ticksPerBeat) / in.ticksPerBeat;
        for (const Note& n : melody->notes)
            dst.notes.push_back(Note{n.pitch, static_cast<Tick>(n.start * scale),
                                     std::max<Tick>(1, static_cast<Tick>(n.length * scale)), n.velocity});
        if (sheet.empty()) {
            score.chords.clear();
            for (const ChordSpan& c : in.chords)
                score.chords.push_back(
                    {static_cast<Tick>(c.start * scale), static_cast<Tick>(c.length * scale), c.chord});
        }
        if (!in.tempos.empty() && !a.value("tempo")) score.tempos = in.tempos;
    }
    if (!sheet.empty()) score.chords = LeadSheet::parse(sheet).toChordSpans(score.ticksPerBar());
    if (score.chords.empty())
        throw Error("no chords: give --chords \"| C G | Am7 | F | G7 |\", --chords-file FILE, or a --melody "
                    "MIDI file "
                    "with chord markers");
    score.length = score.endTick();
    score.length = static_cast<Tick>(score.bars()) * score.ticksPerBar();
    return score;
}

/// out.mid -> out-2.mid: candidate K of several.
std::string candidatePath(const std::string& out, std::size_t k) {
    const std::size_t slash = out.find_last_of('/');
    const std::size_t dot = out.find_last_of('.');
    const bool hasExt = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return (hasExt ? out.substr(0, dot) : out) + "-" + std::to_string(k) +
           (hasExt ? out.substr(dot) : ".mid");
}

int run(const std::vector<std::string>& argv) {
    Args a(argv,
           {"chords", "chords-file", "task", "melody", "guidance", "scale", "density", "steps", "cfg", "seed",
            "candidates", "model", "melody-model", "accompaniment-model", "tempo", "out", "device",
            "precision"},
           {"chord-track", "quiet", "free-rhythm"});
    const std::string out = a.valueOr("out", "");
    if (out.empty()) throw Error("give --out FILE.mid");
    GenerationParams p;
    p.task = parseTask(a.valueOr("task", "both"));
    p.guidance = parseGuidance(a.valueOr("guidance", "fgg"));
    if (auto s = a.value("scale")) p.scale = parseScaleSpec(*s);
    p.density = a.numberIn(limits::kDensity);
    p.freeRhythm = a.has("free-rhythm");
    p.steps = a.intIn(limits::kSteps, 10);
    p.cfgScale = a.numberIn(limits::kCfgScale, 7.5);
    p.seed = static_cast<std::uint64_t>(a.intIn(limits::kSeed, 0));
    p.candidates = a.intIn(limits::kCandidates, 1);
    const std::string device = a.valueOr("device", "auto");
    p.device = device == "cpu"    ? DevicePreference::Cpu
               : device == "cuda" ? DevicePreference::Cuda
                                  : DevicePreference::Auto;
    if (device != "cpu" && device != "cuda" && device != "auto")
        throw Error("--device must be auto, cpu or cuda");
    p.precision = parsePrecision(a.valueOr("precision", "auto"));

    ModelFiles files = ModelFiles::shipped();
    if (auto dir = a.value("model")) files = {*dir + "/melody.fggm", *dir + "/accompaniment.fggm"};
    if (auto m = a.value("melody-model")) files.melody = *m;
    if (auto m = a.value("accompaniment-model")) files.accompaniment = *m;

    const Score prompt = promptFrom(a);
    Generator generator(files);
    const DeviceInfo info = generator.device(p.device, p.precision);
    if (!info.blasWarning.empty()) std::fprintf(stderr, "warning: %s\n", info.blasWarning.c_str());
    const bool tty = ::isatty(STDERR_FILENO) && !a.has("quiet");
    const auto t0 = std::chrono::steady_clock::now();
    const std::vector<Score> results = generator.generate(prompt, p, [&](const GenerationProgress& g) {
        if (a.has("quiet")) return;
        std::fprintf(stderr, "%s%s window %d/%d  step %d/%d%s", tty ? "\r" : "", g.track.c_str(), g.pass,
                     g.totalPasses, g.step, g.totalSteps, tty ? "   " : "\n");
    });
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    MidiWriteOptions w;
    w.chordTrack = a.has("chord-track");
    if (tty) std::fputc('\n', stderr);
    for (std::size_t i = 0; i < results.size(); ++i) {
        const std::string path = results.size() == 1 ? out : candidatePath(out, i + 1);
        writeMidiFile(results[i], path, w);
        const Score& s = results[i];
        const Track* mel = s.track(kMelodyTrack);
        const Track* acc = s.track(kAccompanimentTrack);
        std::fprintf(stderr, "%d bars: %zu melody notes, %zu accompaniment notes -> %s\n", s.bars(),
                     mel ? mel->notes.size() : 0, acc ? acc->notes.size() : 0, path.c_str());
    }
    std::fprintf(stderr, "%zu %s on %s in %.2f s\n", results.size(),
                 results.size() == 1 ? "piece" : "candidates", info.name.c_str(), seconds);
    return 0;
}

const CommandRegistration reg(
    "generate",
    {"melody and accompaniment for a lead sheet, as a MIDI file",
     "fgg generate --chords \"| C G | Am7 | F | G7 |\" [--chords-file F] [--task melody|accompaniment|both] "
     "[--melody in.mid] [--guidance fgg|none|last-step|round|inpaint] [--scale \"A dorian\"] [--density X | "
     "--free-rhythm] "
     "[--steps N] [--cfg X] [--seed S] [--candidates K (out-1.mid ... out-K.mid)] [--model DIR] "
     "[--melody-model F] [--accompaniment-model F] "
     "[--tempo BPM] [--device auto|cpu|cuda] [--precision auto|fp32|bf16] [--chord-track] --out out.mid",
     run});
} // namespace
} // namespace fgg::cli
