#include "model/diffusion/ProcessEnvironment.h"

#include <cstdlib>
#include <string>
#include <unistd.h>

namespace fgg {

void ensureProcessEnvironment(int /*argc*/, char** argv) {
    if (std::getenv("FGG_ENVIRONMENT_SET") || std::getenv("FGG_NO_REEXEC")) return;
    ::setenv("FGG_ENVIRONMENT_SET", "1", 1);
    ::setenv("OMP_WAIT_POLICY", "PASSIVE", 0);
    ::setenv("MALLOC_MMAP_MAX_", "0", 0);
    ::setenv("MALLOC_TRIM_THRESHOLD_", "100000000000", 0);
    std::string tunables = std::getenv("GLIBC_TUNABLES") ? std::getenv("GLIBC_TUNABLES") : "";
    if (tunables.find("glibc.malloc.hugetlb") == std::string::npos)
        tunables += (tunables.empty() ? "" : ":") + std::string("glibc.malloc.hugetlb=1");
    ::setenv("GLIBC_TUNABLES", tunables.c_str(), 1);
    ::execv("/proc/self/exe", argv); // only returns on failure: carry on with what we have
}

} // namespace fgg
