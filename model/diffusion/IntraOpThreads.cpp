#include "model/diffusion/IntraOpThreads.h"

#if defined(_OPENMP)
#include <omp.h>
#endif
#include <exception>

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

bool canRunSideBySide() {
#if defined(_OPENMP)
    return !omp_in_parallel() && omp_get_max_threads() >= 2;
#else
    return false;
#endif
}

void runSideBySide(const std::function<void()>& a, const std::function<void()>& b) {
    std::exception_ptr errors[2];
    const auto run = [&](int job) {
        try {
            job == 0 ? a() : b();
        } catch (...) {
            errors[job] = std::current_exception();
        }
    };
#if defined(_OPENMP)
    if (canRunSideBySide()) {
        bool alone = false;
#pragma omp parallel num_threads(2)
        {
            // A team of two, unless the runtime gave fewer: then its one thread runs both, below.
            if (omp_get_num_threads() == 2)
                run(omp_get_thread_num());
            else
                alone = true; // written by the only thread there is
        }
        if (alone) {
            run(0);
            run(1);
        }
    } else
#endif
    {
        run(0);
        run(1);
    }
    for (const std::exception_ptr& e : errors)
        if (e) std::rethrow_exception(e);
}

} // namespace fgg
