#include "model/diffusion/Runtime.h"

#include "model/diffusion/CpuFeatures.h"

#include <ATen/Parallel.h>
#include <ATen/Version.h>
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <dlfcn.h>
#include <limits>
#include <link.h>
#include <malloc.h>
#include <mutex>
#include <thread>
#include <torch/cuda.h>

namespace fgg {
namespace {

int findLoaded(dl_phdr_info* info, size_t, void* data) {
    auto* names = static_cast<std::string*>(data);
    if (info->dlpi_name && *info->dlpi_name) {
        char resolved[4096];
        if (realpath(info->dlpi_name, resolved)) *names += std::string(resolved) + "\n";
    }
    return 0;
}

std::pair<std::string, std::string> detectBlas() {
    using ConfigFn = char* (*)();
    if (auto fn = reinterpret_cast<ConfigFn>(dlsym(RTLD_DEFAULT, "openblas_get_config"))) {
        // "OpenBLAS 0.3.21 NO_LAPACKE DYNAMIC_ARCH ... USE_OPENMP Zen ...": keep the name and version.
        const std::string config = fn();
        const std::size_t secondSpace = config.find(' ', config.find(' ') + 1);
        const std::string name = config.substr(0, secondSpace);
        if (config.find("USE_OPENMP") != std::string::npos) return {name + " (OpenMP)", ""};
        return {name + " (pthreads)", "OpenBLAS's pthreads build is in use: its threads compete with "
                                      "LibTorch's OpenMP threads; install "
                                      "libopenblas0-openmp (scripts/setup does) for full speed"};
    }
    std::string loaded;
    dl_iterate_phdr(findLoaded, &loaded);
    if (loaded.find("/blas/libblas.so") != std::string::npos)
        return {"reference BLAS",
                "the reference BLAS is in use (about 20x slower than OpenBLAS): install libopenblas0-openmp "
                "(scripts/setup does) so generation and training run at full speed"};
    return {"unknown", ""};
}

/// LibTorch's vector kernels in use ("AVX512", "AVX2", ...), as its build summary names them: chosen once per
/// process from ATEN_CPU_CAPABILITY (ProcessEnvironment.cpp sets it) or else its own default.
std::string libTorchKernels() {
    const std::string config = at::show_config();
    const std::string key = "CPU capability usage: ";
    const std::size_t at = config.find(key);
    if (at == std::string::npos) return "";
    const std::size_t from = at + key.size();
    return config.substr(from, config.find('\n', from) - from);
}

/// The default thread count: OMP_NUM_THREADS when the user (or the TSan run, whose OpenMP pool is not
/// instrumented) set it, as LibTorch itself would; otherwise every core.
int defaultThreads() {
    if (const char* env = std::getenv("OMP_NUM_THREADS")) {
        char* end = nullptr;
        const long n = std::strtol(env, &end, 10);
        if (end != env && *end == '\0' && n > 0 && n <= 4096) return static_cast<int>(n);
    }
    return static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
}

} // namespace

RuntimeInfo configureRuntime(int threads) {
    static std::once_flag once;
    static RuntimeInfo info;
    std::call_once(once, [&] {
        // Keep freed memory in the process: no mmap for big blocks, no trimming (see the header). The
        // launcher's MALLOC_TRIM_THRESHOLD_ (ProcessEnvironment.cpp, 100 GB) stands: mallopt cannot say more
        // than 2 GB, and the 1 GB once set here let paper-size training return its activations after every
        // step and fault them back as fresh huge pages (a quarter of its CPU time zeroing pages).
        mallopt(M_MMAP_MAX, 0);
        if (!std::getenv("MALLOC_TRIM_THRESHOLD_"))
            mallopt(M_TRIM_THRESHOLD, std::numeric_limits<int>::max());
        mallopt(M_TOP_PAD, 64 << 20);
        info.threads = threads > 0 ? threads : defaultThreads();
        // Only where LibTorch's own choice (OMP_NUM_THREADS, else every physical core) differs:
        // at::set_num_threads also sizes caffe2's pthreadpool (which nothing here uses), whose workers then
        // spin a core for tens of milliseconds, and then every new thread repeats that on its first parallel
        // call, as the second generation stream does (TwoStreams.h).
        if (at::get_num_threads() != info.threads) at::set_num_threads(info.threads);
        try {
            at::set_num_interop_threads(1);
        } catch (const std::exception&) {
            // Already started by an earlier LibTorch call: keep its setting.
        }
        at::globalContext().setFlushDenormal(true);
        auto [blas, warning] = detectBlas();
        info.blas = blas;
        info.blasWarning = warning;
        info.cudaAvailable = torch::cuda::is_available();
        const CpuFeatures cpu = detectCpuFeatures();
        info.cpuHasAmxBf16 = cpu.amxBf16;
        info.cpuHasAvx512Bf16 = cpu.avx512Bf16;
        info.kernels = libTorchKernels();
    });
    return info;
}

} // namespace fgg
