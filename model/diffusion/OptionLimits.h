#pragma once
// The accepted range of every numeric setting, in one place: the `fgg` commands check their options against
// these before any work (app/cli/Args), and the app's spin boxes and sliders take their limits from the same
// entries (widgets/generation/GenerationPanel, app/studio). Qt-free and torch-free.
#include <cmath>
#include <cstdio>
#include <string>

namespace fgg {

/// A closed range [min, max], of whole numbers where `whole`.
struct NumberLimit {
    const char* option; ///< the CLI option's name, without "--"
    double min;
    double max;
    bool whole;

    bool accepts(double v) const {
        return std::isfinite(v) && v >= min && v <= max && (!whole || v == std::floor(v));
    }
    /// "a number from 0 to 20", "a whole number from 1 to 1000".
    std::string describe() const {
        return std::string(whole ? "a whole number" : "a number") + " from " + format(min) + " to " +
               format(max);
    }
    static std::string format(double v) {
        char buf[32];
        if (v == std::floor(v) && std::fabs(v) < 1e15)
            std::snprintf(buf, sizeof buf, "%.0f", v);
        else
            std::snprintf(buf, sizeof buf, "%g", v);
        return buf;
    }
};

namespace limits {

// Generation: `fgg generate` / `fgg eval` and the app's generation panel and tool bar.
inline constexpr NumberLimit kCfgScale{"cfg", 0.0, 20.0, false};
inline constexpr NumberLimit kAccompanimentCfgScale{"accompaniment-cfg", 0.0, 20.0, false};
inline constexpr NumberLimit kSteps{"steps", 1, 1000, true};
inline constexpr NumberLimit kDensity{"density", 0.0, 1.0, false}; ///< the panel shows it in percent
inline constexpr NumberLimit kSeed{"seed", 0, 2147483647, true};
inline constexpr NumberLimit kCandidates{"candidates", 1, 16, true};
inline constexpr NumberLimit kHumanise{"humanise", 0.0, 1.0, false}; ///< the panel shows it in percent
inline constexpr NumberLimit kTempo{"tempo", 20, 400, false};        ///< beats per minute
inline constexpr NumberLimit kBars{"bars", 1, 512, true};            ///< the app's piece length

// Evaluation.
inline constexpr NumberLimit kEvalWindows{"windows", 1, 1000000, true};
inline constexpr NumberLimit kEvalBars{"bars", 4, 64, true}; ///< and a multiple of 4 (Evaluation.cpp says so)
/// The line preference of the melody's rhythm correction (GenerationParams::LinePreference): weights >= 0.
inline constexpr NumberLimit kLineNear{"line-near", 0.0, 100.0, false};
/// NoteHold.h: 0.5 (the decoder's own threshold) holds nothing.
inline constexpr NumberLimit kHoldThreshold{"hold-threshold", 0.0, 0.5, false};
inline constexpr NumberLimit kLineChordTone{"line-chord-tone", 0.0, 100.0, false};

// Training (`fgg train`) and its ranks.
inline constexpr NumberLimit kTrainSteps{"steps", 1, 2147483647, true};
inline constexpr NumberLimit kBatch{"batch", 1, 65536, true};
inline constexpr NumberLimit kLearningRate{"lr", 1e-9, 1.0, false};
inline constexpr NumberLimit kEmaDecay{"ema", 0.0, 0.999999, false}; ///< 0 = no EMA; 1 would never move
inline constexpr NumberLimit kThreads{"threads", 0, 1024, true};     ///< 0 = all cores
inline constexpr NumberLimit kCheckpointMinutes{"checkpoint-minutes", 0, 100000, true};
inline constexpr NumberLimit kValidEvery{"valid-every", 0, 2147483647, true};
inline constexpr NumberLimit kWorldSize{"world-size", 1, 4096, true};
inline constexpr NumberLimit kRank{"rank", 0, 4095, true};
inline constexpr NumberLimit kNproc{"nproc", 1, 256, true};
inline constexpr NumberLimit kTimeoutSeconds{"timeout-seconds", 1, 86400, true};

// Benchmarks (`fgg bench`).
inline constexpr NumberLimit kRepeats{"repeats", 1, 10000, true};
inline constexpr NumberLimit kBenchTrainSteps{"train-steps", 1, 100000, true};
inline constexpr NumberLimit kSoak{"soak", 1, 10000000, true};
inline constexpr NumberLimit kTrainProcs{"train-procs", 1, 64, true};
/// The authors' PyTorch code on this machine (app/cli/BenchTargets.h): seconds per 4-bar paper sample in
/// fp32, training samples per second at batch 16.
inline constexpr NumberLimit kAuthorsSample{"authors-sample", 0.001, 3600.0, false};
inline constexpr NumberLimit kAuthorsTrain{"authors-train", 0.001, 100000.0, false};

// Chord help (`fgg chords`, `fgg suggest`) and the rhythm bank (`fgg rhythm-bank`).
inline constexpr NumberLimit kProgressionOrder{"order", 1, 8, true};
inline constexpr NumberLimit kMinCount{"min-count", 1, 1000000, true};
inline constexpr NumberLimit kChordEvalSongs{"songs", 0, 100000, true}; ///< 0 = all validation songs
// Detection and harmonisation weights (`fgg chords --eval`, for tuning on training songs).
inline constexpr NumberLimit kDetectScale{"detect-scale", 0.0, 100.0, false};
inline constexpr NumberLimit kMelodyScale{"melody-scale", 0.0, 100.0, false};
inline constexpr NumberLimit kMelodyComplexity{"melody-complexity", 0.0, 100.0, false};
inline constexpr NumberLimit kSuggestions{"count", 1, 100, true};

// Rendering (`fgg render`) and listening tests (`fgg study`).
inline constexpr NumberLimit kSampleRate{"sample-rate", 8000, 192000, true};
inline constexpr NumberLimit kTailSeconds{"tail", 0.0, 60.0, false};
inline constexpr NumberLimit kPeakDbfs{"peak", -60.0, 0.0, false};
inline constexpr NumberLimit kParticipant{"participant", 0, 1000000, true};

} // namespace limits
} // namespace fgg
