#pragma once
// One generation pass of one track over a whole piece: window by window, each window inpainted over the cells
// that are already known (given by the user, or made by the previous window).
#include "model/diffusion/GenerationVocabulary.h"
#include "model/diffusion/Sampler.h"
#include "model/diffusion/WindowPlan.h"
#include "model/music/PitchClassSet.h"
#include "model/roll/PianoRoll.h"

#include <optional>
#include <string>
#include <vector>

namespace fgg::diffusion {

struct PassInputs {
    Task task = Task::Melody;               ///< Melody or Accompaniment: which model, which conditions
    std::vector<PitchClassSet> chroma;      ///< per step of the piece
    std::vector<PitchClassSet> allowed;     ///< per step of the piece
    std::optional<std::vector<int>> rhythm; ///< onsets per step for the rhythm condition, if any
    bool enforceRhythm = true;
    bool underMelody = false; ///< accompaniment: no note above the melody's sounding pitch (belowMelody)
    /// Accompaniment without an enforced rhythm: complete each chord's root and third (ChordCompletion.h)
    /// from these, per step of the piece; empty = no completion.
    std::vector<PitchClassSet> roots, thirds;
    float holdThreshold = 0.5f;     ///< accompaniment: NoteHold.h; 0.5 = no hold
    std::vector<PianoRoll> melody;  ///< per candidate, accompaniment task only
    std::vector<PianoRoll> rolls;   ///< per candidate: the known content (updated in place)
    std::vector<PianoRoll> unknown; ///< per candidate: 1 where the cell is to be generated
    int from = 0, to = 0;           ///< the span of steps to generate
};

struct PassProgress {
    int window = 0, windows = 0;
    int origin = 0;
};

using PassStepCallback =
    std::function<void(const PassProgress&, int step, int total, const torch::Tensor& x0)>;

/// Fills the unknown cells of `in.rolls`: runWindow for each of passWindows(in), in order. Throws Cancelled.
void runWindowedPass(Sampler& sampler, PassInputs& in, const SamplerSettings& settings,
                     const PassStepCallback& onStep, const std::atomic<bool>* cancel);

/// The windows of a pass, in the order they must run: each is inpainted over what the ones before made.
std::vector<Window> passWindows(const PassInputs& in);

/// Samples window `w` of `windows` (= passWindows(in)) and writes it into `in.rolls`, marking its cells
/// known in `in.unknown`. Reads only the window's own span of `in`'s per-step inputs and of `in.melody`.
void runWindow(Sampler& sampler, PassInputs& in, const std::vector<Window>& windows, std::size_t w,
               const SamplerSettings& settings, const PassStepCallback& onStep,
               const std::atomic<bool>* cancel);

/// [B, 1, T, P]: 1 on the rows below the highest sounding melody note of each step (a cell above 0.5 in
/// either channel), everywhere where the melody rests. Multiplied into the accompaniment's allowed mask it
/// keeps the melody on top, with FGG's own guarantee (only allowed cells can cross 0.5).
torch::Tensor belowMelody(const std::vector<PianoRoll>& melody);

/// Number of windows `runWindowedPass` will run for a span.
int windowCount(int pieceSteps, int from, int to);

/// A batch of rolls as a [B, 2, T, P] tensor, and back.
torch::Tensor rollsToTensor(const std::vector<PianoRoll>& rolls);
PianoRoll tensorToRoll(const torch::Tensor& x, int64_t b);

} // namespace fgg::diffusion
