#pragma once
// Making a study's stimuli: each planned stimulus generated (or, for the original condition, copied from the
// prompt's song), written as MIDI and, through a renderer the caller supplies (the audio layer), as WAV under
// `stimuli/`. Stimuli whose files exist are kept, so an interrupted build resumes where it stopped. Qt-free:
// the studio runs it in a worker thread, `fgg study build` on the command line.
#include "model/diffusion/GenerationParams.h"
#include "model/music/Score.h"
#include "model/study/StimulusPlan.h"
#include "model/study/Study.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace fgg {
class Generator;
}

namespace fgg::study {

struct StimulusProgress {
    int index = 0; ///< 0-based stimulus being made
    int total = 0;
    std::string name;     ///< its file name
    double fraction = 0;  ///< of the whole build, 0..1
    bool skipped = false; ///< its files were there already
};

/// Makes one stimulus score: the generated piece for `prompt` under `condition` with `seed`. Throws Cancelled
/// when `cancel` is raised.
using StimulusGenerateFn =
    std::function<Score(const Score& prompt, const Condition& condition, std::uint64_t seed,
                        const std::function<void(double)>& progress, const std::atomic<bool>* cancel)>;
/// Writes `score` as a WAV file (atomically); return false when cancelled.
using StimulusRenderFn = std::function<bool(const Score& score, const std::string& wavPath)>;

struct StimulusBuildOptions {
    StimulusGenerateFn generate; ///< empty: the engine (see engineGenerator)
    StimulusRenderFn renderWav;  ///< empty: MIDI only
    std::function<void(const StimulusProgress&)> progress;
    const std::atomic<bool>* cancel = nullptr;
    bool overwrite = false; ///< remake stimuli whose files exist
    DevicePreference device = DevicePreference::Auto;
};

struct StimulusBuildResult {
    int made = 0;
    int skipped = 0;
    bool wav = false; ///< WAV files were written
};

/// Builds every stimulus of `plan` (default: planStimuli(study)). Throws Cancelled when cancelled (finished
/// stimuli stay), Error naming the stimulus when one fails.
StimulusBuildResult buildStimuli(const Study& study, const std::string& studyDir,
                                 const StimulusBuildOptions& options);

/// The engine-backed generator: one fgg::Generator per model folder, kept for the whole build.
StimulusGenerateFn engineGenerator(DevicePreference device = DevicePreference::Auto);

/// Which stimuli are missing (no MIDI file), for the designer's status line.
std::vector<Stimulus> missingStimuli(const Study& study, const std::string& studyDir);

/// The generation settings a condition stands for, with `seed`.
GenerationParams generationParams(const Condition& condition, std::uint64_t seed, DevicePreference device);

} // namespace fgg::study
