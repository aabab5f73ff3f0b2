#pragma once
// The inner loops of FusedGroupNorm: plain pointers, no tensors, so this translation unit builds without
// LibTorch's headers and with the flags that let the compiler vectorise them (model/CMakeLists.txt). Rows are
// pixels, each holding C channels side by side (channels-last); bf16 values are passed as their 16 bits.
#include <cstdint>

namespace fgg::nn {

/// s1[c] = sum (x - pivot[c]), s2[c] = sum (x - pivot[c])^2 over `pixels` rows, in fp32.
void sumRowsF32(const float* x, std::int64_t pixels, std::int64_t C, const float* pivot, float* s1,
                float* s2);
void sumRowsBf16(const std::uint16_t* x, std::int64_t pixels, std::int64_t C, const float* pivot, float* s1,
                 float* s2);

/// y = act(x * scale[c] + shift[c]) over `pixels` rows, act = SiLU when `silu`, else the identity; bf16
/// results rounded to nearest even.
void normaliseF32(const float* x, float* y, std::int64_t pixels, std::int64_t C, const float* scale,
                  const float* shift, bool silu);
void normaliseBf16(const std::uint16_t* x, std::uint16_t* y, std::int64_t pixels, std::int64_t C,
                   const float* scale, const float* shift, bool silu);

} // namespace fgg::nn
