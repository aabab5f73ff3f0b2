#pragma once
// Undoable changes of the chord progression and of the whole score (accepting a generation, tempo, key).
#include "app/studio/commands/NoteCommands.h"
#include "model/music/Score.h"

#include <QUndoCommand>

namespace fgg::studio {

class Document;

class SetChordsCommand : public QUndoCommand {
public:
    /// `length` > 0 also sets the score's length (a lead sheet decides how many bars the piece has).
    SetChordsCommand(Document* doc, std::vector<ChordSpan> chords, Tick length, const QString& text);
    void redo() override;
    void undo() override;

private:
    Document* doc_;
    std::vector<ChordSpan> before_;
    std::vector<ChordSpan> after_;
    Tick lengthBefore_;
    Tick lengthAfter_;
};

/// The whole score replaced. With a merge id, consecutive replacements with the same id merge (a tempo spin
/// box stepped several times is one undo step).
class ReplaceScoreCommand : public QUndoCommand {
public:
    ReplaceScoreCommand(Document* doc, Score after, const QString& text, MergeId merge = MergeId::None);
    void redo() override;
    void undo() override;
    int id() const override { return static_cast<int>(merge_); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    Document* doc_;
    Score before_;
    Score after_;
    MergeId merge_;
};

} // namespace fgg::studio
