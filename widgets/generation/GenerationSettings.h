#pragma once
// The generation panel's settings, as the user chose them (and as the project file stores them), and their
// translation into the engine's GenerationParams.
#include "model/diffusion/GenerationParams.h"
#include "model/music/Scale.h"

#include <QString>
#include <optional>

namespace fgg::ui {

enum class ScaleStyle { FromChords, Dorian, Pentatonic, Custom };

struct GenerationSettings {
    Task task = Task::Both;
    GuidanceMode guidance = GuidanceMode::Fgg;
    ScaleStyle style = ScaleStyle::FromChords;
    QString customScale;   ///< "C D E G A" for ScaleStyle::Custom
    double density = -1.0; ///< 0..1; < 0: the model chooses its own rhythm
    int steps = 10;
    double cfgScale = 7.5;
    quint64 seed = 0;
    int candidates = 3;
    QString melodyModel;        ///< empty: the shipped model
    QString accompanimentModel; ///< empty: the shipped model
    DevicePreference device = DevicePreference::Auto;
    QString regenerateTrack = QStringLiteral("Melody");
    bool limitToPitchRange = false; ///< regenerate only the pitch range of the region
    bool operator==(const GenerationSettings&) const = default;
};

/// The engine's parameters. Throws ParseError for a custom scale that does not parse. The style's tonic is
/// the key's (C without a key).
GenerationParams toParams(const GenerationSettings& s, const std::optional<Key>& key);

const char* toString(ScaleStyle s);
ScaleStyle parseScaleStyle(const QString& text); ///< unknown text: FromChords
const char* toString(DevicePreference d);
DevicePreference parseDevice(const QString& text); ///< unknown text: Auto

} // namespace fgg::ui
