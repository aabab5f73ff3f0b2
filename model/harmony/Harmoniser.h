#pragma once
// Chords for a melody: the progression model proposes, the melody's notes decide, in a half-bar Viterbi
// (ChordPath.h). With the learned melody chord table (MelodyChordModel.h) the key comes from its key finder
// and each half bar's evidence is its network's chord probabilities, read from the melody around the half
// bar; without it (or in metres other than 4/4) the evidence is the likelihood of the melody's notes under
// each chord (learned melody tones, long notes and strong beats weighing most) in the Krumhansl key.
#include "model/harmony/ChordDetector.h"
#include "model/harmony/MelodyChordModel.h"

namespace fgg::harmony {

struct HarmoniserOptions {
    FitWeights fit = FitWeights::melody(); ///< for a model without learned melody tones
    double fitScale = 2; ///< weight of the melody's log-likelihood against the progressions'
    /// Weight of the network's log-probabilities against the progressions' (chosen on training songs held
    /// out from learning: 4 to 16 measure alike, 2 lets the progressions overrule the melody too often).
    double learnedScale = 8;
};

class Harmoniser {
public:
    /// `learned` may be null or empty: the melody-tone fit then decides alone.
    explicit Harmoniser(const ProgressionModel& model, HarmoniserOptions options = {},
                        const MelodyChordModel* learned = nullptr);

    /// Chords for `melody` (sorted by start) over [from, to).
    ChordAnalysis harmonise(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar, Tick from,
                            Tick to) const;
    /// Chords for the track `melodyTrack` of `score` (Error naming it when missing or empty).
    ChordAnalysis harmonise(const Score& score, const std::string& melodyTrack) const;

private:
    ChordAnalysis harmoniseLearned(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar,
                                   Tick from, Tick to) const;

    const ProgressionModel* model_;
    const MelodyChordModel* learned_;
    HarmoniserOptions options_;
    ChordDetector detector_;
};

} // namespace fgg::harmony
