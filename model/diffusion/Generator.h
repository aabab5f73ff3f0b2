#pragma once
// The generator facade (the whisper.cpp habit: one opaque context, one params struct, one call, progress and
// cancel as arguments). Scores in, scores out; torch stays inside model/.
#include "model/diffusion/GenerationParams.h"
#include "model/music/Score.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

namespace fgg {

struct ModelFiles {
    std::string melody;        ///< checkpoint for chords -> melody
    std::string accompaniment; ///< checkpoint for chords + melody -> accompaniment

    /// The shipped models: $FGG_MODEL_DIR, else the installed share folder, else resources/models of the
    /// source tree.
    static ModelFiles shipped();
};

struct DeviceInfo {
    std::string name; ///< "CPU (2 threads, OpenBLAS 0.3.21 (OpenMP), bf16)" or "CUDA (fp32)"
    bool cuda = false;
    std::string blasWarning; ///< non-empty when the BLAS is slow (reference BLAS)
};

class Generator {
public:
    /// Loads nothing yet: checkpoints are read (and validated) on first use, so the app starts instantly.
    explicit Generator(ModelFiles files);
    ~Generator();
    Generator(const Generator&) = delete;
    Generator& operator=(const Generator&) = delete;

    /// Generates `params.candidates` scores for the prompt's chords (and its melody, for the accompaniment
    /// task). The result keeps the prompt's chords, tempo and key, with `Melody` and/or `Accompaniment`
    /// tracks filled. Progress is reported after every diffusion step; `cancel` is checked before every step
    /// (throws Cancelled). Locked notes (Note::locked) of the generated tracks are kept bit for bit and the
    /// rest is written around them, here and in every call below.
    std::vector<Score> generate(const Score& prompt, const GenerationParams& params,
                                const ProgressCallback& progress = {},
                                const std::atomic<bool>* cancel = nullptr);

    /// Continues the melody that `prompt` has before `from` (a motif the user wrote): the melody is written
    /// from `from` to the end, everything before it kept; then, when `params.task` is Both, the
    /// accompaniment of the whole piece.
    std::vector<Score> continueMelody(const Score& prompt, Tick from, const GenerationParams& params,
                                      const ProgressCallback& progress = {},
                                      const std::atomic<bool>* cancel = nullptr);

    /// Regenerates one region of one track by inpainting; the rest of `current` is kept bit for bit.
    std::vector<Score> regenerate(const Score& current, const InpaintRegion& region,
                                  const GenerationParams& params, const ProgressCallback& progress = {},
                                  const std::atomic<bool>* cancel = nullptr);

    /// Loads and converts both models for `params`' device and precision and runs one forward of each at
    /// the batch its candidates need (on all intra-op threads, and on one for the two streams of
    /// TwoStreams.h), so that oneDNN has made its kernels for those shapes: the first Generate then costs
    /// what later ones do. The app calls it at start-up in the worker thread.
    void prepare(const GenerationParams& params);

    /// The device and precision generation runs with (resolved from the preferences; throws Error for CUDA
    /// on a CPU-only build).
    DeviceInfo device(DevicePreference preference = DevicePreference::Auto,
                      Precision precision = Precision::Auto) const;
    const ModelFiles& files() const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

} // namespace fgg
