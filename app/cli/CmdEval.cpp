// fgg eval: the paper's metrics on held-out songs, per guidance mode, beside the human originals.
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "model/data/DatasetCache.h"
#include "model/music/AtomicFile.h"
#include "model/train/Evaluation.h"

#include <cstdio>
#include <sstream>

namespace fgg::cli {
namespace {

/// The melody-shape table (issue 15) and each generated row's figures against the originals' and the targets.
void printShape(const std::vector<EvalRow>& rows) {
    std::printf("\n%-10s | %-58s | %-21s | %-15s\n", "", "melody shape", "melody + accompaniment",
                "accompaniment");
    std::printf("%-10s | %6s %6s %7s %7s %8s %9s %7s | %6s %14s | %6s %8s\n", "guidance", "leap", "step",
                "mean-int", "range", "register", "beat-tone", "notes/8", "above", "chord-acc", "range",
                "register");
    for (const EvalRow& r : rows)
        std::printf("%-10s | %6.3f %6.3f %8.2f %7.1f %8.1f %9.3f %7.1f | %6.3f %14.3f | %6.1f %8.1f\n",
                    r.label.c_str(), r.melody.leapRate, r.melody.stepRate, r.melody.meanInterval,
                    r.melody.pitchRange, r.melody.meanPitch, r.melody.chordTonesOnBeats,
                    8 * r.melody.notesPerBar, r.both.melodyAbove, r.both.chordAccuracy,
                    r.accompaniment.pitchRange, r.accompaniment.meanPitch);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        std::printf("\n%s against the originals (issue 15 targets):\n", rows[i].label.c_str());
        for (const TargetCheck& c : checkTargets(rows[i], rows.front()))
            std::printf("  %-20s %8.3f vs %8.3f  -> %6.3f  target %-10s %s\n", c.figure.c_str(), c.generated,
                        c.original, c.value, c.target.c_str(), c.pass ? "pass" : "FAIL");
    }
}

int run(const std::vector<std::string>& argv) {
    Args a(argv,
           {"pop909",
            "cache",
            "songs",
            "split",
            "guidance",
            "windows",
            "steps",
            "cfg",
            "accompaniment-cfg",
            "seed",
            "model",
            "rhythm",
            "precision",
            "bars",
            "accompany",
            "line-near",
            "line-chord-tone",
            "under-melody",
            "complete-chords",
            "hold-threshold",
            "dump"},
           {"json"});
    EvalOptions o;
    o.maxWindows = a.intIn(limits::kEvalWindows, o.maxWindows);
    o.steps = a.intIn(limits::kSteps, o.steps);
    o.cfgScale = a.numberIn(limits::kCfgScale, o.cfgScale);
    o.accompanimentCfgScale = a.numberIn(limits::kAccompanimentCfgScale, o.accompanimentCfgScale);
    o.seed = static_cast<std::uint64_t>(a.intIn(limits::kSeed, 0));
    o.pop909Dir = a.valueOr("pop909", "");
    o.cachePath = a.valueOr("cache", o.pop909Dir.empty() ? defaultDatasetCachePath() : "");
    if (auto songs = a.value("songs")) {
        const auto bytes = readFileBytes(*songs, 1 << 20);
        std::istringstream in(std::string(bytes.begin(), bytes.end()));
        for (int id; in >> id;)
            o.songIds.push_back(id);
    } else if (a.valueOr("split", "valid") != "valid") {
        throw Error("--split takes only 'valid' (the held-out songs); use --songs FILE for others");
    }
    if (!a.values("guidance").empty()) {
        o.modes.clear();
        for (const std::string& g : a.values("guidance"))
            o.modes.push_back(parseGuidance(g));
    }
    const std::string rhythm = a.valueOr("rhythm", "default");
    if (rhythm == "free")
        o.rhythm = EvalRhythm::Free;
    else if (rhythm == "original")
        o.rhythm = EvalRhythm::Original;
    else if (rhythm != "default")
        throw Error("--rhythm takes default (as fgg generate), free (the models choose) or original (each "
                    "window's own onsets, as the paper's test)");
    const std::string accompany = a.valueOr("accompany", "generated");
    if (accompany == "original")
        o.accompany = EvalAccompany::Original;
    else if (accompany != "generated")
        throw Error(
            "--accompany takes generated (the accompaniment on the generated melody, as fgg generate) "
            "or original (on the song's own melody)");
    o.bars = a.intIn(limits::kEvalBars, o.bars);
    o.line.near = a.numberIn(limits::kLineNear, o.line.near);
    o.line.chordTone = a.numberIn(limits::kLineChordTone, o.line.chordTone);
    o.underMelody = a.onOff("under-melody", o.underMelody);
    o.completeChords = a.onOff("complete-chords", o.completeChords);
    o.holdThreshold = a.numberIn(limits::kHoldThreshold, o.holdThreshold);
    o.precision = parsePrecision(a.valueOr("precision", "auto"));
    if (auto dir = a.value("model")) o.models = {*dir + "/melody.fggm", *dir + "/accompaniment.fggm"};
    o.dumpDir = a.valueOr("dump", "");
    const bool json = a.has("json");
    const auto rows = evaluate(o, [&](int done, int total) {
        if (!json) std::fprintf(stderr, "\rgenerating %d/%d", done, total);
    });
    if (json) {
        std::printf("[\n");
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const EvalRow& r = rows[i];
            auto obj = [](const TrackMetrics& m) {
                char buf[256];
                std::snprintf(buf, sizeof buf,
                              "{\"out_of_key\": %.4f, \"chord_accuracy\": %.4f, \"notes_per_bar\": %.3f, "
                              "\"pitch_range\": %.2f, \"mean_pitch\": %.2f, \"leap_rate\": %.4f, "
                              "\"step_rate\": %.4f, \"mean_interval\": %.3f, \"chord_tones_on_beats\": %.4f, "
                              "\"windows\": %d}",
                              m.outOfKey, m.chordAccuracy, m.notesPerBar, m.pitchRange, m.meanPitch,
                              m.leapRate, m.stepRate, m.meanInterval, m.chordTonesOnBeats, m.windows);
                return std::string(buf);
            };
            std::printf(
                "  {\"label\": \"%s\", \"melody\": %s, \"accompaniment\": %s, \"melody_above\": %.4f, "
                "\"joint_chord_accuracy\": %.4f}%s\n",
                r.label.c_str(), obj(r.melody).c_str(), obj(r.accompaniment).c_str(), r.both.melodyAbove,
                r.both.chordAccuracy, i + 1 < rows.size() ? "," : "");
        }
        std::printf("]\n");
        return 0;
    }
    std::fprintf(stderr, "\n");
    std::printf("%-10s | %-50s | %-50s\n", "", "melody", "accompaniment");
    std::printf("%-10s | %9s %9s %10s %8s %9s | %9s %9s %10s %8s %9s\n", "guidance", "out-key", "chord-acc",
                "notes/bar", "range", "mean-pitch", "out-key", "chord-acc", "notes/bar", "range",
                "mean-pitch");
    for (const EvalRow& r : rows)
        std::printf("%-10s | %8.2f%% %9.3f %10.2f %8.1f %9.1f | %8.2f%% %9.3f %10.2f %8.1f %9.1f\n",
                    r.label.c_str(), 100 * r.melody.outOfKey, r.melody.chordAccuracy, r.melody.notesPerBar,
                    r.melody.pitchRange, r.melody.meanPitch, 100 * r.accompaniment.outOfKey,
                    r.accompaniment.chordAccuracy, r.accompaniment.notesPerBar, r.accompaniment.pitchRange,
                    r.accompaniment.meanPitch);
    printShape(rows);
    std::printf(
        "(%d windows of %d bars; rhythm: %s; accompaniment on the %s melody; 'original' = the songs' own "
        "tracks; range per 4 bars)\n",
        rows.front().melody.windows, o.bars, rhythm.c_str(), accompany.c_str());
    return 0;
}

const CommandRegistration
    reg("eval",
        {"out-of-key rate, chord accuracy and density on held-out songs, per guidance mode",
         "fgg eval [--pop909 DIR | --cache FILE] [--songs FILE | --split valid] [--guidance MODE ...] "
         "[--rhythm default|free|original] [--accompany generated|original] [--bars N] [--line-near X] "
         "[--line-chord-tone X] [--under-melody on|off] [--complete-chords on|off] [--hold-threshold X] "
         "[--windows N] "
         "[--steps N] [--cfg X] [--accompaniment-cfg X] [--seed S] [--precision "
         "auto|fp32|bf16] [--model DIR] [--dump DIR] [--json]",
         run});
} // namespace
} // namespace fgg::cli
