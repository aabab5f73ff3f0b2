// fgg generate: a lead sheet in, a MIDI file with melody and accompaniment out.
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "app/cli/GenerateInput.h"
#include "model/diffusion/GenerationSettings.h"
#include "model/diffusion/Generator.h"
#include "model/diffusion/RhythmText.h"
#include "model/midi/MidiFile.h"

#include <chrono>
#include <cstdio>
#include <unistd.h>

namespace fgg::cli {
namespace {

/// out.mid -> out-2.mid: candidate K of several.
std::string candidatePath(const std::string& out, std::size_t k) {
    const std::size_t slash = out.find_last_of('/');
    const std::size_t dot = out.find_last_of('.');
    const bool hasExt = dot != std::string::npos && (slash == std::string::npos || dot > slash);
    return (hasExt ? out.substr(0, dot) : out) + "-" + std::to_string(k) +
           (hasExt ? out.substr(dot) : ".mid");
}

int run(const std::vector<std::string>& argv) {
    Args a(argv, {"chords",     "chords-file", "task",   "melody",       "guidance",
                  "scale",      "density",     "steps",  "cfg",          "accompaniment-cfg",
                  "seed",       "candidates",  "model",  "melody-model", "accompaniment-model",
                  "tempo",      "out",         "device", "precision",    "motif",
                  "regenerate", "lock-notes",  "rhythm", "humanise"},
           {"chord-track", "quiet", "free-rhythm"});
    const std::string out = a.valueOr("out", "");
    if (out.empty()) throw Error("give --out FILE.mid");
    // The same settings the app's panel edits and a project file stores (model/diffusion/GenerationSettings).
    GenerationSettings settings;
    settings.task = parseTask(a.valueOr("task", "both"));
    settings.guidance = parseGuidance(a.valueOr("guidance", "fgg"));
    if (auto s = a.value("scale")) {
        settings.style = ScaleStyle::Custom;
        settings.customScale = *s;
    }
    settings.density = a.numberIn(limits::kDensity);
    settings.steps = a.intIn(limits::kSteps, 10);
    settings.cfgScale = a.numberIn(limits::kCfgScale, settings.cfgScale);
    settings.accompanimentCfgScale =
        a.numberIn(limits::kAccompanimentCfgScale, settings.accompanimentCfgScale);
    settings.seed = static_cast<std::uint64_t>(a.intIn(limits::kSeed, 0));
    settings.candidates = a.intIn(limits::kCandidates, 1);
    settings.humanise = a.numberIn(limits::kHumanise, settings.humanise);
    GenerationParams p = toParams(settings, std::nullopt, parseDevice(a.valueOr("device", "auto")));
    p.freeRhythm = a.has("free-rhythm");
    p.precision = parsePrecision(a.valueOr("precision", "auto"));
    if (auto r = a.value("rhythm")) p.rhythm = parseRhythmText(*r);
    if (a.has("motif") && a.has("regenerate"))
        throw Error("--motif continues a melody and --regenerate rewrites bars of one: give one of them");
    if (a.has("motif") && settings.task == Task::Accompaniment)
        throw Error("--motif is a melody to continue: use it with --task melody or both");
    if (a.has("regenerate") && !a.has("melody"))
        throw Error("--regenerate rewrites bars of a piece: give the piece with --melody FILE.mid");

    ModelFiles files = ModelFiles::shipped();
    if (auto dir = a.value("model")) files = {*dir + "/melody.fggm", *dir + "/accompaniment.fggm"};
    if (auto m = a.value("melody-model")) files.melody = *m;
    if (auto m = a.value("accompaniment-model")) files.accompaniment = *m;

    Score prompt = promptFrom(a);
    std::optional<Tick> continueFrom;
    if (auto motif = a.value("motif")) continueFrom = addMotif(prompt, *motif);
    if (auto lock = a.value("lock-notes")) lockNotesFrom(prompt, *lock);
    std::optional<InpaintRegion> region;
    if (auto bars = a.value("regenerate"))
        region = regenerateRegion(*bars, prompt,
                                  settings.task == Task::Accompaniment ? kAccompanimentTrack : kMelodyTrack);
    checkGenerationParams(p);
    Generator generator(files);
    const DeviceInfo info = generator.device(p.device, p.precision);
    if (!info.blasWarning.empty()) std::fprintf(stderr, "warning: %s\n", info.blasWarning.c_str());
    const bool tty = ::isatty(STDERR_FILENO) && !a.has("quiet");
    const auto t0 = std::chrono::steady_clock::now();
    const ProgressCallback progress = [&](const GenerationProgress& g) {
        if (a.has("quiet")) return;
        std::fprintf(stderr, "%s%s window %d/%d  step %d/%d%s", tty ? "\r" : "", g.track.c_str(), g.pass,
                     g.totalPasses, g.step, g.totalSteps, tty ? "   " : "\n");
    };
    const std::vector<Score> results = region ? generator.regenerate(prompt, *region, p, progress)
                                       : continueFrom
                                           ? generator.continueMelody(prompt, *continueFrom, p, progress)
                                           : generator.generate(prompt, p, progress);
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
     "[--steps N] [--cfg X] [--accompaniment-cfg X] [--seed S] [--candidates K (out-1.mid ... out-K.mid)] "
     "[--model DIR] "
     "[--melody-model F] [--accompaniment-model F] "
     "[--tempo BPM] [--device auto|cpu|cuda] [--precision auto|fp32|bf16] [--chord-track] "
     "[--motif M.mid (kept note for note; the melody continues after it)] "
     "[--regenerate A-B (bars of --melody's piece; --task accompaniment for its accompaniment)] "
     "[--lock-notes L.mid (kept wherever a region is regenerated)] "
     "[--rhythm \"x..x ..x. x... x.x.\" (melody onsets, one per 16th, repeated)] [--humanise 0..1] "
     "--out out.mid",
     run});
} // namespace
} // namespace fgg::cli
