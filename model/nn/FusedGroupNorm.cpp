#include "model/nn/FusedGroupNorm.h"

#include "model/nn/GroupNormRows.h"
#include "model/nn/ScalarMath.h"

#include <ATen/Parallel.h>
#include <cmath>
#include <cstdint>
#include <vector>

namespace fgg::nn {
namespace {

/// Pixels per parallel task. Each task sums its pixels in fp32, from a pivot near the data (the image's
/// first pixel), so squares do not cancel; the tasks' sums are then added in double.
constexpr std::int64_t kBlockPixels = 256;
/// The narrowest row the kernels get (values): four AVX-512 vectors of fp32.
constexpr std::int64_t kRowValues = 64;

bool usableAffine(const torch::Tensor& t, std::int64_t C) {
    return !t.defined() ||
           (t.device().is_cpu() && t.scalar_type() == torch::kFloat && t.is_contiguous() && t.numel() == C);
}

/// The per-(image, channel) affine map that GroupNorm and its weight and bias make: y = x * scale + shift.
struct ChannelAffine {
    std::vector<float> scale, shift;
};

/// Folds the blocks' sums into each group's mean and variance (Chan et al.'s pairwise combination: each
/// channel's mean and squared deviations first, then the group's), then into the affine map.
ChannelAffine groupAffine(const std::vector<float>& partial, const std::vector<float>& pivot, std::int64_t N,
                          std::int64_t C, std::int64_t HW, std::int64_t blocks, int groups,
                          const torch::Tensor& weight, const torch::Tensor& bias, double eps) {
    const float* w = weight.defined() ? weight.data_ptr<float>() : nullptr;
    const float* b = bias.defined() ? bias.data_ptr<float>() : nullptr;
    const std::int64_t perGroup = C / groups;
    ChannelAffine out{std::vector<float>(static_cast<std::size_t>(N * C)),
                      std::vector<float>(static_cast<std::size_t>(N * C))};
    std::vector<double> mean(static_cast<std::size_t>(perGroup)), m2(static_cast<std::size_t>(perGroup));
    for (std::int64_t n = 0; n < N; ++n)
        for (std::int64_t g = 0; g < groups; ++g) {
            double groupMean = 0;
            for (std::int64_t j = 0; j < perGroup; ++j) {
                const std::int64_t c = g * perGroup + j;
                double s1 = 0, s2 = 0;
                for (std::int64_t k = 0; k < blocks; ++k) {
                    const float* sums = partial.data() + ((n * blocks + k) * 2 * C);
                    s1 += sums[c];
                    s2 += sums[C + c];
                }
                mean[static_cast<std::size_t>(j)] =
                    pivot[static_cast<std::size_t>(n * C + c)] + s1 / double(HW);
                m2[static_cast<std::size_t>(j)] = s2 - s1 * s1 / double(HW);
                groupMean += mean[static_cast<std::size_t>(j)];
            }
            groupMean /= double(perGroup);
            double groupM2 = 0;
            for (std::int64_t j = 0; j < perGroup; ++j) {
                const double d = mean[static_cast<std::size_t>(j)] - groupMean;
                groupM2 += m2[static_cast<std::size_t>(j)] + double(HW) * d * d;
            }
            const double variance = std::max(0.0, groupM2 / double(HW * perGroup));
            const double rstd = 1.0 / std::sqrt(variance + eps);
            for (std::int64_t j = 0; j < perGroup; ++j) {
                const std::int64_t c = g * perGroup + j;
                const double a = rstd * (w ? w[c] : 1.0f);
                out.scale[static_cast<std::size_t>(n * C + c)] = static_cast<float>(a);
                out.shift[static_cast<std::size_t>(n * C + c)] =
                    static_cast<float>((b ? b[c] : 0.0f) - groupMean * a);
            }
        }
    return out;
}

} // namespace

torch::Tensor fusedGroupNorm(const torch::Tensor& x, int groups, const torch::Tensor& weight,
                             const torch::Tensor& bias, double eps, bool silu) {
    if (torch::GradMode::is_enabled() || !x.device().is_cpu() || x.dim() != 4 ||
        !x.is_contiguous(at::MemoryFormat::ChannelsLast))
        return {};
    const bool bf16 = x.scalar_type() == torch::kBFloat16;
    if (!bf16 && x.scalar_type() != torch::kFloat) return {};
    const std::int64_t N = x.size(0), C = x.size(1), HW = x.size(2) * x.size(3);
    if (N == 0 || HW == 0 || groups <= 0 || C % groups != 0 || !usableAffine(weight, C) ||
        !usableAffine(bias, C))
        return {};

    const std::int64_t blocks = (HW + kBlockPixels - 1) / kBlockPixels;
    const auto* xf = bf16 ? nullptr : x.data_ptr<float>();
    const auto* xh = bf16 ? reinterpret_cast<const std::uint16_t*>(x.data_ptr<at::BFloat16>()) : nullptr;
    std::vector<float> pivot(static_cast<std::size_t>(N * C));
    for (std::int64_t n = 0; n < N; ++n)
        for (std::int64_t c = 0; c < C; ++c)
            pivot[static_cast<std::size_t>(n * C + c)] =
                bf16 ? math::bf16ToFloat(xh[n * HW * C + c]) : xf[n * HW * C + c];

    // A row of 16 or 32 channels leaves most of each AVX-512 iteration to loop overhead: then k pixels are
    // one row of k C values, with the per-channel arrays repeated k times (the lanes stay per channel).
    const std::int64_t k =
        (C < kRowValues && kRowValues % C == 0 && HW % (kRowValues / C) == 0) ? kRowValues / C : 1;
    const std::int64_t width = k * C;
    const auto widen = [&](const std::vector<float>& perChannel) {
        std::vector<float> wide(static_cast<std::size_t>(N * width));
        for (std::int64_t n = 0; n < N; ++n)
            for (std::int64_t j = 0; j < width; ++j)
                wide[static_cast<std::size_t>(n * width + j)] =
                    perChannel[static_cast<std::size_t>(n * C + j % C)];
        return wide;
    };
    const std::vector<float> pivotWide = widen(pivot);

    std::vector<float> partialWide(static_cast<std::size_t>(N * blocks * 2 * width));
    const auto pixelsOf = [&](std::int64_t task, std::int64_t& first) {
        first = (task / blocks) * HW + (task % blocks) * kBlockPixels;
        return std::min(kBlockPixels, HW - (task % blocks) * kBlockPixels);
    };
    at::parallel_for(0, N * blocks, 1, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t task = begin; task < end; ++task) {
            std::int64_t first = 0;
            const std::int64_t rows = pixelsOf(task, first) / k;
            const float* p = pivotWide.data() + (task / blocks) * width;
            float* s1 = partialWide.data() + task * 2 * width;
            if (bf16)
                sumRowsBf16(xh + first * C, rows, width, p, s1, s1 + width);
            else
                sumRowsF32(xf + first * C, rows, width, p, s1, s1 + width);
        }
    });
    std::vector<float> partial(static_cast<std::size_t>(N * blocks * 2 * C), 0.0f);
    for (std::int64_t task = 0; task < N * blocks; ++task)
        for (std::int64_t j = 0; j < 2 * width; ++j)
            partial[static_cast<std::size_t>(task * 2 * C + (j / width) * C + j % C)] +=
                partialWide[static_cast<std::size_t>(task * 2 * width + j)];

    const ChannelAffine affine = groupAffine(partial, pivot, N, C, HW, blocks, groups, weight, bias, eps);
    const std::vector<float> scale = widen(affine.scale), shift = widen(affine.shift);
    torch::Tensor y = torch::empty_like(x, at::MemoryFormat::ChannelsLast);
    auto* yf = bf16 ? nullptr : y.data_ptr<float>();
    auto* yh = bf16 ? reinterpret_cast<std::uint16_t*>(y.data_ptr<at::BFloat16>()) : nullptr;
    at::parallel_for(0, N * blocks, 1, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t task = begin; task < end; ++task) {
            std::int64_t first = 0;
            const std::int64_t rows = pixelsOf(task, first) / k;
            const float* a = scale.data() + (task / blocks) * width;
            const float* b = shift.data() + (task / blocks) * width;
            if (bf16)
                normaliseBf16(xh + first * C, yh + first * C, rows, width, a, b, silu);
            else
                normaliseF32(xf + first * C, yf + first * C, rows, width, a, b, silu);
        }
    });
    return y;
}

} // namespace fgg::nn
