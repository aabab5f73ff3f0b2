#pragma once
// Process-wide settings that make LibTorch fast on a CPU: intra-op threads, an allocator that keeps its pages
// (glibc returns big tensors to the kernel and page-faults them back on every step otherwise: measured 2x on
// a training step), flush-to-zero for denormals, and a check that the BLAS is OpenBLAS rather than the
// reference one.
#include <string>

namespace fgg {

struct RuntimeInfo {
    int threads = 1;
    std::string blas;        ///< "OpenBLAS ..." or "reference BLAS" or "unknown"
    std::string blasWarning; ///< non-empty when the BLAS will make generation slow
    bool cudaAvailable = false;
    /// LibTorch's vector kernels ("AVX512", "AVX2"): its elementwise and softmax code, not oneDNN's.
    std::string kernels;
    /// The CPU has AMX tiles for bf16 and the OS saves their state.
    bool cpuHasAmxBf16 = false;
    /// The CPU has AVX-512's bf16 dot products (Cooper Lake, Sapphire Rapids on, AMD Zen 4 on).
    bool cpuHasAvx512Bf16 = false;
    /// Where oneDNN's bf16 kernels beat fp32, so sampling's `Precision::Auto` picks bf16. Measured with AMX
    /// and on three CPUs with AVX-512 bf16 but no AMX (docs/generation.md, "Speed and devices").
    bool bf16Pays() const { return cpuHasAmxBf16 || cpuHasAvx512Bf16; }
};

/// Idempotent; `threads` <= 0 means OMP_NUM_THREADS if set, else all cores.
RuntimeInfo configureRuntime(int threads = 0);

} // namespace fgg
