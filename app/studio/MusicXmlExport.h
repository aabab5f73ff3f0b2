#pragma once
// MusicXML 4.0 (partwise) export for notation programs (MuseScore, Dorico, Sibelius, Finale): one part per
// track, chord symbols as <harmony>, key, time signature and tempo. Notes are placed on a grid of 1/12 beat
// (16ths and triplets stay exact) and split at bar lines and at other notes' starts and ends with ties, so
// every part is a single voice of chords and rests that any reader accepts.
#include "model/music/Score.h"

#include <QByteArray>
#include <QString>

namespace fgg::studio {

QByteArray toMusicXml(const Score& score, const QString& title);
/// Atomic write (QSaveFile); throws fgg::Error naming the path.
void writeMusicXmlFile(const Score& score, const QString& path, const QString& title);

} // namespace fgg::studio
