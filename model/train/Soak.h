#pragma once
// `fgg bench --soak N`: N generations in one process, the resident memory sampled after each, to show that a
// long session (the app generating all afternoon) does not grow. Torch-free header.
#include <functional>
#include <string>
#include <vector>

namespace fgg {

struct SoakResult {
    std::string preset;
    int generations = 0;
    int warmup = 0;            ///< generations before the baseline (allocator pools, model load, caches)
    double rssBaselineMb = 0;  ///< resident memory after the warm-up
    double rssEndMb = 0;       ///< after the last generation
    double rssPeakMb = 0;      ///< the most seen after the warm-up
    double growthPercent = 0;  ///< (end - baseline) / baseline, in %
    double seconds = 0;        ///< wall time of all generations
    std::vector<double> rssMb; ///< after each generation
};

/// Resident set size of this process in MiB (/proc/self/statm); 0 where /proc is absent.
double residentMemoryMb();

/// Runs `generations` generations (4-bar lead sheet, both tracks, 10 steps, one candidate, the seed varying)
/// with random-weight checkpoints of `preset` written to a temporary folder (removed afterwards). `progress`
/// gets the generation index (1-based) and the resident memory after it.
SoakResult runSoak(int generations, const std::string& preset,
                   const std::function<void(int, double)>& progress = {});

} // namespace fgg
