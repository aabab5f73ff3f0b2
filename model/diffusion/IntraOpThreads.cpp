#include "model/diffusion/IntraOpThreads.h"

#if defined(_OPENMP)
#include <omp.h>
#endif

namespace fgg {

void setIntraOpThreadsOfThisThread(int threads) {
#if defined(_OPENMP)
    omp_set_num_threads(threads);
#else
    (void)threads;
#endif
}

bool intraOpThreadsArePerThread() {
#if defined(_OPENMP)
    return true;
#else
    return false;
#endif
}

} // namespace fgg
