#pragma once
// The likeliest chord per half bar (a hidden Markov model decoded by Viterbi): each half bar's chord fit to
// the notes (ChordFit.h) is the evidence, the progression model the prior: a chord holds or changes at each
// boundary as often as in the data, and changes to the next chord as the learned bigram says.
#include "model/harmony/ProgressionModel.h"

#include <vector>

namespace fgg::harmony {

/// Log-scores per segment, indexed by chord state (kChordStates each).
using FitTable = std::vector<std::vector<double>>;

/// The state sequence maximising sum(fitScale * fit) + sum(log transition). `atBarLine[i]`: segment i
/// starts a bar. Without a model (nullptr) each segment takes its own best fit.
std::vector<int> bestChordPath(const FitTable& fit, const std::vector<bool>& atBarLine,
                               const ProgressionModel* model, int majorTonic, double fitScale);

} // namespace fgg::harmony
