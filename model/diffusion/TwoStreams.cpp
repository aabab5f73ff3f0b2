#include "model/diffusion/TwoStreams.h"

#include "model/diffusion/IntraOpThreads.h"

#include <ATen/Parallel.h>
#include <exception>
#include <mutex>
#include <thread>

namespace fgg::diffusion {

bool twoStreamsApply(const PassRegion& melody, const PassRegion& accompaniment, int pieceSteps, int threads) {
    return threads >= 2 && intraOpThreadsArePerThread() && melody.task == Task::Melody &&
           accompaniment.task == Task::Accompaniment && melody.from == accompaniment.from &&
           melody.to == accompaniment.to && windowCount(pieceSteps, melody.from, melody.to) >= 2;
}

void runTwoStreams(StreamPass melody, StreamPass accompaniment,
                   const std::function<void()>& updateMelodyCondition, int threads,
                   const std::atomic<bool>* cancel) {
    const std::vector<Window> windows = passWindows(*melody.in); // the accompaniment's are the same
    std::mutex reporting;
    const auto serialised = [&reporting](const PassStepCallback& report) -> PassStepCallback {
        if (!report) return {};
        return [&reporting, report](const PassProgress& p, int step, int total, const torch::Tensor& x0) {
            std::lock_guard lock(reporting);
            report(p, step, total, x0);
        };
    };
    const PassStepCallback melodyReport = serialised(melody.onStep);
    const PassStepCallback accompanimentReport = serialised(accompaniment.onStep);
    const auto melodyWindow = [&](std::size_t w) {
        runWindow(*melody.sampler, *melody.in, windows, w, melody.settings, melodyReport, cancel);
    };
    const auto accompanimentWindow = [&](std::size_t w) {
        runWindow(*accompaniment.sampler, *accompaniment.in, windows, w, accompaniment.settings,
                  accompanimentReport, cancel);
    };

    melodyWindow(0);
    for (std::size_t k = 1; k < windows.size(); ++k) {
        updateMelodyCondition(); // melody windows < k are final, and window k writes after their span
        std::exception_ptr melodyError;
        std::thread second([&] {
            // A fresh thread has OpenMP's default team size and the FPU's default denormal handling. LibTorch
            // sets this thread's team size on its first parallel call: let it do so now, then set ours.
            at::get_num_threads();
            setIntraOpThreadsOfThisThread(1);
            at::globalContext().setFlushDenormal(true);
            try {
                melodyWindow(k);
            } catch (...) {
                melodyError = std::current_exception();
            }
        });
        std::exception_ptr accompanimentError;
        setIntraOpThreadsOfThisThread(1);
        try {
            accompanimentWindow(k - 1);
        } catch (...) {
            accompanimentError = std::current_exception();
        }
        setIntraOpThreadsOfThisThread(threads);
        second.join();
        if (accompanimentError) std::rethrow_exception(accompanimentError);
        if (melodyError) std::rethrow_exception(melodyError);
    }
    updateMelodyCondition();
    accompanimentWindow(windows.size() - 1);
}

} // namespace fgg::diffusion
