#include "model/study/TrialPlan.h"

#include "model/music/Error.h"
#include "model/music/Random.h"

namespace fgg::study {

std::vector<std::vector<int>> williamsSquare(int k) {
    // First row 0, 1, k-1, 2, k-2, ...; row r adds r (mod k) to every entry.
    std::vector<int> first{0};
    bool low = true;
    for (int lo = 1, hi = k - 1; static_cast<int>(first.size()) < k; low = !low)
        first.push_back(low ? lo++ : hi--);
    std::vector<std::vector<int>> rows(static_cast<std::size_t>(k),
                                       std::vector<int>(static_cast<std::size_t>(k)));
    for (int r = 0; r < k; ++r)
        for (int p = 0; p < k; ++p)
            rows[static_cast<std::size_t>(r)][static_cast<std::size_t>(p)] =
                (first[static_cast<std::size_t>(p)] + r) % k;
    return rows;
}

std::string positionLetter(int position) {
    if (position >= 0 && position < 26) return std::string(1, static_cast<char>('A' + position));
    return "#" + std::to_string(position + 1);
}

TrialPlan makeTrialPlan(const Study& study, int participant) {
    study.validate();
    if (participant < 0)
        throw Error("participant numbers start at 0 (got " + std::to_string(participant) + ")");
    TrialPlan plan;
    plan.participant = participant;

    struct Cell {
        std::string prompt;
        int sample;
    };
    std::vector<Cell> cells;
    for (const Prompt& p : study.prompts)
        for (int s = 0; s < study.samplesPerPrompt; ++s)
            cells.push_back({p.id, s});
    SplitMix64 rng(mix64(study.seed ^ mix64(0x5EED0000ull + static_cast<std::uint64_t>(participant))));
    shuffle(cells, rng);

    const int k = static_cast<int>(study.conditions.size());
    const auto rows = williamsSquare(k);
    for (std::size_t i = 0; i < cells.size(); ++i) {
        Trial t;
        t.index = static_cast<int>(i);
        t.promptId = cells[i].prompt;
        t.sample = cells[i].sample;
        const auto& row = rows[(i + static_cast<std::size_t>(participant)) % static_cast<std::size_t>(k)];
        for (int c : row)
            t.conditionOrder.push_back(study.conditions[static_cast<std::size_t>(c)].id);
        plan.trials.push_back(std::move(t));
    }
    return plan;
}

} // namespace fgg::study
