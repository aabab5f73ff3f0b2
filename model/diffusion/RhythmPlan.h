#pragma once
// A rhythm when the user draws none but asks for a density: onsets per 16th step chosen by metrical weight
// (downbeats, then beats, then off-beat eighths, then 16ths), with seeded variety between bars so the
// pattern does not loop mechanically. Documented in docs/generation.md.
#include "model/diffusion/GenerationParams.h"

#include <cstdint>
#include <vector>

namespace fgg {

/// `density` in [0, 1]: the fraction of 16th steps that start notes. Melody: one onset per chosen step;
/// accompaniment: a small chord (3 onsets) on bar downbeats, 2 on other beats, 1 elsewhere.
std::vector<int> rhythmFromDensity(double density, int steps, Task task, std::uint64_t seed);

} // namespace fgg
