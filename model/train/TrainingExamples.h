#pragma once
// Training examples from quantised songs (method §1-2): a random bar-aligned 4-bar window of a random
// song, transposed by -5..+6 semitones (notes pushed out of MIDI 33..96 are dropped; the chord chroma
// rotates), the target roll (melody, or the PIANO track for accompaniment), and the conditions with
// classifier-free-guidance dropout: the chord+rhythm condition becomes the null chord with probability p, and
// (accompaniment) the melody becomes -1 with probability p, independently.
#include "model/data/QuantisedSong.h"

#include <cstdint>
#include <random>
#include <string>
#include <torch/torch.h>
#include <vector>

namespace fgg {
class SplitMix64;
}

namespace fgg::train {

struct ExampleBatch {
    torch::Tensor target;     ///< [B, 2, 64, 64] x0 in {0, 1}
    torch::Tensor conditions; ///< [B, 2 or 4, 64, 64]
};

/// One example: a window start (0 .. windowStartCount()-1) and its augmentation.
struct WindowDraw {
    long long window = 0;
    int shift = 0; ///< semitones, -5..+6
    bool dropChord = false;
    bool dropMelody = false;
};

class TrainingExamples {
public:
    /// `task` = "melody" or "accompaniment". Songs shorter than one window are padded with silence.
    TrainingExamples(std::vector<QuantisedSong> songs, std::string task, double dropProbability = 0.5);

    /// A batch drawn from `rng` (augmentation and dropout on), windows drawn with replacement: the data order
    /// of training states written before epochs existed (ShardedSampler's DataOrder::Replacement).
    ExampleBatch sample(int batch, std::mt19937_64& rng) const;
    /// Bar-aligned 4-bar window starts over all songs: what one epoch visits once.
    long long windowStartCount() const { return static_cast<long long>(cumulativeBars_.back()); }
    /// Augmentation for `window` (transposition, condition dropout), drawn from `rng`: SplitMix64 gives the
    /// same draws on every machine (std:: distributions are implementation-defined).
    WindowDraw draw(long long window, SplitMix64& rng) const;
    /// The examples for a list of draws, in order.
    ExampleBatch gather(const std::vector<WindowDraw>& draws) const;
    /// Every non-overlapping window of every song, untransposed, conditions kept: for validation.
    ExampleBatch windows(int maxWindows) const;
    std::size_t songCount() const { return songs_.size(); }
    long long windowCount() const; ///< non-overlapping 4-bar windows (the paper's segment count)

private:
    void fill(const QuantisedSong& song, int originStep, int shift, bool dropChord, bool dropMelody,
              float* target, float* conditions) const;
    std::vector<QuantisedSong> songs_;
    std::vector<double> cumulativeBars_;
    std::string task_;
    double drop_;
};

} // namespace fgg::train
