#include "model/diffusion/TwoStreams.h"

#include "model/diffusion/IntraOpThreads.h"

#include <ATen/Parallel.h>
#include <exception>
#include <thread>
#include <vector>

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
    // Reports arrive in the order one stream would give them, each pass counting its steps in turn: the
    // melody's live; the accompaniment's from beside it kept until the melody is done. So no two reports
    // are ever made at once, and the progress bar and the roll's preview never go back.
    struct HeldReport {
        PassProgress progress;
        int step, total;
        torch::Tensor x0;
    };
    std::vector<HeldReport> held;
    const PassStepCallback hold = [&](const PassProgress& p, int step, int total, const torch::Tensor& x0) {
        if (accompaniment.onStep) held.push_back({p, step, total, x0.clone()});
    };
    const PassStepCallback& melodyReport = melody.onStep;
    const auto melodyWindow = [&](std::size_t w) {
        runWindow(*melody.sampler, *melody.in, windows, w, melody.settings, melodyReport, cancel);
    };
    const auto accompanimentWindow = [&](std::size_t w, const PassStepCallback& report) {
        runWindow(*accompaniment.sampler, *accompaniment.in, windows, w, accompaniment.settings, report,
                  cancel);
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
        try {
            const IntraOpThreadsScope oneThread(1, threads);
            accompanimentWindow(k - 1, hold);
        } catch (...) {
            accompanimentError = std::current_exception();
        }
        second.join();
        if (accompanimentError) std::rethrow_exception(accompanimentError);
        if (melodyError) std::rethrow_exception(melodyError);
    }
    for (const HeldReport& r : held)
        accompaniment.onStep(r.progress, r.step, r.total, r.x0);
    updateMelodyCondition();
    accompanimentWindow(windows.size() - 1, accompaniment.onStep);
}

} // namespace fgg::diffusion
