#pragma once
// The offline-render speed figure for `fgg bench`: a known 8-bar score rendered to memory.
#include "model/music/Score.h"

#include <string>

namespace fgg::audio {

/// 8 bars of 4/4 at 120 bpm (16 s): an eighth-note melody, piano chords and bass in the accompaniment,
/// one chord per bar (C Am F G twice).
Score renderBenchScore();

/// Real-time factor (seconds of audio per second of rendering; 44.1 kHz stereo 16-bit by default) of the
/// best of `repeats` renders of renderBenchScore(), soundfont loading excluded. Throws Error when the
/// soundfont cannot be loaded.
double measureRenderSpeed(const std::string& soundFont = {}, int sampleRate = 44100, int repeats = 3);

struct RenderSpeed {
    double realTime = 0; ///< wall clock: what a user waits
    double cpu = 0;      ///< thread CPU time: the figure on an unloaded machine
    double audioSeconds = 0;
};
/// measureRenderSpeed with both figures (best of `repeats` each).
RenderSpeed measureRenderSpeedDetailed(const std::string& soundFont = {}, int sampleRate = 44100,
                                       int repeats = 3);

} // namespace fgg::audio
