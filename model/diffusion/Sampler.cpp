#include "model/diffusion/Sampler.h"

#include "model/diffusion/ChordCompletion.h"
#include "model/diffusion/Guidance.h"
#include "model/diffusion/IntraOpThreads.h"
#include "model/diffusion/NoteHold.h"

#include <cmath>

namespace fgg::diffusion {

torch::Tensor qSample(const torch::Tensor& x0, float alphaBar, const torch::Tensor& noise) {
    return std::sqrt(alphaBar) * x0 + std::sqrt(1.0f - alphaBar) * noise;
}

Sampler::Sampler(nn::UNet model, torch::Device device) : model_(std::move(model)), device_(device) {}

torch::Tensor Sampler::guidedEpsilon(const torch::Tensor& x, int t, const SamplerInputs& in,
                                     const SamplerSettings& s) {
    const bool cfg = in.nullCond.defined() && s.cfgScale != 1.0;
    const int64_t B = x.size(0);
    // The network runs in its own format (InferenceFormat.h); the guidance arithmetic stays fp32.
    const auto forward = [&](const torch::Tensor& input) {
        const torch::Tensor tt = torch::full({input.size(0)}, t, torch::dtype(torch::kLong).device(device_));
        return model_->forward(input, tt).to(torch::kFloat).contiguous();
    };
    if (!cfg) return forward(torch::cat({x, in.cond}, 1));
    torch::Tensor epsC, epsU;
    if (device_.is_cpu() && canRunSideBySide()) {
        // CFG's two halves side by side, one thread each, rather than one batch split across the threads
        // op by op: a small network's ops are too short to share well (issue 20; docs/generation.md).
        const auto half = [&](const torch::Tensor& cond, torch::Tensor& eps) {
            const c10::InferenceMode inference; // per thread, like the denormal mode
            at::globalContext().setFlushDenormal(true);
            eps = forward(torch::cat({x, cond}, 1));
        };
        runSideBySide([&] { half(in.cond, epsC); }, [&] { half(in.nullCond, epsU); });
    } else {
        const torch::Tensor eps =
            forward(torch::cat({torch::cat({x, in.cond}, 1), torch::cat({x, in.nullCond}, 1)}, 0));
        epsC = eps.narrow(0, 0, B);
        epsU = eps.narrow(0, B, B);
    }
    torch::Tensor epsCfg = epsU + s.cfgScale * (epsC - epsU);
    if (s.cfgRescale > 0) {
        // Per-sample std over all C x T x P elements.
        const auto stdC = epsC.reshape({B, -1}).std(1).view({B, 1, 1, 1});
        const auto stdG = epsCfg.reshape({B, -1}).std(1).view({B, 1, 1, 1});
        epsCfg = s.cfgRescale * epsCfg * (stdC / stdG) + (1.0 - s.cfgRescale) * epsCfg;
    }
    return epsCfg;
}

torch::Tensor Sampler::sample(const SamplerInputs& inHost, const SamplerSettings& s,
                              const StepCallback& onStep, const std::atomic<bool>* cancel) {
    torch::InferenceMode guard;
    model_->eval();
    auto onDevice = [&](const torch::Tensor& t) { return t.defined() ? t.to(device_) : t; };
    SamplerInputs in{onDevice(inHost.cond),         onDevice(inHost.nullCond),   onDevice(inHost.allowed),
                     onDevice(inHost.rhythm),       onDevice(inHost.knownMask),  onDevice(inHost.knownValues),
                     onDevice(inHost.initialNoise), onDevice(inHost.chordTones), onDevice(inHost.roots),
                     onDevice(inHost.thirds),       inHost.holdThreshold};
    const bool line = in.chordTones.defined() && (s.line.near != 0 || s.line.chordTone != 0);
    const int64_t B = in.cond.size(0), T = in.cond.size(2), P = in.cond.size(3);

    // All noise comes from one CPU generator, so a seed gives the same music on every device.
    auto gen = at::make_generator<at::CPUGeneratorImpl>(s.seed);
    auto draw = [&] { return torch::randn({B, 2, T, P}, gen, torch::kFloat).to(device_); };
    torch::Tensor x = in.initialNoise.defined() ? in.initialNoise : draw();
    const bool inpaint = in.knownMask.defined();
    // The `inpaint` guidance mode treats out-of-key cells as a known region holding silence.
    torch::Tensor keepMask = in.knownMask, keepValues = in.knownValues;
    if (s.guidance == GuidanceMode::Inpaint) {
        const torch::Tensor outOfKey = (in.allowed < 0.5f).expand({B, 2, T, P}).to(torch::kFloat);
        keepMask = inpaint ? torch::max(keepMask, outOfKey) : outOfKey;
        keepValues = inpaint ? keepValues * (1 - outOfKey) : torch::zeros_like(outOfKey);
    }
    const bool keep = keepMask.defined();

    const std::vector<SamplerStep> steps = samplerSteps(schedule_, s.steps);
    torch::Tensor x0;
    for (std::size_t i = 0; i < steps.size(); ++i) {
        if (cancel && cancel->load()) throw Cancelled();
        const SamplerStep& st = steps[i];
        const float a = st.alphaBar;
        torch::Tensor eps = guidedEpsilon(x, st.t, in, s);
        // x0_hat = (x_t - sqrt(1 - ab) eps) / sqrt(ab)    (DDPM Eq. 15 / the paper's Eq. 7)
        x0 = (x - std::sqrt(1.0f - a) * eps) / std::sqrt(a);
        if (s.guidance == GuidanceMode::Fgg) {
            x0 = harmonicCorrection(x0, in.allowed);
            if (in.rhythm.defined())
                x0 = rhythmCorrection(x0, in.allowed, in.rhythm,
                                      line ? linePreference(x0, in.chordTones, s.line) : torch::Tensor());
            if (in.roots.defined())
                x0 = completeChordTone(x0, in.allowed, in.roots, ChordTone::Root, kChordStretchSteps);
            if (in.thirds.defined())
                x0 = completeChordTone(x0, in.allowed, in.thirds, ChordTone::Third, kChordStretchSteps);
            if (in.holdThreshold < roll::kNoteThreshold) x0 = holdNotes(x0, in.allowed, in.holdThreshold);
            // Re-derive eps so the update is consistent with the corrected x0 (the paper's Eq. 8).
            eps = (x - std::sqrt(a) * x0) / std::sqrt(1.0f - a);
        }
        if (st.tPrev >= 0) {
            // DDIM-form update with the reference's sigma (method §5.2).
            const float ap = st.alphaBarPrev;
            const float dirScale = std::sqrt(std::max(0.0f, 1.0f - ap - st.sigma * st.sigma));
            x = std::sqrt(ap) * x0 + dirScale * eps + st.sigma * draw();
            if (keep) x = torch::where(keepMask > 0.5f, qSample(keepValues, ap, draw()), x);
        } else {
            x = x0;
        }
        if (keep) x0 = torch::where(keepMask > 0.5f, keepValues, x0);
        if (onStep) onStep(static_cast<int>(i) + 1, static_cast<int>(steps.size()), x0);
    }
    torch::Tensor out = x.clamp(0.0, 1.0);
    if (keep) out = torch::where(keepMask > 0.5f, keepValues, out); // the known region, bit for bit
    if (s.guidance == GuidanceMode::LastStep) out = removeDisallowed(out, in.allowed);
    if (s.guidance == GuidanceMode::Round) out = roundToAllowed(out, in.allowed);
    return out.to(torch::kCPU);
}

} // namespace fgg::diffusion
