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
    double boundSpeedup; ///< at the matrix-product rate; 0: not known
};

void printRatio(std::FILE* out, const Ratio& r, bool measuredHere, bool json) {
    if (json) {
        std::fprintf(out,
                     "{\"%s\": %.4f, \"authors_%s\": %.4f, \"speedup\": %.2f, \"target_speedup\": %.1f, "
                     "\"bound_speedup\": %.2f, \"authors_measured_here\": %s}\n",
                     r.key, r.ours, r.key, r.theirs, r.speedup, r.target, r.boundSpeedup,
                     measuredHere ? "true" : "false");
        return;
    }
    std::fprintf(out, "target %s: %.3f %s against the authors' %.3f %s (%s): %.2fx, target >= %.1fx: %s\n",
                 r.label, r.ours, r.unit, r.theirs, r.unit,
                 measuredHere ? "measured on this machine"
                              : "recorded on a 2-core Xeon with AMX when issue 20 was filed; give "
                                "--authors-sample/--authors-train for this machine",
                 r.speedup, r.target, r.speedup >= r.target ? "pass" : "FAIL");
    if (r.boundSpeedup <= 0) return;
    std::fprintf(out,
                 "  at this machine's matrix-product rate no code doing the same arithmetic passes %.2fx",
                 r.boundSpeedup);
    if (r.boundSpeedup < r.target)
        std::fprintf(out, ": the target is out of reach here\n");
    else
        std::fprintf(out, ": the target needs %.0f %% of that rate throughout\n",
                     100 * r.target / r.boundSpeedup);
}

} // namespace

void printAgainstAuthors(const OurFigures& ours, const AuthorsFigures& theirs, bool json, std::FILE* out) {
    const bool rateKnown = ours.paperGflopPerForward > 0 && ours.bestMatmulGflops > 0;
    if (ours.paperSampleSeconds) {
        const double s = *ours.paperSampleSeconds;
        const double boundSeconds = 20 * ours.paperGflopPerForward / ours.bestMatmulGflops;
        printRatio(out,
                   {"paper_sample_s", "paper 4-bar sample, fp32 for them", "s", s, theirs.sampleSeconds,
                    theirs.sampleSeconds / s, 7.0, rateKnown ? theirs.sampleSeconds / boundSeconds : 0},
                   theirs.measuredHere, json);
    }
    if (ours.paperTrainSamplesPerS) {
        const double r = *ours.paperTrainSamplesPerS;
        const double boundSamplesPerS = ours.bestMatmulGflops / (3 * ours.paperGflopPerForward);
        printRatio(out,
                   {"paper_train_samples_per_s", "paper training, batch 16", "samples/s", r,
                    theirs.trainSamplesPerS, r / theirs.trainSamplesPerS, 3.5,
                    rateKnown ? boundSamplesPerS / theirs.trainSamplesPerS : 0},
                   theirs.measuredHere, json);
    } else if (!json && ours.paperSampleSeconds) {
        std::fprintf(out, "target paper training: not measured (add --train)\n");
    }
}

} // namespace fgg::cli
