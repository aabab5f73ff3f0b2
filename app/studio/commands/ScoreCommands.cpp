#include "app/studio/commands/ScoreCommands.h"

#include "app/studio/Document.h"

namespace fgg::studio {

SetChordsCommand::SetChordsCommand(Document* doc, std::vector<ChordSpan> chords, Tick length,
                                   const QString& text)
    : doc_(doc), before_(doc->score().chords), after_(std::move(chords)), lengthBefore_(doc->score().length),
      lengthAfter_(length > 0 ? length : doc->score().length) {
    setText(text);
}

void SetChordsCommand::redo() {
    doc_->mutableScore().chords = after_;
    doc_->mutableScore().length = lengthAfter_;
    doc_->notifyChanged();
}

void SetChordsCommand::undo() {
    doc_->mutableScore().chords = before_;
    doc_->mutableScore().length = lengthBefore_;
    doc_->notifyChanged();
}

ReplaceScoreCommand::ReplaceScoreCommand(Document* doc, Score after, const QString& text, int id)
    : doc_(doc), before_(doc->score()), after_(std::move(after)), id_(id) {
    setText(text);
}

void ReplaceScoreCommand::redo() {
    doc_->applyScore(after_);
}
void ReplaceScoreCommand::undo() {
    doc_->applyScore(before_);
}

bool ReplaceScoreCommand::mergeWith(const QUndoCommand* other) {
    if (id_ < 0 || other->id() != id_) return false;
    after_ = static_cast<const ReplaceScoreCommand*>(other)->after_;
    if (after_ == before_) setObsolete(true);
    return true;
}

} // namespace fgg::studio
