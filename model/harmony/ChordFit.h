#pragma once
// How well a chord explains what sounds: template matching of a chord state (ChordVocabulary.h) against a
// pitch-class profile, with a bass term. Chord tones count for it (the root most), other pitch classes
// against it, richer chords pay a little for their extra tone, and a bass on the root or a chord tone helps.
#include "model/harmony/PitchProfile.h"

namespace fgg::harmony {

struct FitWeights {
    double root = 1.2;       ///< weight of the root's share of the profile (other chord tones: 1)
    double outside = 0.6;    ///< penalty per share of non-chord tones
    double bassRoot = 0.4;   ///< bonus per share of the bass on the root
    double bassTone = 0.1;   ///< bonus per share of the bass on another chord tone
    double missing = 0.1;    ///< penalty per chord tone other than the fifth that barely sounds
    double complexity = 1.0; ///< scale of the per-quality cost of richer chords

    /// For all parts of an arrangement (bass line included).
    static FitWeights allParts() { return {}; }
    /// For a melody alone: no bass, and a melody rarely states every chord tone.
    static FitWeights melody() { return {1.0, 0.5, 0.0, 0.0, 0.0, 1.0}; }
};

/// The fit of chord `state` to `profile`: about -1 (nothing fits) .. 1.5 (all chord tones, root in the bass).
/// 0 for an empty profile.
double chordFit(const PitchProfile& profile, int state, const FitWeights& weights);

/// The state that fits `profile` best (ties: the simpler quality, then the lower root).
int bestFittingChord(const PitchProfile& profile, const FitWeights& weights);

} // namespace fgg::harmony
