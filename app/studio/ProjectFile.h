#pragma once
// The project file (.fggproj): JSON with a format version, the score (tracks, tempo, time signature, key,
// chords, length) and the generation settings. Written atomically with QSaveFile. A file from a newer format
// version is refused with a message that says so, never half-read.
#include "model/music/Score.h"
#include "widgets/generation/GenerationSettings.h"

#include <QByteArray>
#include <QString>

namespace fgg::studio {

inline constexpr int kProjectFormatVersion = 1;
inline constexpr const char* kProjectSuffix = "fggproj";

struct Project {
    Score score;
    ui::GenerationSettings generation;
};

QByteArray projectToJson(const Project& project);
/// Throws fgg::FileFormatError naming `where` (the file) and what is wrong.
Project projectFromJson(const QByteArray& json, const QString& where);

/// Atomic: a crash or a full disk leaves the previous file intact. Throws fgg::Error naming the path and
/// reason.
void saveProject(const Project& project, const QString& path);
Project loadProject(const QString& path);

} // namespace fgg::studio
