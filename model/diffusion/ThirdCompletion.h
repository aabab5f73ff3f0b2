#pragma once
// Third completion, a correction of the accompaniment's x0 in the manner of FGG (docs/generation.md, "The
// accompaniment states the chord"). POP909's piano parts sound the chord's third in 98 % of the half bars
// over a minor chord; the small accompaniment model sounds it in 72 %, and a minor chord without its third
// reads as major against the melody. Where neither the accompaniment's current x0 nor the melody sounds the
// third within one chord's stretch of a half bar, the third joins a chord the accompaniment already strikes
// there: at the onset step and row the network rates highest among the third's allowed rows around that
// chord, held as long as the longest note struck with it. It only raises allowed cells, so FGG's guarantee
// (no out-of-key note) holds, and epsilon is re-derived from the corrected x0 as after FGG's corrections.
#include "model/music/PitchClassSet.h"
#include "model/roll/PianoRoll.h"

#include <torch/torch.h>
#include <vector>

namespace fgg::diffusion {

/// Per step of a window, the pitch class to complete: the chord's third (`thirds`, Conditions.h
/// chordThirdPerStep), left empty in every stretch (one chord within one half bar of `halfBarSteps`) where
/// the melody sounds it.
std::vector<PitchClassSet> thirdsToComplete(const std::vector<PitchClassSet>& thirds, const PianoRoll& melody,
                                            int halfBarSteps);

/// x0 [B, 2, T, P] with the missing third of each stretch of at least a beat added (see above). `thirds`
/// [B, 1, T, P]: 1 on the rows of the pitch class to complete; `allowed` [B, 1, T, P]: the allowed cells.
torch::Tensor completeThirds(const torch::Tensor& x0, const torch::Tensor& allowed,
                             const torch::Tensor& thirds, int halfBarSteps);

} // namespace fgg::diffusion
