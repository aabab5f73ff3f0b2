#pragma once
// The project file (.fggproj): JSON with a format version, the score (tracks with their notes and locks,
// tempo, time signature, key, chords with their scales, length, the rhythm lane) and the generation settings
// (the model's GenerationSettings; the device is not saved: it is a preference of the machine). Written
// atomically with QSaveFile. A file from a newer format version is refused with a message that says so, never
// half-read.
#include "model/diffusion/GenerationSettings.h"
#include "model/music/Score.h"

#include <QByteArray>
#include <QString>

namespace fgg::studio {

/// 2: note locks, scales per chord, the rhythm lane (a version-1 reader would drop them silently).
inline constexpr int kProjectFormatVersion = 2;
inline constexpr const char* kProjectSuffix = "fggproj";

struct Project {
    Score score;
    GenerationSettings generation;
};

QByteArray projectToJson(const Project& project);
/// Throws fgg::FileFormatError naming `where` (the file) and what is wrong.
Project projectFromJson(const QByteArray& json, const QString& where);

/// Atomic: a crash or a full disk leaves the previous file intact. Throws fgg::Error naming the path and
/// reason.
void saveProject(const Project& project, const QString& path);
Project loadProject(const QString& path);

} // namespace fgg::studio
