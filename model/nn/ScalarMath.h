#pragma once
// Branch-free float arithmetic that compilers vectorise in the inner loops of our own CPU kernels
// (FusedGroupNorm.cpp): exp, SiLU and the bf16 <-> fp32 conversions LibTorch uses, without calling libm per
// element (a scalar expf per activation would cost more than the whole GroupNorm).
#include <cstdint>
#include <cstring>

namespace fgg::nn::math {

/// std::bit_cast for one 32-bit word, spelled with memcpy (which compilers turn into a register move) because
/// the fuzz build compiles model/nn as C++17 (tests/fuzz/CMakeLists.txt says why).
template <typename To, typename From>
inline To bitCast(From from) {
    static_assert(sizeof(To) == sizeof(From));
    To to;
    std::memcpy(&to, &from, sizeof(To));
    return to;
}

/// Where expApprox saturates: the bounds keep 2^n a normal float.
struct ExpClamp {
    float lo = -87.3f, hi = 88.3f;
};

/// e^x to about 2 ulp for clamp.lo <= x <= clamp.hi (Cephes' expf: x = n ln 2 + r, |r| <= ln 2 / 2, a
/// degree-6 polynomial in r, then 2^n put into the exponent); saturates outside, which SiLU never minds.
/// Vector loops should pass a clamp the compiler cannot see as constant (GroupNormRows.cpp says why).
inline float expApprox(float x, ExpClamp clamp = {}) {
    x = x < clamp.lo ? clamp.lo : x;
    x = x > clamp.hi ? clamp.hi : x;
    // Round x / ln 2 to the nearest integer by the 1.5 * 2^23 trick (exact for |n| < 2^22, no libm call).
    constexpr float kRound = 12582912.0f;
    const float n = (x * 1.44269504088896341f + kRound) - kRound;
    // r = x - n ln 2 with ln 2 split in two so that n * hi is exact.
    const float r = (x - n * 0.693359375f) - n * -2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    const auto scale = bitCast<float>(static_cast<std::uint32_t>(static_cast<std::int32_t>(n) + 127) << 23);
    return p * scale;
}

/// SiLU(x) = x sigmoid(x) = x / (1 + e^-x).
inline float silu(float x, ExpClamp clamp = {}) {
    return x / (1.0f + expApprox(-x, clamp));
}

inline float bf16ToFloat(std::uint16_t b) {
    return bitCast<float>(static_cast<std::uint32_t>(b) << 16);
}

/// Round to nearest even, NaN kept a (quiet) NaN: what c10::BFloat16's conversion does.
inline std::uint16_t floatToBf16(float f) {
    const std::uint32_t u = bitCast<std::uint32_t>(f);
    const std::uint32_t rounded = (u + 0x7FFFu + ((u >> 16) & 1u)) >> 16;
    return static_cast<std::uint16_t>(f != f ? 0x7FC0u : rounded);
}

} // namespace fgg::nn::math
