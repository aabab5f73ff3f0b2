// fgg study: listening tests from the command line. `report` prints the analysis of a study's answers (and
// writes it, or the raw answers, as CSV); `build` generates the stimuli headless; `plan` shows a
// participant's trial order. The studio's Tools > Listening Test does the same with windows.
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "model/music/AtomicFile.h"
#include "model/study/Answers.h"
#include "model/study/StimulusBuild.h"
#include "model/study/StudyReport.h"
#include "model/study/TrialPlan.h"
#ifdef FGG_HAVE_AUDIO
#include "audio/OfflineRenderer.h"
#endif

#include <cstdio>
#include <iostream>
#include <memory>
#include <unistd.h>

namespace fgg::cli {
namespace {

const char* kUsage =
    "fgg study report STUDY_DIR [--csv SUMMARY.csv] [--raw ANSWERS.csv]\n"
    "       fgg study build STUDY_DIR [--device auto|cpu|cuda] [--no-wav] [--soundfont F.sf2] "
    "[--overwrite] [--quiet]\n"
    "       fgg study plan STUDY_DIR [--participant N]";

std::string studyDir(const Args& a, const char* sub) {
    if (a.positional().size() != 2)
        throw Error(std::string("`fgg study ") + sub + "` expects one study folder (see `fgg help study`)");
    return a.positional()[1];
}

int report(const std::vector<std::string>& argv) {
    const Args a(argv, {"csv", "raw"}, {});
    const std::string dir = studyDir(a, "report");
    const study::Study s = study::loadStudy(dir);
    const auto logs = study::loadAllParticipants(dir);
    const study::StudyReport r = study::makeReport(s, logs);
    std::cout << study::reportText(r);
    if (auto csv = a.value("csv")) {
        writeFileAtomically(*csv, study::reportCsv(r));
        std::fprintf(stderr, "summary written to %s\n", csv->c_str());
    }
    if (auto raw = a.value("raw")) {
        writeFileAtomically(*raw, study::rawAnswersCsv(s, logs));
        std::fprintf(stderr, "raw answers written to %s\n", raw->c_str());
    }
    if (logs.empty()) std::fprintf(stderr, "note: %s has no answers yet\n", dir.c_str());
    return 0;
}

int build(const std::vector<std::string>& argv) {
    const Args a(argv, {"device", "soundfont"}, {"no-wav", "overwrite", "quiet"});
    const std::string dir = studyDir(a, "build");
    const study::Study s = study::loadStudy(dir);
    study::StimulusBuildOptions options;
    options.device = parseDevice(a.valueOr("device", "auto"));
    options.overwrite = a.has("overwrite");
#ifdef FGG_HAVE_AUDIO
    std::shared_ptr<audio::OfflineRenderer> renderer;
    if (!a.has("no-wav")) {
        audio::RenderOptions ro;
        ro.soundFont = a.valueOr("soundfont", "");
        renderer = std::make_shared<audio::OfflineRenderer>(ro);
        options.renderWav = [renderer](const Score& score, const std::string& path) {
            return !renderer->renderToFile(score, path).cancelled;
        };
    }
#else
    if (!a.has("no-wav"))
        std::fprintf(stderr,
                     "note: this fgg was built without the audio layer: writing MIDI only (no WAV)\n");
#endif
    const bool quiet = a.has("quiet");
    const bool tty = ::isatty(STDERR_FILENO);
    int lastIndex = -1, lastTenth = -1;
    options.progress = [&](const study::StimulusProgress& p) {
        if (quiet || p.index >= p.total) return;
        // A terminal gets a live line; a log gets a line per stimulus and per 10 % of the build.
        const int tenth = static_cast<int>(p.fraction * 10);
        if (!tty && p.index == lastIndex && tenth == lastTenth) return;
        lastIndex = p.index;
        lastTenth = tenth;
        std::fprintf(stderr, "%s[%d/%d] %-28s %3d%%%s%s", tty ? "\r" : "", p.index + 1, p.total,
                     p.name.c_str(), static_cast<int>(p.fraction * 100), p.skipped ? " (exists)" : "",
                     tty ? "" : "\n");
    };
    const study::StimulusBuildResult r = study::buildStimuli(s, dir, options);
    std::fprintf(stderr, "%s%d stimuli made, %d kept%s in %s/%s\n", tty && !quiet ? "\n" : "", r.made,
                 r.skipped, r.wav ? " (MIDI and WAV)" : " (MIDI)", dir.c_str(), study::kStimuliFolder);
    return 0;
}

int plan(const std::vector<std::string>& argv) {
    const Args a(argv, {"participant"}, {});
    const int participant = a.intIn(limits::kParticipant, 0);
    const std::string dir = studyDir(a, "plan");
    const study::Study s = study::loadStudy(dir);
    const study::TrialPlan p = study::makeTrialPlan(s, participant);
    std::printf("participant %d: %zu trials\n", participant, p.trials.size());
    for (const study::Trial& t : p.trials) {
        std::printf("%3d  %-12s sample %d ", t.index + 1, t.promptId.c_str(), t.sample);
        for (std::size_t i = 0; i < t.conditionOrder.size(); ++i)
            std::printf(" %s=%s", study::positionLetter(static_cast<int>(i)).c_str(),
                        t.conditionOrder[i].c_str());
        std::printf("\n");
    }
    return 0;
}

int run(const std::vector<std::string>& argv) {
    const std::string sub = argv.empty() ? "" : argv.front();
    if (sub == "report") return report(argv);
    if (sub == "build") return build(argv);
    if (sub == "plan") return plan(argv);
    throw Error("expects report, build or plan, then a study folder:\n  " + std::string(kUsage));
}

const CommandRegistration reg("study",
                              {"listening tests: report a study's results, build its stimuli", kUsage, run});
} // namespace
} // namespace fgg::cli
