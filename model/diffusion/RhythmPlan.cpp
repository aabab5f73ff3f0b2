#include "model/diffusion/RhythmPlan.h"

#include "model/diffusion/RhythmText.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace fgg {

std::optional<std::vector<int>> requestedRhythm(const GenerationParams& params, Task task, int steps,
                                                const std::vector<PitchClassSet>& chroma,
                                                const RhythmBank* bank) {
    // The drawn rhythm is the melody's (the rhythm lane, --rhythm); the accompaniment keeps its own. A bar
    // drawn without any onset is left to the density, as if nothing were drawn there.
    if (!params.rhythm.empty() && task == Task::Melody) {
        std::vector<int> drawn = tiledRhythm(params.rhythm, steps);
        GenerationParams undrawn = params;
        undrawn.rhythm.clear();
        const std::optional<std::vector<int>> planned = requestedRhythm(undrawn, task, steps, chroma, bank);
        const int bar = 16;
        for (int b = 0; planned && b * bar < steps; ++b) {
            const auto first = drawn.begin() + b * bar;
            const auto last = drawn.begin() + std::min(steps, (b + 1) * bar);
            if (std::all_of(first, last, [](int v) { return v == 0; }))
                std::copy(planned->begin() + b * bar, planned->begin() + (last - drawn.begin()), first);
        }
        return drawn;
    }
    std::optional<double> density = params.density;
    if (!density && task == Task::Melody && !params.freeRhythm) density = kPop909MelodyDensity;
    if (!density) return std::nullopt;
    if (task == Task::Melody && bank && !bank->bars().empty()) {
        std::vector<PitchClassSet> perStep = chroma;
        perStep.resize(static_cast<std::size_t>(steps));
        std::vector<int> r = bank->choose(*density, chordChangesPerBar(perStep), params.seed);
        r.resize(static_cast<std::size_t>(steps), 0);
        return r;
    }
    return rhythmFromDensity(*density, steps, task, params.seed);
}

std::vector<int> rhythmFromDensity(double density, int steps, Task task, std::uint64_t seed) {
    // Metrical weight of each 16th position of a 4/4 bar.
    static const double weight[16] = {1.0,  0.1, 0.4, 0.15, 0.7, 0.1, 0.4, 0.15,
                                      0.85, 0.1, 0.4, 0.15, 0.7, 0.1, 0.4, 0.15};
    density = std::clamp(density, 0.0, 1.0);
    std::mt19937_64 rng(seed ^ 0x9E3779B97F4A7C15ull);
    std::uniform_real_distribution<double> jitter(0.0, 0.35);
    std::vector<int> counts(static_cast<std::size_t>(steps), 0);
    for (int bar = 0; bar * 16 < steps; ++bar) {
        double score[16];
        for (int i = 0; i < 16; ++i)
            score[i] = weight[i] + jitter(rng);
        std::vector<int> order(16);
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return score[a] > score[b]; });
        const int onsets = static_cast<int>(density * 16.0 + 0.5);
        for (int k = 0; k < onsets; ++k) {
            const int pos = order[static_cast<std::size_t>(k)];
            const int step = bar * 16 + pos;
            if (step >= steps) continue;
            int n = 1;
            if (task == Task::Accompaniment) n = pos == 0 ? 3 : (pos % 4 == 0 ? 2 : 1);
            counts[static_cast<std::size_t>(step)] = n;
        }
    }
    return counts;
}

} // namespace fgg
