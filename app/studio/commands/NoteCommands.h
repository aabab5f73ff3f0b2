#pragma once
// Undoable note edits: thin adapters over the model's ScoreEdit (model/music/ScoreEdit.h). Redo applies the
// edit, undo its inverse, so both are exact. Moves, resizes and velocity changes merge with the previous
// command of the same kind when that one left exactly the notes this one starts from (a drag continued, an
// arrow key held down): one gesture, one undo step.
#include "model/music/ScoreEdit.h"

#include <QUndoCommand>

namespace fgg::studio {

class Document;

/// Which consecutive commands merge into one undo step (QUndoCommand::id).
enum class MergeId : int {
    None = -1,
    MoveNotes = 1,
    ResizeNotes = 2,
    SetVelocity = 3,
    SetTempo = 10,
    SetLength = 11,
};

class EditNotesCommand : public QUndoCommand {
public:
    EditNotesCommand(Document* doc, ScoreEdit edit, const QString& text, MergeId merge = MergeId::None);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(merge_); }
    bool mergeWith(const QUndoCommand* other) override;

    const ScoreEdit& edit() const { return edit_; }

private:
    Document* doc_;
    ScoreEdit edit_;
    MergeId merge_;
};

/// The undo history's names for the edits the roll makes ("Move 3 notes", ...).
QString addNotesLabel(int count);
QString deleteNotesLabel(int count);
QString moveNotesLabel(int count);
QString resizeNotesLabel(int count);
QString setVelocityLabel(int count);

} // namespace fgg::studio
