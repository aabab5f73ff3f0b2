#pragma once
// The order a participant meets the study in. A trial is one prompt and sample, with every condition's
// stimulus on it, heard as "A", "B", "C"... The trials come in a random order per participant, and the
// condition behind each letter follows a Latin square (rows from a Williams design, cycled over trials and
// shifted by the participant's number), so
//   - within a participant, each condition sits at each position equally often when the number of trials is a
//     multiple of the number of conditions (and within one otherwise);
//   - over any k consecutive participants (k conditions) each condition sits at each position of each trial
//     number exactly once: the design is balanced across the group whatever the number of trials.
// The same study seed and participant number always give the same plan, on every platform.
#include "model/study/Study.h"

#include <string>
#include <vector>

namespace fgg::study {

struct Trial {
    int index = 0; ///< 0-based position in the participant's sequence
    std::string promptId;
    int sample = 0;
    std::vector<std::string> conditionOrder; ///< condition ids by position: [0] is heard as "A"
    bool operator==(const Trial&) const = default;
};

struct TrialPlan {
    int participant = 0; ///< 0-based participant number
    std::vector<Trial> trials;
    bool operator==(const TrialPlan&) const = default;
};

/// The plan for participant number `participant` (0, 1, 2...). Throws Error when the study is invalid.
TrialPlan makeTrialPlan(const Study& study, int participant);

/// Rows of a Williams Latin square for k treatments (each row a permutation of 0..k-1; the square's columns
/// are permutations too). For even k every treatment follows every other once.
std::vector<std::vector<int>> williamsSquare(int k);

/// "A", "B", ... for position 0, 1, ...
std::string positionLetter(int position);

} // namespace fgg::study
