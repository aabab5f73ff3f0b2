#pragma once
// The key of a melody, learned: a linear score for each of the 24 keys over eight pitch-class profiles of
// the melody (melodyKeyFeatures), read relative to the key's tonic, so the same weights serve every key.
// Learned from POP909's annotated keys (key_audio.txt) by `fgg chords --learn`; it finds the melody's major
// tonic far more often than Krumhansl-Schmuckler on the same notes (docs/chord-help.md), and a wrong tonic
// costs the harmoniser every chord it reads relative to it.
#include "model/harmony/KeyEstimate.h"

#include <array>
#include <vector>

namespace fgg::harmony {

inline constexpr int kKeyProfiles = 8;
/// Tables learned before the last three profiles have these first five only (read with the others at 0).
inline constexpr int kFirstKeyProfiles = 5;
inline constexpr int kKeyFeatures = 12 * kKeyProfiles;
using KeyFeatures = std::array<float, kKeyFeatures>;

/// The profiles of `melody` (sorted by start), each summing to 1 (or all 0): duration; notes struck on a
/// downbeat; the last and the first note of each phrase; the last notes' durations; notes reached a semitone
/// up (a leading tone resolving); the last two bars' durations; notes reached a semitone down.
KeyFeatures melodyKeyFeatures(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar);

class MelodyKeyModel {
public:
    /// Weights per mode (0 major, 1 minor), [profile * 12 + pitch class above the tonic].
    std::array<std::array<double, kKeyFeatures>, 2> weights{};
    std::array<double, 2> bias{};

    bool empty() const;
    /// Scores of the 24 keys, [tonic * 2 + minor].
    std::array<double, 24> scores(const KeyFeatures& features) const;
    /// The best-scoring key (correlation: its softmax probability). Krumhansl-Schmuckler when empty.
    KeyEstimate estimate(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar) const;

    struct Sample {
        KeyFeatures features{};
        int tonic = 0;
        bool minor = false;
    };
    /// Softmax regression on `samples` (full-batch Adam, deterministic). L2 3e-4: as good as 1e-4 on the
    /// training songs' keys in 5-fold cross-validation, and a plain major tune is not read as its minor.
    static MelodyKeyModel train(const std::vector<Sample>& samples, int epochs = 300, double l2 = 3e-4);
};

} // namespace fgg::harmony
