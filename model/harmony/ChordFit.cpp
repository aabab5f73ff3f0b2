#include "model/harmony/ChordFit.h"

#include "model/harmony/ChordVocabulary.h"
#include "model/music/Chord.h"

#include <array>

namespace fgg::harmony {
namespace {

// Cost of each quality of kVocabularyQualities over a plain triad: a seventh must sound clearly to be named,
// and rare qualities need more evidence.
constexpr std::array<double, kQualityCount> kComplexity{0.0,  0.0,  0.08, 0.08, 0.08,
                                                        0.15, 0.25, 0.12, 0.12, 0.15};

} // namespace

double chordFit(const PitchProfile& profile, int state, const FitWeights& w) {
    const double total = profile.total();
    if (total <= 0) return 0;
    const int root = stateRoot(state);
    const std::size_t q = static_cast<std::size_t>(stateQuality(state));
    const PitchClassSet tones = qualityIntervals(kVocabularyQualities[q]).transposed(root);
    const double bassTotal = profile.bassTotal();
    double fit = -w.complexity * kComplexity[q];
    for (int pc = 0; pc < 12; ++pc) {
        const double p = profile.pitch[static_cast<std::size_t>(pc)] / total;
        const double b = bassTotal > 0 ? profile.bass[static_cast<std::size_t>(pc)] / bassTotal : 0;
        if (!tones.contains(pc)) {
            fit -= w.outside * p;
            continue;
        }
        fit += (pc == root ? w.root : 1.0) * p;
        fit += (pc == root ? w.bassRoot : w.bassTone) * b;
        if (p < 0.02 && (pc - root + 12) % 12 != 7) fit -= w.missing;
    }
    return fit;
}

int bestFittingChord(const PitchProfile& profile, const FitWeights& weights) {
    int best = 0;
    double bestFit = -1e30;
    for (int q = 0; q < kQualityCount; ++q)
        for (int root = 0; root < 12; ++root) {
            const int s = root * kQualityCount + q;
            const double f = chordFit(profile, s, weights);
            if (f > bestFit + 1e-12) {
                bestFit = f;
                best = s;
            }
        }
    return best;
}

} // namespace fgg::harmony
