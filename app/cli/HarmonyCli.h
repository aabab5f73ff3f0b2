#pragma once
// What `fgg chords`, `fgg suggest` and `fgg harmonize` share: the tables they load, and printing.
#include "model/harmony/ChordDetector.h"
#include "model/harmony/MelodyChordModel.h"
#include "model/harmony/ProgressionModel.h"

#include <optional>
#include <string>

namespace fgg::cli {

/// The table at `path`, else the shipped one; throws Error (naming the path and `fgg chords --learn`) when
/// it is missing.
harmony::ProgressionModel loadProgressions(const std::optional<std::string>& path);

/// The melody chord table at `path` (Error when it cannot be read), else the shipped one, else an empty
/// table (the harmoniser then reads the melody with its tone table; `why` says so).
harmony::MelodyChordModel loadMelodyChords(const std::optional<std::string>& path,
                                           std::string* why = nullptr);

/// The analysis as a lead sheet, `| C G | Am7 | ... |`, over the score's bars.
std::string leadSheetOf(const harmony::ChordAnalysis& analysis, const Score& score);

} // namespace fgg::cli
