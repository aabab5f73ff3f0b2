#include "model/diffusion/ProcessEnvironment.h"

#include <cstdlib>
#include <string>
#include <unistd.h>

namespace fgg {

void setProcessEnvironment() {
    ::setenv("FGG_ENVIRONMENT_SET", "1", 1);
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
