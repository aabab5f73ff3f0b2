#include "model/nn/GroupNormRows.h"

#include "model/nn/ScalarMath.h"

// The inner loops run over the channels of one pixel, which channels-last stores side by side: compilers
// vectorise them. Built for the baseline x86-64 the package targets, they would use SSE2 only, so GCC makes
// AVX-512 and AVX2 clones too and picks one when the program loads. The vector width changes nothing in the
// result: lanes are independent channels and every sum runs over pixels in the same order.
// Not under a sanitizer: the clones' resolver runs while the program is being loaded, before the sanitizer's
// runtime is up, and TSan's instrumentation of it crashed engine_tests before main().
#if defined(__x86_64__) && defined(__GNUC__) && !defined(__clang__) && !defined(__SANITIZE_THREAD__) &&      \
    !defined(__SANITIZE_ADDRESS__)
#define FGG_VECTOR_CLONES [[gnu::target_clones("arch=x86-64-v4", "arch=x86-64-v3", "default")]]
#else
#define FGG_VECTOR_CLONES
#endif

namespace fgg::nn {
namespace {

inline float load(float v) {
    return v;
}
inline float load(std::uint16_t v) {
    return math::bf16ToFloat(v);
}
inline void store(float& out, float v) {
    out = v;
}
inline void store(std::uint16_t& out, float v) {
    out = math::floatToBf16(v);
}

/// s1[c] = sum (x - pivot[c]), s2[c] = sum (x - pivot[c])^2 over `pixels` rows of C channels.
template <class T>
[[gnu::always_inline]] inline void sumRows(const T* __restrict x, std::int64_t pixels, std::int64_t C,
                                           const float* __restrict pivot, float* __restrict s1,
                                           float* __restrict s2) {
    for (std::int64_t c = 0; c < C; ++c)
        s1[c] = s2[c] = 0.0f;
    for (std::int64_t p = 0; p < pixels; ++p) {
        const T* row = x + p * C;
        for (std::int64_t c = 0; c < C; ++c) {
            const float d = load(row[c]) - pivot[c];
            s1[c] += d;
            s2[c] += d * d;
        }
    }
}

/// y = act(x * scale[c] + shift[c]) over `pixels` rows of C channels.
template <bool Silu, class T>
[[gnu::always_inline]] inline void normaliseRows(const T* __restrict x, T* __restrict y, std::int64_t pixels,
                                                 std::int64_t C, const float* __restrict scale,
                                                 const float* __restrict shift) {
    // The clamp of exp read through volatiles: seeing constant bounds, GCC 12 splits the vector loop into a
    // saturated and an unsaturated path, and SiLU ran 5x slower (1.16 vs 0.24 ns per value with AVX-512).
    volatile float lo = math::ExpClamp{}.lo, hi = math::ExpClamp{}.hi;
    const math::ExpClamp clamp{lo, hi};
    for (std::int64_t p = 0; p < pixels; ++p) {
        const T* row = x + p * C;
        T* out = y + p * C;
        for (std::int64_t c = 0; c < C; ++c) {
            const float v = load(row[c]) * scale[c] + shift[c];
            store(out[c], Silu ? math::silu(v, clamp) : v);
        }
    }
}

} // namespace

// One clone set per element type (target_clones does not apply to templates).
FGG_VECTOR_CLONES void sumRowsF32(const float* x, std::int64_t n, std::int64_t C, const float* pivot,
                                  float* s1, float* s2) {
    sumRows(x, n, C, pivot, s1, s2);
}
FGG_VECTOR_CLONES void sumRowsBf16(const std::uint16_t* x, std::int64_t n, std::int64_t C, const float* pivot,
                                   float* s1, float* s2) {
    sumRows(x, n, C, pivot, s1, s2);
}
FGG_VECTOR_CLONES void normaliseF32(const float* x, float* y, std::int64_t n, std::int64_t C, const float* a,
                                    const float* b, bool silu) {
    silu ? normaliseRows<true>(x, y, n, C, a, b) : normaliseRows<false>(x, y, n, C, a, b);
}
FGG_VECTOR_CLONES void normaliseBf16(const std::uint16_t* x, std::uint16_t* y, std::int64_t n, std::int64_t C,
                                     const float* a, const float* b, bool silu) {
    silu ? normaliseRows<true>(x, y, n, C, a, b) : normaliseRows<false>(x, y, n, C, a, b);
}

} // namespace fgg::nn
