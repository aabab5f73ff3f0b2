#pragma once
// Learning the melody rhythm bank (model/diffusion/RhythmBank) from POP909's training songs: `fgg
// rhythm-bank`. Here, above both the data and the engine, so the engine that reads the bank needs no dataset
// code.
#include "model/data/QuantisedSong.h"
#include "model/diffusion/RhythmBank.h"

#include <vector>

namespace fgg {

/// The melody bars of the training songs (validation songs excluded: isValidationSong). Bars without a melody
/// onset or without a chord are left out; patterns seen fewer than `minCount` times are dropped.
RhythmBank learnRhythmBank(const std::vector<QuantisedSong>& songs, int minCount);

} // namespace fgg
