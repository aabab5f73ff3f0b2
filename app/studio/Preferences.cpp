#include "app/studio/Preferences.h"

#include "model/music/Error.h"

#include <QFileInfo>
#include <QSettings>
#include <algorithm>

namespace fgg::studio {

Preferences loadPreferences() {
    QSettings s;
    Preferences p;
    p.soundFont = s.value(QStringLiteral("audio/soundFont")).toString();
    p.midiPort = s.value(QStringLiteral("audio/midiPort")).toString();
    p.audioDriver = s.value(QStringLiteral("audio/driver")).toString();
    p.midiInput = s.value(QStringLiteral("audio/midiInput")).toString();
    p.liveMidiPort = s.value(QStringLiteral("audio/liveMidiPort"), false).toBool();
    p.volumeDb = std::clamp(s.value(QStringLiteral("audio/volumeDb"), 0).toInt(), kVolumeMinDb, kVolumeMaxDb);
    try {
        p.device = parseDevice(
            s.value(QStringLiteral("generation/device"), QStringLiteral("auto")).toString().toStdString());
    } catch (const Error&) {
        p.device = DevicePreference::Auto; // written by another version: the default
    }
    p.autosaveSeconds = s.value(QStringLiteral("files/autosaveSeconds"), 30).toInt();
    p.language = s.value(QStringLiteral("ui/language")).toString();
    return p;
}

void savePreferences(const Preferences& p) {
    QSettings s;
    s.setValue(QStringLiteral("audio/soundFont"), p.soundFont);
    s.setValue(QStringLiteral("audio/midiPort"), p.midiPort);
    s.setValue(QStringLiteral("audio/driver"), p.audioDriver);
    s.setValue(QStringLiteral("audio/midiInput"), p.midiInput);
    s.setValue(QStringLiteral("audio/liveMidiPort"), p.liveMidiPort);
    s.setValue(QStringLiteral("audio/volumeDb"), p.volumeDb);
    s.setValue(QStringLiteral("generation/device"), QString::fromLatin1(toString(p.device)));
    s.setValue(QStringLiteral("files/autosaveSeconds"), p.autosaveSeconds);
    s.setValue(QStringLiteral("ui/language"), p.language);
}

namespace recent {

QStringList files() {
    return QSettings().value(QStringLiteral("files/recent")).toStringList();
}

void add(const QString& path) {
    QStringList list = files();
    const QString abs = QFileInfo(path).absoluteFilePath();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxFiles)
        list.removeLast();
    QSettings().setValue(QStringLiteral("files/recent"), list);
}

void remove(const QString& path) {
    QStringList list = files();
    list.removeAll(path);
    QSettings().setValue(QStringLiteral("files/recent"), list);
}

void clear() {
    QSettings().remove(QStringLiteral("files/recent"));
}

} // namespace recent

} // namespace fgg::studio
