#pragma once
// The speed of a whole Generate with the shipped models, as a user meets it: the first one in a fresh engine
// (models read and converted, oneDNN making its kernels), the second, and the first after
// Generator::prepare() (what the app does at start-up). Torch-free: the CLI prints it.
#include "model/diffusion/GenerationParams.h"
#include "model/diffusion/Generator.h"
#include "model/music/Score.h"

namespace fgg {

struct FirstGenerateBench {
    double firstCold = 0;     ///< seconds: the first generate() of a fresh Generator
    double secondCold = 0;    ///< the second, same Generator
    double prepare = 0;       ///< prepare() of another fresh Generator
    double firstPrepared = 0; ///< its first generate() after prepare()
};

/// Runs the measurement on `piece` with `params` (seed fixed, so every run writes the same music).
FirstGenerateBench benchFirstGenerate(const Score& piece, const GenerationParams& params,
                                      const ModelFiles& files);

} // namespace fgg
