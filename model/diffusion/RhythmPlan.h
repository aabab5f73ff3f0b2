#pragma once
// A rhythm when the user draws none: for the melody, bars drawn from POP909's melody rhythms (RhythmBank)
// matched to the chords' rhythm and the density; without the bank, and for the accompaniment, onsets per
// 16th step chosen by metrical weight (downbeats, then beats, then off-beat eighths, then 16ths), with seeded
// variety between bars so the pattern does not loop mechanically. Documented in docs/generation.md.
#include "model/diffusion/GenerationParams.h"
#include "model/diffusion/RhythmBank.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace fgg {

/// POP909's melodies start about 4.4 notes per 4/4 bar (4.36 in `fgg eval`'s validation windows): 0.27 of the
/// 16ths.
inline constexpr double kPop909MelodyDensity = 0.27;

/// The onsets per 16th step a request asks of `task` over `steps` steps: the drawn rhythm (the melody's,
/// repeated over the piece; a bar drawn empty takes the density's rhythm), else one from the
/// density, else (unless `freeRhythm`) the melody's default density; nullopt = the model chooses. A melody's
/// rhythm from a density comes from `bank` (matched to the chord rhythm of `chroma`, the chord chroma per
/// step) when there is one, else from rhythmFromDensity.
std::optional<std::vector<int>> requestedRhythm(const GenerationParams& params, Task task, int steps,
                                                const std::vector<PitchClassSet>& chroma = {},
                                                const RhythmBank* bank = nullptr);

/// `density` in [0, 1]: the fraction of 16th steps that start notes. Melody: one onset per chosen step;
/// accompaniment: a small chord (3 onsets) on bar downbeats, 2 on other beats, 1 elsewhere.
std::vector<int> rhythmFromDensity(double density, int steps, Task task, std::uint64_t seed);

} // namespace fgg
