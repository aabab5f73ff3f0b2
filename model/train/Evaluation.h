#pragma once
// `fgg eval`: generate from held-out songs' own chord progressions (4-bar windows) and measure, per guidance
// mode, the out-of-key rate, chord accuracy, note density and pitch range, beside the songs' original tracks.
#include "model/diffusion/Generator.h"

#include <functional>
#include <string>
#include <vector>

namespace fgg {

/// Where the generated parts' rhythm comes from.
enum class EvalRhythm {
    Default,  ///< what `fgg generate` does with a bare lead sheet (melody at POP909's mean density)
    Free,     ///< the models choose (the null-rhythm condition for both tracks)
    Original, ///< each window's own onsets per 16th step, as the paper's test slices supply them
};

struct EvalOptions {
    std::string pop909Dir;
    std::string cachePath;
    std::vector<int> songIds; ///< empty = the validation split
    std::vector<GuidanceMode> modes{GuidanceMode::Fgg, GuidanceMode::None};
    int maxWindows = 64; ///< spread evenly over the songs
    EvalRhythm rhythm = EvalRhythm::Default;
    int steps = 10;
    double cfgScale = 7.5;
    std::uint64_t seed = 0;
    Precision precision = Precision::Auto;
    ModelFiles models = ModelFiles::shipped();
};

struct TrackMetrics {
    double outOfKey = 0;
    double chordAccuracy = 0;
    double notesPerBar = 0;
    double pitchRange = 0;
    double meanPitch = 0; ///< register: mean MIDI pitch over all notes
    int windows = 0;
};

struct EvalRow {
    std::string label; ///< a guidance mode, or "original"
    TrackMetrics melody, accompaniment;
};

std::vector<EvalRow> evaluate(const EvalOptions& options,
                              const std::function<void(int done, int total)>& progress = {});

} // namespace fgg
