#include "app/cli/BenchTargets.h"

#include <cstdio>

namespace fgg::cli {
namespace {

/// One figure of ours against the authors', as a speed-up against a target speed-up.
struct Ratio {
    const char* key;   ///< JSON key prefix: "paper_sample" or "paper_train"
    const char* label; ///< "paper 4-bar sample" ...
    const char* unit;  ///< "s" or "samples/s"
    double ours, theirs, speedup, target;
};

void printRatio(const Ratio& r, bool measuredHere, bool json) {
    if (json) {
        std::printf("{\"%s\": %.4f, \"authors_%s\": %.4f, \"speedup\": %.2f, \"target_speedup\": %.1f, "
                    "\"authors_measured_here\": %s}\n",
                    r.key, r.ours, r.key, r.theirs, r.speedup, r.target, measuredHere ? "true" : "false");
        return;
    }
    std::printf("target %s: %.3f %s against the authors' %.3f %s (%s): %.2fx, target >= %.1fx: %s\n", r.label,
                r.ours, r.unit, r.theirs, r.unit,
                measuredHere ? "measured on this machine"
                             : "recorded on a 2-core Xeon with AMX when issue 20 was filed; give "
                               "--authors-sample/--authors-train for this machine",
                r.speedup, r.target, r.speedup >= r.target ? "pass" : "FAIL");
}

} // namespace

void printAgainstAuthors(const OurFigures& ours, const AuthorsFigures& theirs, bool json) {
    if (ours.paperSampleSeconds) {
        const double s = *ours.paperSampleSeconds;
        printRatio({"paper_sample_s", "paper 4-bar sample, fp32 for them", "s", s, theirs.sampleSeconds,
                    theirs.sampleSeconds / s, 7.0},
                   theirs.measuredHere, json);
    }
    if (ours.paperTrainSamplesPerS) {
        const double r = *ours.paperTrainSamplesPerS;
        printRatio({"paper_train_samples_per_s", "paper training, batch 16", "samples/s", r,
                    theirs.trainSamplesPerS, r / theirs.trainSamplesPerS, 3.5},
                   theirs.measuredHere, json);
    } else if (!json && ours.paperSampleSeconds) {
        std::printf("target paper training: not measured (add --train)\n");
    }
}

} // namespace fgg::cli
