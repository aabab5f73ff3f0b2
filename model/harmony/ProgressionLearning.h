#pragma once
// Learning the progression model from chord labels: each song's labels are made relative to its key (the
// Krumhansl-Schmuckler estimate from the labels themselves, so learning and use read keys the same way),
// repeats merged, `N` stretches splitting a song into separate progressions.
#include "model/harmony/ProgressionModel.h"
#include "model/music/Score.h"

#include <string>
#include <vector>

namespace fgg::harmony {

/// Adds one song's chord spans (sorted, non-overlapping) to `model`; `ticksPerBar` for the half-bar change
/// statistics.
void learnSong(ProgressionModel& model, const std::vector<ChordSpan>& labels, Tick ticksPerBar);

/// Adds how `melody` (sorted notes) sits over the labelled chords, half bar by half bar, to `model`.
void learnMelodyTones(ProgressionModel& model, const std::vector<ChordSpan>& labels,
                      const std::vector<Note>& melody, Tick ticksPerBeat);

struct LearnReport {
    int songs = 0;
    long long chords = 0;             ///< chord changes learned
    std::vector<std::string> skipped; ///< "folder: reason"
};

/// Learns from the training songs of POP909 (the validation split is left out), then prunes n-grams longer
/// than two chords seen fewer than `minCount` times.
ProgressionModel learnFromPop909(const std::string& pop909Dir, int order, int minCount, LearnReport& report);

} // namespace fgg::harmony
