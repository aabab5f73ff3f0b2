#include "model/diffusion/GenerationParams.h"

#include "model/diffusion/OptionLimits.h"

#include <cmath>

namespace fgg {

void checkGenerationParams(const GenerationParams& p) {
    auto check = [](const char* what, const NumberLimit& limit, double v) {
        if (!limit.accepts(v))
            throw Error(std::string(what) + " must be " + limit.describe() + ", got " +
                        NumberLimit::format(v));
    };
    check("the CFG scale", limits::kCfgScale, p.cfgScale);
    check("the accompaniment's CFG scale", limits::kAccompanimentCfgScale, p.accompanimentCfgScale);
    check("the number of diffusion steps", limits::kSteps, p.steps);
    check("the number of candidates", limits::kCandidates, p.candidates);
    if (p.density) check("the rhythm density", limits::kDensity, *p.density);
    check("the humanise amount", limits::kHumanise, p.humanise);
    check("the note hold threshold", limits::kHoldThreshold, p.holdThreshold);
    for (int onsets : p.rhythm)
        if (onsets < 0 || onsets > 64)
            throw Error("a rhythm step asks for " + std::to_string(onsets) + " onsets (0 to 64)");
    if (!std::isfinite(p.cfgRescale) || p.cfgRescale < 0 || p.cfgRescale > 1)
        throw Error("the CFG rescale factor must be a number from 0 to 1, got " +
                    NumberLimit::format(p.cfgRescale));
}

} // namespace fgg
