#pragma once
// The reverse process with classifier-free guidance and fine-grained guidance (method §5, 6).
#include "model/diffusion/GenerationParams.h"
#include "model/diffusion/NoiseSchedule.h"
#include "model/nn/UNet.h"

#include <atomic>
#include <functional>
#include <torch/torch.h>

namespace fgg::diffusion {

struct SamplerInputs {
    torch::Tensor cond;         ///< [B, Cc, T, P] the real conditions (chord [+ melody])
    torch::Tensor nullCond;     ///< [B, Cc, T, P] the CFG "unconditional" conditions; undefined = no CFG
    torch::Tensor allowed;      ///< [B, 1, T, P] allowed pitches per step
    torch::Tensor rhythm;       ///< [B, T] onsets per step to enforce; undefined = none
    torch::Tensor knownMask;    ///< [B, 2, T, P] 1 = keep `knownValues` (inpainting); undefined = none
    torch::Tensor knownValues;  ///< [B, 2, T, P]
    torch::Tensor initialNoise; ///< [B, 2, T, P] x_T; undefined = drawn from the seed
    torch::Tensor
        chordTones; ///< [B, 1, T, P] 1 on chord tones: the melody's line preference; undefined = none
    /// [B, 1, T, P] 1 on the chord's root / third to complete (ChordCompletion.h); undefined = none.
    torch::Tensor roots, thirds;
    /// Accompaniment: hold sounding notes through sustain above this (NoteHold.h); 0.5 = no hold.
    float holdThreshold = 0.5f;
};

struct SamplerSettings {
    GuidanceMode guidance = GuidanceMode::Fgg;
    int steps = 10;
    double cfgScale = 7.5;
    double cfgRescale = 0.7;
    std::uint64_t seed = 0;
    LineWeights line; ///< used where `chordTones` is given (the melody)
};

/// Called after each step with the 1-based step and the current (guided) x0_hat.
using StepCallback = std::function<void(int step, int total, const torch::Tensor& x0)>;

class Sampler {
public:
    Sampler(nn::UNet model, torch::Device device);

    /// Runs the reverse process; returns x0 clamped to [0, 1] on the CPU. Throws Cancelled when `cancel` is
    /// set (checked before every step).
    torch::Tensor sample(const SamplerInputs& in, const SamplerSettings& settings,
                         const StepCallback& onStep = {}, const std::atomic<bool>* cancel = nullptr);

    /// Epsilon with CFG and rescale (method §5.3): eps_u + s (eps_c - eps_u), then
    /// r * eps_cfg * std(eps_c) / std(eps_cfg) + (1 - r) * eps_cfg (Lin et al. 2023, 3.4). One batched
    /// forward, or on the CPU with a team of two threads the two halves side by side (IntraOpThreads.h).
    torch::Tensor guidedEpsilon(const torch::Tensor& x, int t, const SamplerInputs& in,
                                const SamplerSettings& s);

private:
    nn::UNet model_;
    torch::Device device_;
    NoiseSchedule schedule_;
};

/// q(x_t | x_0) = sqrt(ab) x_0 + sqrt(1 - ab) eps  (DDPM Eq. 4).
torch::Tensor qSample(const torch::Tensor& x0, float alphaBar, const torch::Tensor& noise);

} // namespace fgg::diffusion
