#include "model/harmony/ChordPath.h"

#include "model/harmony/ChordVocabulary.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace fgg::harmony {
namespace {

/// log P(next | previous) over changes only (a chord does not follow itself), relative tokens.
std::vector<std::vector<double>> changeTable(const ProgressionModel& model) {
    std::vector<std::vector<double>> t(static_cast<std::size_t>(kChordStates));
    for (int a = 0; a < kChordStates; ++a) {
        const std::array<int, 1> h{a};
        std::vector<double> p = model.distribution(h);
        const double stay = p[static_cast<std::size_t>(a)];
        for (double& v : p)
            v = std::log(v / std::max(1e-12, 1 - stay));
        p[static_cast<std::size_t>(a)] = -std::numeric_limits<double>::infinity();
        t[static_cast<std::size_t>(a)] = std::move(p);
    }
    return t;
}

} // namespace

std::vector<int> bestChordPath(const FitTable& fit, const std::vector<bool>& atBarLine,
                               const ProgressionModel* model, int majorTonic, double fitScale) {
    const std::size_t n = fit.size();
    std::vector<int> path(n, 0);
    if (n == 0) return path;
    if (!model) {
        for (std::size_t i = 0; i < n; ++i)
            path[i] = static_cast<int>(std::max_element(fit[i].begin(), fit[i].end()) - fit[i].begin());
        return path;
    }
    const auto change = changeTable(*model);
    const std::array<int, 1> start{ProgressionModel::kStart};
    const std::vector<double> first = model->distribution(start);
    const auto S = static_cast<std::size_t>(kChordStates);
    auto token = [&](std::size_t state) {
        return static_cast<std::size_t>(relativeState(static_cast<int>(state), majorTonic));
    };

    // States: (chord, half bars it has been held so far, 1..kMaxHeld), so that how long chords last follows
    // the data rather than a fixed chance per boundary.
    const auto K = static_cast<std::size_t>(ProgressionModel::kMaxHeld);
    const double never = -std::numeric_limits<double>::infinity();
    std::vector<double> score(S * K, never);
    for (std::size_t s = 0; s < S; ++s)
        score[s * K] = fitScale * fit[0][s] + std::log(first[token(s)]);
    std::vector<std::vector<int>> from(n, std::vector<int>(S * K, 0));
    for (std::size_t i = 1; i < n; ++i) {
        const bool bar = i < atBarLine.size() && atBarLine[i];
        std::vector<double> logStay(K), logChange(K);
        for (std::size_t k = 0; k < K; ++k) {
            const double pc = model->changeProbability(bar, static_cast<int>(k + 1));
            logStay[k] = std::log(1 - pc);
            logChange[k] = std::log(pc);
        }
        // The best way to leave each chord, over how long it was held.
        std::vector<double> leave(S, never);
        std::vector<int> leaveFrom(S, 0);
        for (std::size_t a = 0; a < S; ++a)
            for (std::size_t k = 0; k < K; ++k)
                if (score[a * K + k] + logChange[k] > leave[a]) {
                    leave[a] = score[a * K + k] + logChange[k];
                    leaveFrom[a] = static_cast<int>(a * K + k);
                }
        std::vector<double> next(S * K, never);
        for (std::size_t b = 0; b < S; ++b) {
            const double f = fitScale * fit[i][b];
            // Held on: k -> k + 1 (the last count absorbs longer holds).
            for (std::size_t k = 0; k < K; ++k) {
                const std::size_t to = b * K + std::min(k + 1, K - 1);
                const double v = score[b * K + k] + logStay[k] + f;
                if (v > next[to]) {
                    next[to] = v;
                    from[i][to] = static_cast<int>(b * K + k);
                }
            }
            // Changed to b: held for 1.
            const std::size_t tb = token(b);
            for (std::size_t a = 0; a < S; ++a) {
                if (a == b) continue;
                const double v = leave[a] + change[token(a)][tb] + f;
                if (v > next[b * K]) {
                    next[b * K] = v;
                    from[i][b * K] = leaveFrom[a];
                }
            }
        }
        score = std::move(next);
    }
    std::size_t at = static_cast<std::size_t>(std::max_element(score.begin(), score.end()) - score.begin());
    path[n - 1] = static_cast<int>(at / K);
    for (std::size_t i = n - 1; i > 0; --i) {
        at = static_cast<std::size_t>(from[i][at]);
        path[i - 1] = static_cast<int>(at / K);
    }
    return path;
}

} // namespace fgg::harmony
