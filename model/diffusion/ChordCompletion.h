#pragma once
// Chord completion, a correction of the accompaniment's x0 in the manner of FGG (docs/generation.md, "The
// accompaniment states the chord"). POP909's piano parts sound the chord's root in 99 % of their half bars
// and its third in 98 % of those over a minor chord; the small accompaniment model left out the third of a
// minor chord in 28 % of them (heard as major) and the root in 4 % (heard as the relative major). Where a
// stretch of one chord within a half bar lacks the root, or the third that neither part sounds, that tone
// joins a chord the accompaniment already strikes there: at the onset step and row the network rates highest
// among the tone's allowed rows around that chord (the root may go below it and become the bass), held as
// long as the longest note struck with it. It only raises allowed cells, so FGG's guarantee (no out-of-key
// note) holds, and epsilon is re-derived from the corrected x0 as after FGG's own corrections.
#include "model/music/PitchClassSet.h"
#include "model/roll/PianoRoll.h"

#include <torch/torch.h>
#include <vector>

namespace fgg::diffusion {

enum class ChordTone { Root, Third };

/// The longest stretch that must state its chord: half a bar.
inline constexpr int kChordStretchSteps = roll::kStepsPerBar / 2;

/// Per step of a window, the pitch class to complete (`tones`: Conditions.h chordRootPerStep or
/// chordThirdPerStep), left empty in every stretch (one chord within one half bar of `halfBarSteps`) where
/// `melody` sounds it; no melody: nothing is excused.
std::vector<PitchClassSet> tonesToComplete(const std::vector<PitchClassSet>& tones, const PianoRoll* melody,
                                           int halfBarSteps);

/// x0 [B, 2, T, P] with the missing tone of each stretch of at least a beat added (see above). `tone`
/// [B, 1, T, P]: 1 on the rows of the pitch class to complete; `allowed` [B, 1, T, P]: the allowed cells.
torch::Tensor completeChordTone(const torch::Tensor& x0, const torch::Tensor& allowed,
                                const torch::Tensor& tone, ChordTone which, int halfBarSteps);

} // namespace fgg::diffusion
