#include "model/diffusion/Guidance.h"

#include "model/roll/PianoRoll.h"

namespace fgg::diffusion {

torch::Tensor allowedMask(const std::vector<std::vector<PitchClassSet>>& perSample, torch::Device device) {
    const auto B = static_cast<int64_t>(perSample.size());
    const auto T = B ? static_cast<int64_t>(perSample.front().size()) : 0;
    torch::Tensor mask = torch::zeros({B, 1, T, roll::kPitches});
    auto a = mask.accessor<float, 4>();
    for (int64_t b = 0; b < B; ++b)
        for (int64_t t = 0; t < T; ++t) {
            const PitchClassSet& pcs = perSample[static_cast<std::size_t>(b)][static_cast<std::size_t>(t)];
            for (int row = 0; row < roll::kPitches; ++row)
                a[b][0][t][row] = pcs.contains(roll::rowPitchClass(row)) ? 1.0f : 0.0f;
        }
    return mask.to(device);
}

torch::Tensor harmonicCorrection(const torch::Tensor& x0, const torch::Tensor& allowed) {
    const auto disallowed = (allowed < 0.5f).expand_as(x0);
    return torch::where(disallowed & (x0 > roll::kNoteThreshold), torch::full_like(x0, roll::kNoteThreshold),
                        x0);
}

namespace {
// Rank of each element within its row when sorted descending (0 = largest); ties keep index order.
torch::Tensor descendingRank(const torch::Tensor& values) {
    const auto order = std::get<1>(values.sort(/*stable=*/true, /*dim=*/-1, /*descending=*/true));
    return order.argsort(static_cast<int64_t>(-1));
}
} // namespace

torch::Tensor rhythmCorrection(const torch::Tensor& x0, const torch::Tensor& allowed,
                               const torch::Tensor& counts, const torch::Tensor& preference) {
    constexpr float kReduce = 0.499f, kIncrease = roll::kJustSounding;
    const float inf = std::numeric_limits<float>::infinity();
    torch::Tensor onset = x0.select(1, 0).clone(); // [B, T, P]
    const torch::Tensor ok = allowed.select(1, 0) > 0.5f;
    const torch::Tensor n = counts.to(onset.device()).unsqueeze(-1); // [B, T, 1]
    if (preference.defined()) {
        // With a line preference: one ranking of every allowed cell by onset + preference. The paper's stage
        // 1 keeps onsets already above 0.499 first, so a confident note far from the line always survived;
        // ranked together, a near one can take its place (leap rate 0.066 -> 0.035, docs/generation.md).
        const torch::Tensor chosen = ok & (descendingRank(torch::where(ok, onset + preference, -inf)) < n);
        onset = torch::where(chosen, onset.clamp_min(kIncrease),
                             torch::where(ok, onset.clamp_max(kReduce), onset));
    } else {
        // Stage 1: of the allowed onsets above 0.499 keep the n largest; push the rest down to 0.499.
        const torch::Tensor above = ok & (onset > kReduce);
        const torch::Tensor keep = above & (descendingRank(torch::where(above, onset, -inf)) < n);
        onset = torch::where(above & ~keep, torch::full_like(onset, kReduce), onset);
        // Stage 2: raise the largest remaining allowed onsets to 0.501 until n cells are >= 0.501.
        const torch::Tensor have = (ok & (onset >= kIncrease)).sum(-1, /*keepdim=*/true);
        const torch::Tensor need = (n - have).clamp_min(0);
        const torch::Tensor below = ok & (onset < kIncrease);
        const torch::Tensor raise = below & (descendingRank(torch::where(below, onset, -inf)) < need);
        onset = torch::where(raise, torch::full_like(onset, kIncrease), onset);
    }

    torch::Tensor out = x0.clone();
    out.select(1, 0).copy_(onset);
    return out;
}

torch::Tensor linePreference(const torch::Tensor& x0, const torch::Tensor& chordTones, const LineWeights& w) {
    const int64_t B = x0.size(0), T = x0.size(2), P = x0.size(3);
    // The notes x0 would decode to now (either channel above the threshold), their pitch sum and count per
    // step.
    const torch::Tensor sounding = (x0.amax(1) > roll::kNoteThreshold).to(torch::kFloat); // [B, T, P]
    const torch::Tensor rows = torch::arange(P, x0.options().dtype(torch::kFloat));
    const torch::Tensor perStep = torch::stack({(sounding * rows).sum(-1), sounding.sum(-1)}, 1); // [B, 2, T]
    // Neighbouring steps up to a half bar each side, weight 1 / distance, the step itself excluded.
    constexpr int64_t kReach = 8;
    std::vector<float> kernel(2 * kReach + 1, 0.0f);
    for (int64_t d = 1; d <= kReach; ++d)
        kernel[static_cast<std::size_t>(kReach - d)] = kernel[static_cast<std::size_t>(kReach + d)] =
            1.0f / float(d);
    const torch::Tensor k = torch::tensor(kernel, x0.options().dtype(torch::kFloat)).view({1, 1, -1});
    const torch::Tensor near =
        torch::conv1d(perStep.reshape({2 * B, 1, T}), k, {}, 1, kReach).view({B, 2, T});
    const torch::Tensor weight = near.select(1, 1);
    const torch::Tensor centre = (near.select(1, 0) / weight.clamp_min(1e-6f)).unsqueeze(-1); // [B, T, 1]
    const torch::Tensor distance = ((rows - centre).abs() - kLineStepFree).clamp_min(0.0f) / 12.0f;
    torch::Tensor pref =
        torch::where((weight > 1e-6f).unsqueeze(-1), -float(w.near) * distance, torch::zeros_like(distance));
    if (w.chordTone != 0 && chordTones.defined()) {
        const torch::Tensor onBeat =
            (torch::arange(T, x0.options().dtype(torch::kLong)) % 4 == 0).to(torch::kFloat).view({1, T, 1});
        pref = pref + float(w.chordTone) * onBeat * chordTones.select(1, 0);
    }
    return pref;
}

torch::Tensor removeDisallowed(const torch::Tensor& x0, const torch::Tensor& allowed) {
    const auto disallowed = (allowed < 0.5f).expand_as(x0);
    return torch::where(disallowed & (x0 > roll::kNoteThreshold), torch::zeros_like(x0), x0);
}

torch::Tensor roundToAllowed(const torch::Tensor& x0In, const torch::Tensor& allowedIn) {
    torch::Tensor x0 = x0In.to(torch::kCPU, torch::kFloat).contiguous().clone();
    const torch::Tensor allowed = allowedIn.to(torch::kCPU, torch::kFloat).contiguous();
    auto x = x0.accessor<float, 4>();
    auto a = allowed.accessor<float, 4>();
    const int64_t B = x0.size(0), C = x0.size(1), T = x0.size(2), P = x0.size(3);
    for (int64_t b = 0; b < B; ++b)
        for (int64_t t = 0; t < T; ++t)
            for (int64_t p = 0; p < P; ++p) {
                if (a[b][0][t][p] > 0.5f) continue;
                for (int64_t c = 0; c < C; ++c) {
                    const float v = x[b][c][t][p];
                    if (!(v > roll::kNoteThreshold)) continue;
                    x[b][c][t][p] = 0.0f;
                    for (int64_t d = 1; d < P; ++d) { // nearest allowed pitch, the lower one first
                        if (p - d >= 0 && a[b][0][t][p - d] > 0.5f) {
                            x[b][c][t][p - d] = std::max(x[b][c][t][p - d], v);
                            break;
                        }
                        if (p + d < P && a[b][0][t][p + d] > 0.5f) {
                            x[b][c][t][p + d] = std::max(x[b][c][t][p + d], v);
                            break;
                        }
                    }
                }
            }
    return x0.to(x0In.device(), x0In.scalar_type());
}

} // namespace fgg::diffusion
