#pragma once
// What the user chose for generation, as a project file stores it and the CLI's options spell it: portable
// between machines (the device is a preference of the machine, DevicePreference, not a setting of the piece).
// toParams turns it into the engine's GenerationParams. Qt-free and torch-free (issue 19).
#include "model/diffusion/GenerationParams.h"
#include "model/music/Scale.h"
#include "model/music/Score.h"

#include <optional>
#include <string>
#include <vector>

namespace fgg {

struct GenerationSettings {
    Task task = Task::Both;
    GuidanceMode guidance = GuidanceMode::Fgg;
    ScaleStyle style = ScaleStyle::FromChords;
    std::string customScale;       ///< "C D E G A" or "A dorian" for ScaleStyle::Custom
    std::optional<double> density; ///< 0..1; unset: the melody's default density (RhythmPlan.h)
    int steps = 10;
    double cfgScale = 7.5;              ///< the melody's
    double accompanimentCfgScale = 3.0; ///< GenerationParams.h says why it is lower
    std::uint64_t seed = 0;
    int candidates = 3;
    double humanise = 0.3;          ///< 0..1: the velocity jitter of generated notes (VelocityShape.h)
    std::string melodyModel;        ///< empty: the shipped model
    std::string accompanimentModel; ///< empty: the shipped model
    std::string regenerateTrack = kMelodyTrack;
    bool limitToPitchRange = false; ///< regenerate only the pitch range of the marked region
    bool operator==(const GenerationSettings&) const = default;
};

/// The engine's parameters on `device`. The style's tonic is the key's (C without a key). Throws ParseError
/// for a custom scale that does not parse.
GenerationParams toParams(const GenerationSettings& s, const std::optional<Key>& key,
                          DevicePreference device = DevicePreference::Auto);

} // namespace fgg
