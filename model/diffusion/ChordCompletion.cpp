#include "model/diffusion/ChordCompletion.h"

#include <algorithm>
#include <limits>

namespace fgg::diffusion {
namespace {

/// Stretches [first, last) of equal, non-empty per-step values within one half bar each.
template <class Same, class Empty, class Visit>
void forEachStretch(int steps, int halfBarSteps, Same same, Empty empty, Visit visit) {
    int first = 0;
    while (first < steps) {
        int last = first + 1;
        while (last < steps && last % halfBarSteps != 0 && same(last, first))
            ++last;
        if (!empty(first)) visit(first, last);
        first = last;
    }
}

} // namespace

std::vector<PitchClassSet> tonesToComplete(const std::vector<PitchClassSet>& tones,
                                           const PianoRoll* melodyRoll, int halfBarSteps) {
    std::vector<PitchClassSet> out = tones;
    if (!melodyRoll) return out;
    const PianoRoll& melody = *melodyRoll;
    const int steps = static_cast<int>(tones.size());
    auto sounds = [&](int s, int pc) {
        if (s >= melody.steps()) return false;
        for (int row = 0; row < roll::kPitches; ++row)
            if (roll::rowPitchClass(row) == pc &&
                (melody.at(PianoRoll::Onset, s, row) > roll::kNoteThreshold ||
                 melody.at(PianoRoll::Sustain, s, row) > roll::kNoteThreshold))
                return true;
        return false;
    };
    forEachStretch(
        steps, halfBarSteps,
        [&](int a, int b) {
            return tones[static_cast<std::size_t>(a)] == tones[static_cast<std::size_t>(b)];
        },
        [&](int s) { return tones[static_cast<std::size_t>(s)].empty(); },
        [&](int first, int last) {
            const PitchClassSet& tone = tones[static_cast<std::size_t>(first)];
            for (int s = first; s < last; ++s)
                for (int pc = 0; pc < 12; ++pc)
                    if (tone.contains(pc) && sounds(s, pc)) {
                        for (int t = first; t < last; ++t)
                            out[static_cast<std::size_t>(t)] = PitchClassSet{};
                        return;
                    }
        });
    return out;
}

torch::Tensor completeChordTone(const torch::Tensor& x0In, const torch::Tensor& allowedIn,
                                const torch::Tensor& toneIn, ChordTone which, int halfBarSteps) {
    torch::Tensor x0 = x0In.to(torch::kCPU, torch::kFloat).contiguous().clone();
    const torch::Tensor allowed = allowedIn.to(torch::kCPU, torch::kFloat).contiguous();
    const torch::Tensor tone = toneIn.to(torch::kCPU, torch::kFloat).contiguous();
    auto x = x0.accessor<float, 4>();
    auto ok = allowed.accessor<float, 4>();
    auto th = tone.accessor<float, 4>();
    const int64_t B = x0.size(0), T = x0.size(2), P = x0.size(3);
    const float threshold = roll::kNoteThreshold;
    for (int64_t b = 0; b < B; ++b) {
        auto isTone = [&](int64_t s, int64_t r) { return th[b][0][s][r] > 0.5f; };
        auto sounding = [&](int64_t s, int64_t r) {
            return x[b][0][s][r] > threshold || x[b][1][s][r] > threshold;
        };
        forEachStretch(
            static_cast<int>(T), halfBarSteps,
            [&](int s, int first) {
                for (int64_t r = 0; r < P; ++r)
                    if (isTone(s, r) != isTone(first, r)) return false;
                return true;
            },
            [&](int s) {
                for (int64_t r = 0; r < P; ++r)
                    if (isTone(s, r)) return false;
                return true;
            },
            [&](int first, int last) {
                if (last - first < halfBarSteps / 2) return; // a passing chord, shorter than a beat
                for (int s = first; s < last; ++s)
                    for (int64_t r = 0; r < P; ++r)
                        if (isTone(s, r) && sounding(s, r)) return; // already stated
                // The candidates: the tone's allowed rows around a chord struck in the stretch, from its
                // lowest note to its highest (at least a tenth above a lone bass note); a root may also go up
                // to an octave below the chord, where it becomes the bass.
                float best = -std::numeric_limits<float>::infinity();
                int64_t bestStep = -1, bestRow = -1;
                for (int64_t s = first; s < last; ++s) {
                    int64_t lo = P, hi = -1;
                    for (int64_t r = 0; r < P; ++r)
                        if (x[b][0][s][r] > threshold) lo = std::min(lo, r), hi = std::max(hi, r);
                    if (hi < 0) continue;
                    const int64_t from = which == ChordTone::Root ? std::max<int64_t>(0, lo - 12) : lo;
                    for (int64_t r = from; r <= std::min(P - 1, std::max(hi, lo + 16)); ++r)
                        if (isTone(s, r) && ok[b][0][s][r] > 0.5f && x[b][0][s][r] > best) {
                            best = x[b][0][s][r];
                            bestStep = s;
                            bestRow = r;
                        }
                }
                if (bestStep < 0) return; // the accompaniment rests here: no new attack
                x[b][0][bestStep][bestRow] = std::max(best, roll::kJustSounding);
                // Held as long as the longest note struck with it.
                int64_t hold = 0;
                for (int64_t r = 0; r < P; ++r) {
                    if (!(x[b][0][bestStep][r] > threshold) || r == bestRow) continue;
                    int64_t k = 0;
                    while (bestStep + k + 1 < T && x[b][1][bestStep + k + 1][r] > threshold &&
                           !(x[b][0][bestStep + k + 1][r] > threshold))
                        ++k;
                    hold = std::max(hold, k);
                }
                for (int64_t k = 1; k <= hold; ++k) {
                    const int64_t s = bestStep + k;
                    if (ok[b][0][s][bestRow] < 0.5f || x[b][0][s][bestRow] > threshold) break;
                    x[b][1][s][bestRow] = std::max(x[b][1][s][bestRow], roll::kJustSounding);
                }
            });
    }
    return x0.to(x0In.device(), x0In.scalar_type());
}

} // namespace fgg::diffusion
