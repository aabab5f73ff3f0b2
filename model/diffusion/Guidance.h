#pragma once
// Fine-grained guidance on the predicted clean roll x0_hat (fgg-method 6). All tensors are [B, 2, T, P]
// (channel 0 onset, 1 sustain); `allowed` is [B, 1, T, P] with 1 where the pitch may sound at that 16th step.
#include "model/music/PitchClassSet.h"

#include <torch/torch.h>
#include <vector>

namespace fgg::diffusion {

/// The allowed mask of each sample from its per-step pitch-class sets.
torch::Tensor allowedMask(const std::vector<std::vector<PitchClassSet>>& perSample, torch::Device device);

/// Harmonic correction (the paper's Eq. 8, 0.5 clamp): where a pitch is not allowed and x0_hat > 0.5, set it
/// to exactly 0.5, in onset and sustain. The decoder's strict > 0.5 then can never emit an out-of-key note.
torch::Tensor harmonicCorrection(const torch::Tensor& x0, const torch::Tensor& allowed);

/// Rhythm correction (fgg-method 6.5): on the onset channel, among allowed pitches, exactly `counts[b, t]`
/// cells end >= 0.501 and all others <= 0.499. `counts` is [B, T] (int64).
torch::Tensor rhythmCorrection(const torch::Tensor& x0, const torch::Tensor& allowed,
                               const torch::Tensor& counts);

/// `last-step` ablation: disallowed cells above the threshold are set to 0 (the notes are removed).
torch::Tensor removeDisallowed(const torch::Tensor& x0, const torch::Tensor& allowed);

/// `round` ablation: each disallowed cell above the threshold moves to the nearest allowed pitch of its step
/// (ties go down); the original cell is cleared.
torch::Tensor roundToAllowed(const torch::Tensor& x0, const torch::Tensor& allowed);

} // namespace fgg::diffusion
