#include "model/diffusion/ProcessEnvironment.h"

#include "model/diffusion/CpuFeatures.h"

#include <cstdlib>
#include <sched.h>
#include <string>
#include <unistd.h>

namespace fgg {

void setLibTorchDefaults() {
    // LibTorch 1.13 keeps its AVX-512 kernels (elementwise ops, softmax's exp) opt-in because AVX-512 lowered
    // the clock of older Intel CPUs. Where the CPU has AVX-512 bf16 the convolutions already run oneDNN's
    // AVX-512 code, and these kernels paid: fgg generate of 8 bars with 3 candidates 1.60 -> 1.47 s, one
    // candidate 0.77 -> 0.66 s (Zen 5, five interleaved pairs each, every pair faster). Decided from CPUID,
    // not a timing, so a seed gives the same music on the same machine.
    const CpuFeatures cpu = detectCpuFeatures();
    if (cpu.avx512Core && cpu.avx512Bf16) ::setenv("ATEN_CPU_CAPABILITY", "avx512", 0);
    if (std::getenv("OMP_NUM_THREADS")) return;
    // LibTorch 1.13 sizes each thread's OpenMP team, on that thread's first parallel call, from
    // OMP_NUM_THREADS or else from cpuinfo's count of cores, which is 1 on the Zen 5 VMs here. Told nothing,
    // Runtime then has to call at::set_num_threads, which also sizes caffe2's pthreadpool (unused here) and
    // makes every later thread resize it on its first call: its workers spun ~60 ms of CPU per `fgg
    // generate` beside the two streams (perf). With the count in the environment nothing resizes anything.
    cpu_set_t cpus;
    CPU_ZERO(&cpus);
    const int n = ::sched_getaffinity(0, sizeof cpus, &cpus) == 0 ? CPU_COUNT(&cpus) : 0;
    if (n > 0) ::setenv("OMP_NUM_THREADS", std::to_string(n).c_str(), 0);
}

void setProcessEnvironment() {
    ::setenv("FGG_ENVIRONMENT_SET", "1", 1);
    setLibTorchDefaults();
    // OpenMP workers spin ~0.1 ms for the next parallel region, then sleep. A forward is hundreds of short
    // regions microseconds apart: sleeping at once (OMP_WAIT_POLICY=PASSIVE) doubled a `small` sample
    // (0.38 vs 0.19 s idle; 1.45 vs 0.72 s beside two training jobs), libgomp's default 3 ms spin starves
    // other processes (2.7 s beside the same jobs). A user's own wait policy wins.
    if (!std::getenv("OMP_WAIT_POLICY")) ::setenv("GOMP_SPINCOUNT", "10000", 0);
    ::setenv("MALLOC_MMAP_MAX_", "0", 0);
    ::setenv("MALLOC_TRIM_THRESHOLD_", "100000000000", 0);
    std::string tunables = std::getenv("GLIBC_TUNABLES") ? std::getenv("GLIBC_TUNABLES") : "";
    if (tunables.find("glibc.malloc.hugetlb") == std::string::npos)
        tunables += (tunables.empty() ? "" : ":") + std::string("glibc.malloc.hugetlb=1");
    ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
}

void ensureProcessEnvironment(int /*argc*/, char** argv) {
    if (std::getenv("FGG_ENVIRONMENT_SET") || std::getenv("FGG_NO_REEXEC")) return;
    setProcessEnvironment();
    ::execv("/proc/self/exe", argv); // only returns on failure: carry on with what we have
}

} // namespace fgg
