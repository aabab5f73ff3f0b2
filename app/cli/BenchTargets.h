#pragma once
// `fgg bench`'s figures against issue 20's targets, which are ratios to the authors' PyTorch code measured in
// the same run on the same machine: the paper preset's 4-bar sample at most 1/7 of their fp32 time, training
// at batch 16 at least 3.5x their samples per second. `fgg` cannot run their Python, so their figures come in
// as --authors-sample S and --authors-train R (docs/generation.md, "Speed and devices", says how they were
// measured); without them the figures recorded when the issue was filed stand in, named as such.

#include <cstdio>
#include <optional>

namespace fgg::cli {

struct AuthorsFigures {
    double sampleSeconds = 2.81;    ///< their paper UNet, 4-bar sample, 10 steps, CFG + FGG, fp32
    double trainSamplesPerS = 2.55; ///< their training step at batch 16, fp32
    bool measuredHere = false;      ///< false: the figures above, from a 2-core Xeon with AMX (issue 20)
};

struct OurFigures {
    std::optional<double> paperSampleSeconds; ///< the faster precision measured
    std::optional<double> paperTrainSamplesPerS;
    /// What the arithmetic allows on this machine: the paper preset's FLOPs at the fastest matrix-product
    /// rate measured (bf16 where the CPU has it). No code doing the same arithmetic beats these.
    double paperGflopPerForward = 0;
    double bestMatmulGflops = 0;
};

/// Prints one line per target: ours, theirs, the ratio, the target, pass / FAIL (or why not measured), and
/// with the rate known the most any implementation could reach here: a sample is 20 forwards (10 steps,
/// CFG's two halves), a training sample one forward and a backward of about twice its FLOPs.
void printAgainstAuthors(const OurFigures& ours, const AuthorsFigures& theirs, bool json,
                         std::FILE* out = stdout);

} // namespace fgg::cli
