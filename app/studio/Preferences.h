#pragma once
// The user's preferences, kept in QSettings: soundfont, MIDI output port, audio driver, playback volume,
// generation device, autosave interval, language. Plus the list of recent files.
#include "model/diffusion/GenerationParams.h"

#include <QString>
#include <QStringList>

namespace fgg::studio {

struct Preferences {
    QString soundFont;         ///< empty: the default General MIDI soundfont
    QString midiPort;          ///< empty: no external MIDI output
    QString midiInput;         ///< a keyboard's port for step input; empty: none
    bool liveMidiPort = false; ///< offer the live port "fgg-studio-live:out" for a DAW and play into it
    int volumeDb = 0; ///< the internal synth's playback level against its default, kVolumeMinDb..kVolumeMaxDb
    QString
        audioDriver; ///< a FluidSynth driver (pulseaudio, pipewire, alsa, jack); empty: the first that opens
    DevicePreference device = DevicePreference::Auto;
    int autosaveSeconds = 30; ///< 0: off
    QString language;         ///< empty: from the system locale; "en", "de", "zh_CN"
    bool operator==(const Preferences&) const = default;
};

/// The playback volume's range in dB: down to nearly silent, up to where dense piano parts start to clip.
inline constexpr int kVolumeMinDb = -30;
inline constexpr int kVolumeMaxDb = 6;

Preferences loadPreferences();
void savePreferences(const Preferences& p);

namespace recent {
inline constexpr int kMaxFiles = 8;
QStringList files();
/// Moves `path` to the top (and drops what is over the maximum).
void add(const QString& path);
void remove(const QString& path);
void clear();
} // namespace recent

} // namespace fgg::studio
