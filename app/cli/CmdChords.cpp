// fgg chords: the chords of a MIDI file (detected from its notes), printed as a lead sheet; with --learn it
// learns the progression table from POP909's training songs, with --eval it measures detection,
// harmonisation and suggestions on the validation songs (docs/chord-help.md).
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "app/cli/HarmonyCli.h"
#include "app/cli/JsonText.h"
#include "model/harmony/ChordBench.h"
#include "model/harmony/MelodyChordLearning.h"
#include "model/harmony/ProgressionLearning.h"
#include "model/midi/MidiFile.h"
#include "model/music/Error.h"

#include <cstdio>
#include <filesystem>

namespace fgg::cli {
namespace {

int learn(const Args& a) {
    const auto pop909 = a.value("pop909");
    const auto out = a.value("out");
    if (!pop909 || !out)
        throw Error("--learn needs --pop909 DIR and --out TABLE.txt (see `fgg help chords`)");
    harmony::LearnReport report;
    const harmony::ProgressionModel model = harmony::learnFromPop909(
        *pop909, a.intIn(limits::kProgressionOrder, 4), a.intIn(limits::kMinCount, 5), report);
    if (model.empty()) throw Error(*pop909 + ": no chord labels found in the training songs");
    model.save(*out);
    for (const std::string& s : report.skipped)
        std::fprintf(stderr, "skipped %s\n", s.c_str());
    std::printf("learned %lld progressions (%lld chords) from %d training songs; wrote %s (%lld bytes)\n",
                model.progressionsSeen(), report.chords, report.songs, out->c_str(),
                static_cast<long long>(std::filesystem::file_size(*out)));
    // The learned harmoniser's table, beside the progressions unless named.
    const std::string melodyOut =
        a.valueOr("melody-out", (std::filesystem::path(*out).parent_path() / "melody-chords.txt").string());
    harmony::MelodyLearnReport melodyReport;
    const harmony::MelodyChordModel melody = harmony::learnMelodyChordsFromPop909(*pop909, melodyReport);
    for (const std::string& s : melodyReport.skipped)
        std::fprintf(stderr, "skipped %s\n", s.c_str());
    if (melody.empty())
        throw Error(*pop909 + ": no melodies with chord labels and keys in the training songs");
    melody.save(melodyOut);
    std::printf("learned the melody key finder and chord network from %zu half bars of %d training songs; "
                "wrote %s (%lld bytes)\n",
                melodyReport.halfBars, melodyReport.songs, melodyOut.c_str(),
                static_cast<long long>(std::filesystem::file_size(melodyOut)));
    return 0;
}

int evaluate(const Args& a) {
    const auto pop909 = a.value("pop909");
    if (!pop909) throw Error("--eval needs --pop909 DIR (see `fgg help chords`)");
    const std::string split = a.valueOr("split", "valid");
    if (split != "valid" && split != "train")
        throw Error("--split must be 'valid' or 'train', not '" + split + "'");
    harmony::ChordBenchOptions options;
    options.split = split == "valid" ? harmony::Pop909Split::Validation : harmony::Pop909Split::Training;
    options.maxSongs = a.intIn(limits::kChordEvalSongs, 0);
    // The weights of fit against progressions, for measuring other settings than the defaults.
    options.detector.fitScale = a.numberIn(limits::kDetectScale, options.detector.fitScale);
    options.harmoniser.fitScale = a.numberIn(limits::kMelodyScale, options.harmoniser.fitScale);
    options.harmoniser.fit.complexity =
        a.numberIn(limits::kMelodyComplexity, options.harmoniser.fit.complexity);
    const harmony::ProgressionModel model = loadProgressions(a.value("model"));
    std::string why;
    const harmony::MelodyChordModel melody = loadMelodyChords(a.value("melody-model"), &why);
    if (!why.empty()) std::fprintf(stderr, "%s: the learned harmoniser is not measured\n", why.c_str());
    options.melodyChords = &melody;
    const harmony::ChordBenchResult r = harmony::runChordBench(*pop909, model, options);
    for (const std::string& s : r.skipped)
        std::fprintf(stderr, "skipped %s\n", s.c_str());
    std::printf("%d %s songs of POP909\n\n", r.songs, split == "valid" ? "validation" : "training");
    std::printf("%-28s %-32s %8s %8s\n", "measure", "method", "rate", "count");
    for (const harmony::ChordBenchRow& row : r.rows)
        std::printf("%-28s %-32s %8.3f %8lld\n", row.measure.c_str(), row.method.c_str(), row.rate(),
                    row.total);
    return 0;
}

int detect(const Args& a) {
    if (a.positional().size() != 1) throw Error("expects one MIDI file (see `fgg help chords`)");
    const std::string file = a.positional().front();
    MidiReadOptions options;
    options.chordsFromMarkers = false;
    const Score score = readMidiFile(file, options);
    const harmony::ProgressionModel model = loadProgressions(a.value("model"));
    const harmony::ChordDetector detector(a.has("templates") ? nullptr : &model);
    const harmony::ChordAnalysis analysis = detector.detect(score, a.valueOr("track", ""));
    if (analysis.chords.empty())
        throw Error(file + ": no notes" +
                    (a.has("track") ? " on track '" + a.valueOr("track", "") + "'" : "") +
                    " to read chords from");
    const std::string sheet = leadSheetOf(analysis, score);
    const Tick bar = score.ticksPerBar();
    if (a.has("json")) {
        std::printf("{\"file\": %s, \"key\": %s, \"chords\": [", jsonString(file).c_str(),
                    jsonString(analysis.key.key().toString()).c_str());
        for (std::size_t i = 0; i < analysis.chords.size(); ++i) {
            const ChordSpan& c = analysis.chords[i];
            std::printf(
                "%s\n  {\"start\": %lld, \"length\": %lld, \"bar\": %lld, \"chord\": %s, \"harte\": %s}",
                i ? "," : "", static_cast<long long>(c.start), static_cast<long long>(c.length),
                static_cast<long long>(c.start / bar + 1), jsonString(c.chord.toLeadSheet()).c_str(),
                jsonString(c.chord.toHarte()).c_str());
        }
        std::printf("\n], \"leadSheet\": %s}\n", jsonString(sheet).c_str());
        return 0;
    }
    std::printf("key: %s\n%s\n", analysis.key.key().toString().c_str(), sheet.c_str());
    return 0;
}

int run(const std::vector<std::string>& argv) {
    const Args a(argv,
                 {"track", "model", "melody-model", "melody-out", "pop909", "out", "order", "min-count",
                  "split", "songs", "detect-scale", "melody-scale", "melody-complexity"},
                 {"json", "learn", "eval", "templates"});
    if (a.has("learn")) return learn(a);
    if (a.has("eval")) return evaluate(a);
    return detect(a);
}

const CommandRegistration reg(
    "chords",
    {"chords of a MIDI file as a lead sheet; learn or measure the chord help",
     "fgg chords FILE.mid [--track NAME] [--json] [--templates] [--model TABLE]\n"
     "       fgg chords --learn --pop909 DIR --out TABLE.txt [--order 4] [--min-count 5]\n"
     "                  [--melody-out MELODY.txt]\n"
     "       fgg chords --eval --pop909 DIR [--split valid|train] [--songs N] [--model TABLE]\n"
     "                  [--melody-model MELODY.txt] [--detect-scale X] [--melody-scale X]\n"
     "                  [--melody-complexity X]\n"
     "  detects root, quality and bass per half bar (per beat where the harmony moves faster) and the key;\n"
     "  --templates: template matching alone, without the learned progressions;\n"
     "  --learn also learns the harmoniser's key finder and chord network (MELODY.txt: melody-chords.txt\n"
     "  beside TABLE.txt)",
     run});

} // namespace
} // namespace fgg::cli
