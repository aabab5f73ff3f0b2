#include "model/diffusion/GenerationSettings.h"

namespace fgg {

GenerationParams toParams(const GenerationSettings& s, const std::optional<Key>& key,
                          DevicePreference device) {
    GenerationParams p;
    p.task = s.task;
    p.guidance = s.guidance;
    p.steps = s.steps;
    p.cfgScale = s.cfgScale;
    p.accompanimentCfgScale = s.accompanimentCfgScale;
    p.seed = s.seed;
    p.candidates = s.candidates;
    p.humanise = s.humanise;
    p.device = device;
    p.density = s.density;
    const Key k = key.value_or(Key{});
    switch (s.style) {
    case ScaleStyle::FromChords:
        break;
    case ScaleStyle::Dorian:
        p.scale = Scale::named("dorian").intervals.transposed(k.tonic.pitchClass());
        break;
    case ScaleStyle::Pentatonic:
        p.scale = Scale::named(k.isMinor() ? "minor pentatonic" : "major pentatonic")
                      .intervals.transposed(k.tonic.pitchClass());
        break;
    case ScaleStyle::Custom:
        p.scale = parseScaleSpec(s.customScale);
        break;
    }
    return p;
}

} // namespace fgg
