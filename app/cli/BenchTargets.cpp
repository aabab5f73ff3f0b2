#include "app/cli/BenchTargets.h"

#include <cstdio>

namespace fgg::cli {

void printAgainstAuthors(const OurFigures& ours, const AuthorsFigures& theirs, bool json) {
    const char* source = theirs.measuredHere ? "measured on this machine"
                                             : "recorded on a 2-core Xeon with AMX when issue 20 was filed; "
                                               "give --authors-sample/--authors-train for this machine";
    if (ours.paperSampleSeconds) {
        const double speedup = theirs.sampleSeconds / *ours.paperSampleSeconds;
        if (json)
            std::printf("{\"paper_sample_s\": %.4f, \"authors_sample_s\": %.4f, \"speedup\": %.2f, "
                        "\"target_speedup\": 7, \"authors_measured_here\": %s}\n",
                        *ours.paperSampleSeconds, theirs.sampleSeconds, speedup,
                        theirs.measuredHere ? "true" : "false");
        else
            std::printf("target paper 4-bar sample: %.3f s against the authors' %.3f s fp32 (%s): %.2fx, "
                        "target >= 7x: %s\n",
                        *ours.paperSampleSeconds, theirs.sampleSeconds, source, speedup,
                        speedup >= 7.0 ? "pass" : "FAIL");
    }
    if (ours.paperTrainSamplesPerS) {
        const double speedup = *ours.paperTrainSamplesPerS / theirs.trainSamplesPerS;
        if (json)
            std::printf("{\"paper_train_samples_per_s\": %.2f, \"authors_train_samples_per_s\": %.2f, "
                        "\"speedup\": %.2f, \"target_speedup\": 3.5, \"authors_measured_here\": %s}\n",
                        *ours.paperTrainSamplesPerS, theirs.trainSamplesPerS, speedup,
                        theirs.measuredHere ? "true" : "false");
        else
            std::printf("target paper training, batch 16: %.2f samples/s against the authors' %.2f (%s): "
                        "%.2fx, target >= 3.5x: %s\n",
                        *ours.paperTrainSamplesPerS, theirs.trainSamplesPerS, source, speedup,
                        speedup >= 3.5 ? "pass" : "FAIL");
    } else if (!json && ours.paperSampleSeconds) {
        std::printf("target paper training: not measured (add --train)\n");
    }
}

} // namespace fgg::cli
