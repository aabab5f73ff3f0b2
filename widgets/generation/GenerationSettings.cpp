#include "widgets/generation/GenerationSettings.h"

namespace fgg::ui {

GenerationParams toParams(const GenerationSettings& s, const std::optional<Key>& key) {
    GenerationParams p;
    p.task = s.task;
    p.guidance = s.guidance;
    p.steps = s.steps;
    p.cfgScale = s.cfgScale;
    p.seed = s.seed;
    p.candidates = s.candidates;
    p.device = s.device;
    if (s.density >= 0) p.density = s.density;
    const Key k = key.value_or(Key{});
    const bool minor = k.isMinor();
    switch (s.style) {
    case ScaleStyle::FromChords:
        break;
    case ScaleStyle::Dorian:
        p.scale = Scale::named("dorian").intervals.transposed(k.tonic.pitchClass());
        break;
    case ScaleStyle::Pentatonic:
        p.scale = Scale::named(minor ? "minor pentatonic" : "major pentatonic")
                      .intervals.transposed(k.tonic.pitchClass());
        break;
    case ScaleStyle::Custom:
        p.scale = parseScaleSpec(s.customScale.toStdString());
        break;
    }
    return p;
}

const char* toString(ScaleStyle s) {
    switch (s) {
    case ScaleStyle::FromChords:
        return "chords";
    case ScaleStyle::Dorian:
        return "dorian";
    case ScaleStyle::Pentatonic:
        return "pentatonic";
    case ScaleStyle::Custom:
        return "custom";
    }
    return "chords";
}

ScaleStyle parseScaleStyle(const QString& text) {
    if (text == QLatin1String("dorian")) return ScaleStyle::Dorian;
    if (text == QLatin1String("pentatonic")) return ScaleStyle::Pentatonic;
    if (text == QLatin1String("custom")) return ScaleStyle::Custom;
    return ScaleStyle::FromChords;
}

const char* toString(DevicePreference d) {
    switch (d) {
    case DevicePreference::Auto:
        return "auto";
    case DevicePreference::Cpu:
        return "cpu";
    case DevicePreference::Cuda:
        return "cuda";
    }
    return "auto";
}

DevicePreference parseDevice(const QString& text) {
    if (text == QLatin1String("cpu")) return DevicePreference::Cpu;
    if (text == QLatin1String("cuda")) return DevicePreference::Cuda;
    return DevicePreference::Auto;
}

} // namespace fgg::ui
