#include "model/diffusion/GenerationParams.h"

#include "model/diffusion/OptionLimits.h"

namespace fgg {

const char* toString(Task t) {
    switch (t) {
    case Task::Melody:
        return "melody";
    case Task::Accompaniment:
        return "accompaniment";
    case Task::Both:
        return "both";
    }
    return "?";
}

const char* toString(GuidanceMode g) {
    switch (g) {
    case GuidanceMode::None:
        return "none";
    case GuidanceMode::LastStep:
        return "last-step";
    case GuidanceMode::Round:
        return "round";
    case GuidanceMode::Inpaint:
        return "inpaint";
    case GuidanceMode::Fgg:
        return "fgg";
    }
    return "?";
}

Task parseTask(const std::string& text) {
    for (Task t : {Task::Melody, Task::Accompaniment, Task::Both})
        if (text == toString(t)) return t;
    throw Error("unknown task '" + text + "' (choose melody, accompaniment or both)");
}

GuidanceMode parseGuidance(const std::string& text) {
    for (GuidanceMode g : {GuidanceMode::None, GuidanceMode::LastStep, GuidanceMode::Round,
                           GuidanceMode::Inpaint, GuidanceMode::Fgg})
        if (text == toString(g)) return g;
    throw Error("unknown guidance mode '" + text + "' (choose fgg, none, last-step, round or inpaint)");
}

const char* toString(Precision p) {
    switch (p) {
    case Precision::Auto:
        return "auto";
    case Precision::Float32:
        return "fp32";
    case Precision::BFloat16:
        return "bf16";
    }
    return "?";
}

Precision parsePrecision(const std::string& text) {
    for (Precision p : {Precision::Auto, Precision::Float32, Precision::BFloat16})
        if (text == toString(p)) return p;
    throw Error("unknown precision '" + text + "' (choose auto, fp32 or bf16)");
}

void checkGenerationParams(const GenerationParams& p) {
    auto check = [](const char* what, const NumberLimit& limit, double v) {
        if (!limit.accepts(v))
            throw Error(std::string(what) + " must be " + limit.describe() + ", got " +
                        NumberLimit::format(v));
    };
    check("the CFG scale", limits::kCfgScale, p.cfgScale);
    check("the number of diffusion steps", limits::kSteps, p.steps);
    check("the number of candidates", limits::kCandidates, p.candidates);
    if (p.density) check("the rhythm density", limits::kDensity, *p.density);
    if (!std::isfinite(p.cfgRescale) || p.cfgRescale < 0 || p.cfgRescale > 1)
        throw Error("the CFG rescale factor must be a number from 0 to 1, got " +
                    NumberLimit::format(p.cfgRescale));
}

} // namespace fgg
