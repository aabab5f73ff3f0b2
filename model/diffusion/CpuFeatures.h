#pragma once
// What the CPU can do and the OS lets programs use, read from CPUID and XCR0 (never from a timing, so that
// choices made from it, such as sampling in bf16, give the same music on the same machine every run).
// Torch-free: the `fgg` launcher reads it before LibTorch is loaded (ProcessEnvironment.cpp).

namespace fgg {

struct CpuFeatures {
    /// AMX tiles for bf16, their state saved by the OS.
    bool amxBf16 = false;
    /// AVX-512 with its bf16 dot products (Cooper Lake, Sapphire Rapids on, AMD Zen 4 on).
    bool avx512Bf16 = false;
    /// AVX-512 F, BW, DQ and VL with FMA: what LibTorch's AVX-512 kernels need.
    bool avx512Core = false;
};

/// Read once per call (a few CPUID instructions); all false off x86-64.
CpuFeatures detectCpuFeatures();

} // namespace fgg
