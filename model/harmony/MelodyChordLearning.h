#pragma once
// Learning the melody chord table (MelodyChordModel.h) from songs with a melody, chord labels and a known
// key: the key finder learns the keys from the melodies, the network each labelled half bar's chord (root +
// triad class relative to the key's major tonic) from the melody around it. The network reads the songs in
// their annotated keys; at use the key comes from the key finder, which finds the major tonic of 96% of
// held-out training songs (Krumhansl-Schmuckler: 78%).
#include "model/harmony/MelodyChordModel.h"
#include "model/music/Score.h"

#include <string>
#include <vector>

namespace fgg::harmony {

class MelodyChordLearner {
public:
    /// One 4/4 song: `melody` sorted by start, `labels` sorted chord spans, `key` its key, over [0, end).
    void addSong(const std::vector<Note>& melody, const std::vector<ChordSpan>& labels,
                 const KeyEstimate& key, Tick ticksPerBeat, Tick end);
    int songs() const { return static_cast<int>(keys_.size()); }
    std::size_t halfBars() const { return labels_.size(); }

    struct Options {
        int hidden = 64;
        /// Nets in the ensemble, each from its own seed (training.seed + k).
        int ensemble = 4;
        TinyMlp::Training training = shippedTraining();
    };
    /// What the shipped table was learned with: 10 epochs, L2 1e-3 (docs/chord-help.md has the sweep).
    static TinyMlp::Training shippedTraining() {
        TinyMlp::Training t;
        t.epochs = 10;
        t.l2 = 1e-3f;
        return t;
    }
    /// Learns the key finder and the network (deterministic). Empty when no song was added.
    MelodyChordModel learn(const Options& options) const;
    MelodyChordModel learn() const { return learn(Options{}); }

private:
    std::vector<MelodyKeyModel::Sample> keys_;
    std::vector<float> inputs_; ///< kMelodyInputs per labelled half bar
    std::vector<int> labels_;   ///< triad token relative to the song's major tonic
};

struct MelodyLearnReport {
    int songs = 0;
    std::size_t halfBars = 0;
    std::vector<std::string> skipped; ///< "folder: reason"
};

/// Learns from POP909's training songs (the validation split left out).
MelodyChordModel learnMelodyChordsFromPop909(const std::string& pop909Dir, MelodyLearnReport& report);

} // namespace fgg::harmony
