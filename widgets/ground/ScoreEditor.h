#pragma once
// What the widgets may ask of the document. The widgets only read the score and state edit intents; the app
// implements this interface with undoable commands (one call = one undo step, consecutive moves of the same
// notes merge). Widgets never depend on app/.
#include "model/music/Score.h"
#include "widgets/ground/NoteTypes.h"

#include <QString>
#include <algorithm>
#include <set>

namespace fgg::ui {

/// The notes of `notes` that are in `score` now, each as often as it is there. A gesture states its edit
/// against the notes it saw when it began; when the score changed meanwhile (a key or a shortcut pressed
/// while the mouse button was down), notes that are gone must not be moved, erased or re-velocitied: the
/// command's undo would put them back.
inline NotesByTrack notesStillIn(const Score& score, const NotesByTrack& notes) {
    NotesByTrack out;
    for (const auto& [track, list] : notes) {
        const Track* t = score.track(track);
        if (!t) continue;
        std::multiset<Note> present(t->notes.begin(), t->notes.end());
        for (const Note& n : list)
            if (auto it = present.find(n); it != present.end()) {
                out[track].push_back(n);
                present.erase(it);
            }
    }
    return out;
}
inline bool allStillIn(const Score& score, const NotesByTrack& notes) {
    return noteCount(notesStillIn(score, notes)) == noteCount(notes);
}

class ScoreEditor {
public:
    virtual ~ScoreEditor() = default;

    virtual const Score& score() const = 0;

    virtual void addNotes(const NotesByTrack& notes, const QString& label) = 0;
    virtual void removeNotes(const NotesByTrack& notes, const QString& label) = 0;
    /// `before[i]` becomes `after[i]`, track by track (same sizes). These three kinds merge with the previous
    /// command of the same kind when it left exactly the notes `before` (a drag continued, an arrow key
    /// repeated).
    virtual void moveNotes(const NotesByTrack& before, const NotesByTrack& after) = 0;
    virtual void resizeNotes(const NotesByTrack& before, const NotesByTrack& after) = 0;
    virtual void setVelocities(const NotesByTrack& before, const NotesByTrack& after) = 0;
    /// Any other change of notes in place (quantise, ...): one undo step, never merged.
    virtual void replaceNotes(const NotesByTrack& before, const NotesByTrack& after,
                              const QString& label) = 0;

    /// The whole chord progression (sorted, non-overlapping); `length` > 0 also sets the score's length.
    virtual void setChords(const std::vector<ChordSpan>& chords, const QString& label, Tick length = 0) = 0;

    /// The rhythm lane (Score::melodyRhythm; empty = none drawn): one undo step.
    virtual void setMelodyRhythm(const std::vector<int>& onsets, const QString& label) = 0;
};

} // namespace fgg::ui
