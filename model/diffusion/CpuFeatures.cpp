#include "model/diffusion/CpuFeatures.h"

#if defined(__x86_64__)
#include <cpuid.h>
#endif
#include <cstdint>

namespace fgg {
namespace {

#if defined(__x86_64__)
bool bit(unsigned word, int n) {
    return (word >> n) & 1u;
}

/// XCR0, the state components the OS saves on a context switch (0 where XGETBV is not allowed).
std::uint64_t enabledCpuState() {
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !bit(ecx, 27)) return 0; // OSXSAVE
    unsigned lo = 0, hi = 0;
    __asm__("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (std::uint64_t(hi) << 32) | lo;
}
#endif

} // namespace

CpuFeatures detectCpuFeatures() {
    CpuFeatures f;
#if defined(__x86_64__)
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx)) return f;
    const bool fma = bit(ecx, 12);
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx)) return f;
    const unsigned maxSubleaf = eax, leaf7Ebx = ebx, leaf7Edx = edx;
    const std::uint64_t state = enabledCpuState();
    // SSE, AVX, opmask and both halves of the ZMM registers.
    const bool zmmSaved = (state & 0xE6u) == 0xE6u;
    const bool avx512f = bit(leaf7Ebx, 16) && zmmSaved;
    f.avx512Core =
        avx512f && fma && bit(leaf7Ebx, 17) /*DQ*/ && bit(leaf7Ebx, 30) /*BW*/ && bit(leaf7Ebx, 31) /*VL*/;
    f.amxBf16 = bit(leaf7Edx, 22) && bit(leaf7Edx, 24) && ((state >> 17) & 3u) == 3u; // XTILECFG, XTILEDATA
    if (avx512f && maxSubleaf >= 1 && __get_cpuid_count(7, 1, &eax, &ebx, &ecx, &edx))
        f.avx512Bf16 = bit(eax, 5);
#endif
    return f;
}

} // namespace fgg
