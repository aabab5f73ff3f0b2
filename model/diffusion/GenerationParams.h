#pragma once
// What the app and the CLI ask of the generator. Torch-free.
#include "model/diffusion/GenerationVocabulary.h"
#include "model/music/Error.h"
#include "model/music/PitchClassSet.h"
#include "model/roll/PianoRoll.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fgg {

/// How the melody's rhythm correction weighs the line (issue 15): a bonus of `chordTone` for chord tones on
/// beats and a cost of `near` per octave further than a whole tone from the melody's neighbouring notes,
/// added to the onset values it ranks (model/diffusion/Guidance.h linePreference). Both 0 = the paper's
/// choice, the largest onset values. Only allowed pitches can become notes either way. The defaults bring the
/// leap rate, step rate and range of the melody to the POP909 originals' (docs/generation.md; `near` 4.5
/// since session 11: at 3 the step rate sat on the 0.9x line and fell under it in bf16).
struct LineWeights {
    double near = 4.5;
    double chordTone = 0.1;
};

struct GenerationParams {
    Task task = Task::Both;
    GuidanceMode guidance = GuidanceMode::Fgg;
    /// Style control: these pitch classes replace the chord-derived allowed set at every step.
    std::optional<PitchClassSet> scale;
    /// The melody's onsets per 16th step (the rhythm lane, `--rhythm`), repeated over the piece when shorter;
    /// empty = none given.
    std::vector<int> rhythm;
    /// Density 0..1 used to build a rhythm when none is drawn. Unset: see `freeRhythm`.
    std::optional<double> density;
    /// With neither a rhythm nor a density: false (default) gives the melody POP909's mean melody density
    /// (kPop909MelodyDensity) and lets the accompaniment choose its rhythm; true lets both choose (the
    /// paper's null-rhythm condition). The melody model left to itself writes about half POP909's notes per
    /// bar
    /// (`fgg eval --rhythm free`), so the default asks for the density composers expect.
    bool freeRhythm = false;
    bool rhythmGuidance = true; ///< enforce `rhythm`/`density` onsets per step (thresholds 0.499 / 0.501)
    LineWeights line;           ///< the melody's rhythm correction's preference for the line
    /// With `fgg` guidance: the accompaniment may not sound above the melody's sounding pitch (the pitches
    /// there join the disallowed ones for that step), so the tune stays on top (issue 15;
    /// docs/generation.md).
    bool underMelody = true;
    /// With `fgg` guidance and no enforced accompaniment rhythm: where a stretch of one chord within a half
    /// bar lacks the chord's root, or the third that neither part sounds, the accompaniment adds it to a
    /// chord it strikes there (ChordCompletion.h; docs/generation.md).
    bool completeChords = true;
    /// With `fgg` guidance: the accompaniment holds a sounding note through a next cell whose sustain the
    /// network rates above this rather than 0.5 (NoteHold.h; docs/generation.md); 0.5 = no hold.
    double holdThreshold = 0.1;
    int steps = 10;        ///< diffusion steps, 1..1000 (10 = the authors' schedule)
    double cfgScale = 7.5; ///< the melody's CFG scale (the paper's 7.5)
    /// The accompaniment's CFG scale. Lower than the melody's: at 3 the small accompaniment model's chord
    /// accuracy, range and register come closest to POP909's piano parts (docs/generation.md).
    double accompanimentCfgScale = 3.0;
    double cfgRescale = 0.7;
    std::uint64_t seed = 0;
    int candidates = 1;
    /// 0..1: how much the velocities of generated notes vary around their metrical accent
    /// (model/music/VelocityShape.h); 0 = the accents alone.
    double humanise = 0.3;
    DevicePreference device = DevicePreference::Auto;
    Precision precision = Precision::Auto;
};

/// A region to regenerate by inpainting; everything outside it stays as it is.
struct InpaintRegion {
    std::string track = "Melody"; ///< kMelodyTrack or kAccompanimentTrack
    Tick start = 0;
    Tick end = 0;
    int lowPitch = 0;
    int highPitch = 127;
};

struct GenerationProgress {
    int step = 0;       ///< 1-based diffusion step within the current pass
    int totalSteps = 0; ///< steps per pass
    int pass = 0;       ///< 1-based: windows x tasks
    int totalPasses = 0;
    std::string track; ///< which track this pass generates
    Tick origin = 0;   ///< tick of the window's step 0
    /// The current x0 estimate of each candidate, decoded to notes of the window (ticks of the piece).
    std::vector<std::vector<Note>> preview;
};

using ProgressCallback = std::function<void(const GenerationProgress&)>;

/// Thrown when the cancel flag is raised; the caller's score is untouched.
class Cancelled : public Error {
public:
    Cancelled() : Error("generation cancelled") {}
};

/// Throws Error naming the first setting outside its range (OptionLimits.h): NaN, infinities included.
void checkGenerationParams(const GenerationParams& params);

} // namespace fgg
