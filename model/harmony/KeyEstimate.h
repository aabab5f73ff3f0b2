#pragma once
// The key of a piece, by the Krumhansl-Schmuckler method: correlate a pitch-class histogram with the
// Krumhansl-Kessler probe-tone profiles of the 24 major and minor keys and take the best.
#include "model/music/Scale.h"
#include "model/music/Score.h"

#include <array>
#include <vector>

namespace fgg::harmony {

struct KeyEstimate {
    int tonic = 0; ///< pitch class
    bool minor = false;
    double correlation = 0; ///< Pearson r of the winning key (-1..1)

    /// The tonic of the major scale with the same pitches (A minor -> C): what chord progressions are
    /// written relative to (ProgressionModel.h).
    int majorTonic() const { return minor ? (tonic + 3) % 12 : tonic; }
    Key key() const;
};

KeyEstimate estimateKey(const std::array<double, 12>& histogram);
/// The major-scale tonic of a given key, as KeyEstimate::majorTonic (a minor-third scale: its relative
/// major).
int majorTonicOf(const Key& key);
/// From notes, weighted by duration.
KeyEstimate estimateKey(const std::vector<Note>& notes);
/// From chords, each chord's pitch classes weighted by its length.
KeyEstimate estimateKeyFromChords(const std::vector<ChordSpan>& chords);

} // namespace fgg::harmony
