#pragma once
// What goes into the DAW: the whole piece, the roll's selection, or a generated candidate as a score of its
// own, with a file name that says what it is ("song-melody-bars5-8"). A part of the piece starts at the
// beginning of its first bar, so it lands on the bar it is dropped on and keeps its place in the bar.
#include "model/music/Score.h"
#include "widgets/ground/NoteTypes.h"

#include <QString>

namespace fgg::studio {

struct MidiClip {
    Score score;
    QString baseName; ///< the file name without ".mid"
    Tick offset = 0;  ///< ticks of the piece before the clip's tick 0
};

/// The piece as it is (with its chord pad when on): "song".
MidiClip pieceClip(const Score& piece, const QString& project);

/// `notes` of `piece` (keyed by track): "song-melody-bars5-8", "song-selection-bar3" (several tracks).
MidiClip selectionClip(const Score& piece, const NotesByTrack& notes, const QString& project);

/// Candidate `index` (0-based) of a generation: the tracks it changes against `piece` (all of them when it
/// changes none), within [from, to) when from < to (a regenerated region). "song-candidate2",
/// "song-candidate2-melody-bars5-6".
MidiClip candidateClip(const Score& piece, const Score& candidate, int index, Tick from, Tick to,
                       const QString& project);

/// `project`'s name (a ".fggproj" or other suffix dropped) made safe for any desktop file system, "untitled"
/// when nothing is left.
QString clipProjectName(const QString& project);

} // namespace fgg::studio
