#pragma once
// What the widgets may ask of the document. The widgets only read the score and state edit intents; the app
// implements this interface with undoable commands (one call = one undo step, consecutive moves of the same
// notes merge). Widgets never depend on app/.
#include "model/music/Score.h"
#include "widgets/roll/NoteTypes.h"

#include <QString>

namespace fgg::ui {

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
