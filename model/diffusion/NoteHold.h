#pragma once
// Note hold, a correction of the accompaniment's x0 in the manner of FGG (docs/generation.md, "Note hold" in
// the sampling step). With ten steps the network's x0 is close to the mean of what it expects,
// and where it is unsure whether a struck note lasts one more 16th the sustain cell sits below 0.5 and the
// note is cut: the small accompaniment model's notes sounded 69 beats per 8 bars against POP909's pianists'
// 83, a third of them a lone 16th (the pianists': a quarter), so the melody's passing tones weighed more in
// each half bar than in the songs. A note that is sounding goes on through the next cell while that cell's
// sustain is above a hold threshold (GenerationParams::holdThreshold; a hysteresis: 0.5 starts a note, less
// keeps it), the cell is allowed and no new onset strikes there. It only raises the sustain of allowed cells,
// so FGG's guarantee (no out-of-key note) and the onsets per step are untouched, and epsilon is re-derived
// from the corrected x0 as after FGG's own corrections.
#include <torch/torch.h>

namespace fgg::diffusion {

/// x0 [B, 2, T, P] with each sounding note held through the following cells whose sustain exceeds
/// `threshold` (see above); `allowed` [B, 1, T, P]: the allowed cells.
torch::Tensor holdNotes(const torch::Tensor& x0, const torch::Tensor& allowed, float threshold);

} // namespace fgg::diffusion
