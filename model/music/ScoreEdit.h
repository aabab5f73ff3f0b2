#pragma once
// A change of a score's notes as a value: the notes that leave and the notes that arrive, track by track.
// Undo is the inverse edit; a continued gesture (a drag, a held arrow key) is one edit followed by another
// that starts from exactly the notes the first one left (`followedBy`). The app's undo commands are thin
// adapters over these (docs/architecture.md, "Edits").
#include "model/music/NoteSets.h"
#include "model/music/Score.h"

namespace fgg {

struct ScoreEdit {
    NotesByTrack erase;  ///< removed one by one, by value (a note that is missing is skipped)
    NotesByTrack insert; ///< added to their tracks (a missing track is created)

    static ScoreEdit adding(NotesByTrack notes) { return {{}, std::move(notes)}; }
    static ScoreEdit removing(NotesByTrack notes) { return {std::move(notes), {}}; }
    static ScoreEdit replacing(NotesByTrack before, NotesByTrack after) {
        return {std::move(before), std::move(after)};
    }

    ScoreEdit inverse() const { return {insert, erase}; }
    /// True when `next` starts from exactly the notes this edit leaves: the two can be one edit.
    bool continuesWith(const ScoreEdit& next) const { return sameNotes(insert, next.erase); }
    /// This edit, then `next` (which continuesWith): one edit from this one's start to `next`'s end.
    ScoreEdit followedBy(const ScoreEdit& next) const { return {erase, next.insert}; }
    /// Leaves the score as it found it (a drag back to where it started).
    bool isIdentity() const { return sameNotes(erase, insert); }
};

/// Applies `edit` to `score`, keeping every track sorted.
void apply(Score& score, const ScoreEdit& edit);
void insertNotes(Score& score, const NotesByTrack& notes);
/// Removes one note equal to each of `notes` (a note that is missing is skipped).
void eraseNotes(Score& score, const NotesByTrack& notes);

/// The same notes with `locked` set to `locked` (Lock / Unlock selected notes).
NotesByTrack withLock(const NotesByTrack& notes, bool locked);
/// The locked notes of every track of `score`.
NotesByTrack lockedNotes(const Score& score);

} // namespace fgg
