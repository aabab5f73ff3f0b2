#pragma once
// Chords for a melody: the progression model proposes, the melody's notes decide. A half-bar Viterbi
// (ChordPath.h) over the likelihood of the melody's notes under each chord (learned melody tones, long notes
// and strong beats weighing most) and the learned progressions, in the key estimated from the melody.
#include "model/harmony/ChordDetector.h"

namespace fgg::harmony {

struct HarmoniserOptions {
    FitWeights fit = FitWeights::melody(); ///< for a model without learned melody tones
    double fitScale = 2; ///< weight of the melody's log-likelihood against the progressions'
};

class Harmoniser {
public:
    explicit Harmoniser(const ProgressionModel& model, HarmoniserOptions options = {});

    /// Chords for `melody` (sorted by start) over [from, to).
    ChordAnalysis harmonise(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar, Tick from,
                            Tick to) const;
    /// Chords for the track `melodyTrack` of `score` (Error naming it when missing or empty).
    ChordAnalysis harmonise(const Score& score, const std::string& melodyTrack) const;

private:
    ChordDetector detector_;
};

} // namespace fgg::harmony
