#pragma once
// Undoable note edits. Each command stores the notes as values (before and after), so undo and redo are
// exact. Move, resize and velocity edits merge with the previous command of the same kind when that one left
// exactly the notes this one starts from (a drag continued, an arrow key held down): one gesture, one undo
// step.
#include "widgets/roll/NoteTypes.h"

#include <QUndoCommand>

namespace fgg {
struct Score;
}

namespace fgg::studio {

class Document;

/// Adds `notes` to their tracks (creating a missing track).
void insertNotes(Score& score, const ui::NotesByTrack& notes);
/// Removes one note equal to each of `notes` (a note that is missing is skipped).
void eraseNotes(Score& score, const ui::NotesByTrack& notes);
/// Equal as multisets, track by track.
bool sameNotes(const ui::NotesByTrack& a, const ui::NotesByTrack& b);

class AddNotesCommand : public QUndoCommand {
public:
    AddNotesCommand(Document* doc, ui::NotesByTrack notes, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* doc_;
    ui::NotesByTrack notes_;
};

class RemoveNotesCommand : public QUndoCommand {
public:
    RemoveNotesCommand(Document* doc, ui::NotesByTrack notes, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* doc_;
    ui::NotesByTrack notes_;
};

/// `before` becomes `after`. With an id (>= 0), merges as described above.
class ChangeNotesCommand : public QUndoCommand {
public:
    ChangeNotesCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after, const QString& text,
                       int id = -1);
    void redo() override;
    void undo() override;
    int id() const override { return id_; }
    bool mergeWith(const QUndoCommand* other) override;

    const ui::NotesByTrack& before() const { return before_; }
    const ui::NotesByTrack& after() const { return after_; }

private:
    Document* doc_;
    ui::NotesByTrack before_;
    ui::NotesByTrack after_;
    int id_;
};

namespace commandId {
inline constexpr int kMoveNotes = 1;
inline constexpr int kResizeNotes = 2;
inline constexpr int kSetVelocity = 3;
inline constexpr int kSetTempo = 10;
} // namespace commandId

class MoveNotesCommand : public ChangeNotesCommand {
public:
    MoveNotesCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after);
};

class ResizeNotesCommand : public ChangeNotesCommand {
public:
    ResizeNotesCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after);
};

class SetVelocityCommand : public ChangeNotesCommand {
public:
    SetVelocityCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after);
};

} // namespace fgg::studio
