#pragma once
// `fgg eval`: generate from held-out songs' own chord progressions (windows of 4 or more bars) and measure,
// per guidance mode, the paper's figures (out-of-key rate, chord accuracy, density, range, register) and the
// melody's shape (issue 15: leaps, steps, intervals, chord tones on beats, the melody above the
// accompaniment, the chord accuracy of both parts together), beside the songs' original tracks.
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

/// Which melody the generated accompaniment is written against.
enum class EvalAccompany {
    Generated, ///< the generated melody, as `fgg generate` does with a bare lead sheet (task both)
    Original,  ///< the song's own melody (the accompaniment model alone)
};

struct EvalOptions {
    std::string pop909Dir;
    std::string cachePath;
    std::vector<int> songIds; ///< empty = the validation split
    std::vector<GuidanceMode> modes{GuidanceMode::Fgg, GuidanceMode::None};
    int maxWindows = 64; ///< spread evenly over the songs
    EvalRhythm rhythm = EvalRhythm::Default;
    EvalAccompany accompany = EvalAccompany::Generated;
    int bars = 4; ///< window length, a multiple of 4
    LineWeights line = GenerationParams{}.line;
    bool underMelody = GenerationParams{}.underMelody;
    bool completeChords = GenerationParams{}.completeChords;
    double holdThreshold = GenerationParams{}.holdThreshold;
    int steps = 10;
    double cfgScale = GenerationParams{}.cfgScale;
    double accompanimentCfgScale = GenerationParams{}.accompanimentCfgScale;
    std::uint64_t seed = 0;
    Precision precision = Precision::Auto;
    ModelFiles models = ModelFiles::shipped();
    /// Where to write every window as MIDI, the original and each mode's result (`NN-original.mid`,
    /// `NN-fgg.mid`, chords as markers), to look at in the roll or to analyse; empty = nowhere.
    std::string dumpDir;
};

struct TrackMetrics {
    double outOfKey = 0;
    double chordAccuracy = 0;
    double notesPerBar = 0;
    double pitchRange = 0; ///< highest - lowest pitch per 4 bars, semitones
    double meanPitch = 0;  ///< register: mean MIDI pitch over all notes
    // The line's shape (MelodyShape.h), pooled over the windows.
    double leapRate = 0;     ///< consecutive intervals > 7 semitones
    double stepRate = 0;     ///< consecutive intervals <= 2 semitones
    double meanInterval = 0; ///< semitones
    double chordTonesOnBeats = 0;
    int windows = 0;
};

/// Figures of the two parts together.
struct PairMetrics {
    double melodyAbove = 0;   ///< share of 16ths (both sounding) where the melody is above the accompaniment
    double chordAccuracy = 0; ///< melody + accompaniment, per half bar
};

struct EvalRow {
    std::string label; ///< a guidance mode, or "original"
    TrackMetrics melody, accompaniment;
    PairMetrics both;
};

/// A figure of a generated row against the originals', with the issue 15 target it is held to.
struct TargetCheck {
    std::string figure;
    double generated = 0, original = 0;
    double value = 0;   ///< the ratio generated / original, or the absolute figure where the target is one
    std::string target; ///< e.g. "<= 1.5x"
    bool pass = false;
};
std::vector<TargetCheck> checkTargets(const EvalRow& generated, const EvalRow& original);

std::vector<EvalRow> evaluate(const EvalOptions& options,
                              const std::function<void(int done, int total)>& progress = {});

} // namespace fgg
