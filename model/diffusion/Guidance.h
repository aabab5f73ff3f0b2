#pragma once
// Fine-grained guidance on the predicted clean roll x0_hat (method §6). All tensors are [B, 2, T, P]
// (channel 0 onset, 1 sustain); `allowed` is [B, 1, T, P] with 1 where the pitch may sound at that 16th step.
#include "model/diffusion/GenerationParams.h"
#include "model/music/PitchClassSet.h"

#include <torch/torch.h>
#include <vector>

namespace fgg::diffusion {

/// The allowed mask of each sample from its per-step pitch-class sets.
torch::Tensor allowedMask(const std::vector<std::vector<PitchClassSet>>& perSample, torch::Device device);

/// Harmonic correction (the paper's Eq. 8, 0.5 clamp): where a pitch is not allowed and x0_hat > 0.5, set it
/// to exactly 0.5, in onset and sustain. The decoder's strict > 0.5 then can never emit an out-of-key note.
torch::Tensor harmonicCorrection(const torch::Tensor& x0, const torch::Tensor& allowed);

/// Rhythm correction (method §6.5): on the onset channel, among allowed pitches, exactly `counts[b, t]`
/// cells end >= 0.501 and all others <= 0.499. `counts` is [B, T] (int64). Which allowed cells are kept or
/// raised goes by the onset value plus `preference` ([B, T, P], optional; see linePreference); the
/// thresholds act on the onset values alone, so only allowed pitches can cross 0.5 whatever the preference.
torch::Tensor rhythmCorrection(const torch::Tensor& x0, const torch::Tensor& allowed,
                               const torch::Tensor& counts, const torch::Tensor& preference = {});

/// How a melody's rhythm correction weighs the line (issue 15): the POP909 originals step far more than the
/// largest-onset choice does, so a note that must start prefers a pitch near the melody's neighbouring
/// notes (within `kLineStepFree` semitones free, then `near` per octave further) and, on beats, a chord tone
/// (`chordTone`). LineWeights is in GenerationParams.h.
inline constexpr float kLineStepFree = 2.0f;

/// The preference [B, T, P] for the rhythm correction: from the notes x0 holds at the neighbouring steps
/// (their pitch centre, nearer steps weighing more, the step itself left out) and `chordTones` ([B, 1, T, P],
/// 1 on the chord's pitch classes).
torch::Tensor linePreference(const torch::Tensor& x0, const torch::Tensor& chordTones, const LineWeights& w);

/// `last-step` ablation: disallowed cells above the threshold are set to 0 (the notes are removed).
torch::Tensor removeDisallowed(const torch::Tensor& x0, const torch::Tensor& allowed);

/// `round` ablation: each disallowed cell above the threshold moves to the nearest allowed pitch of its step
/// (ties go down); the original cell is cleared.
torch::Tensor roundToAllowed(const torch::Tensor& x0, const torch::Tensor& allowed);

} // namespace fgg::diffusion
