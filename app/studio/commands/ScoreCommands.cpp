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
    doc_->applyChords(after_, lengthAfter_);
}

void SetChordsCommand::undo() {
    doc_->applyChords(before_, lengthBefore_);
}

ReplaceScoreCommand::ReplaceScoreCommand(Document* doc, Score after, const QString& text, MergeId merge)
    : doc_(doc), before_(doc->score()), after_(std::move(after)), merge_(merge) {
    setText(text);
}

void ReplaceScoreCommand::redo() {
    doc_->applyScore(after_);
}
void ReplaceScoreCommand::undo() {
    doc_->applyScore(before_);
}

bool ReplaceScoreCommand::mergeWith(const QUndoCommand* other) {
    if (merge_ == MergeId::None || other->id() != id()) return false;
    after_ = static_cast<const ReplaceScoreCommand*>(other)->after_;
    if (after_ == before_) setObsolete(true);
    return true;
}

} // namespace fgg::studio
