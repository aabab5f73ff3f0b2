#include "app/studio/commands/NoteCommands.h"

#include "app/studio/Document.h"

#include <QCoreApplication>

namespace fgg::studio {

namespace {
// Call sites wrap their literals in QT_TRANSLATE_N_NOOP so that lupdate finds them under this context.
QString trc(const char* text, int n) {
    return QCoreApplication::translate("fgg::studio::NoteCommands", text, nullptr, n);
}
} // namespace

QString addNotesLabel(int count) {
    return trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Add %n note(s)"), count);
}
QString deleteNotesLabel(int count) {
    return trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Delete %n note(s)"), count);
}
QString moveNotesLabel(int count) {
    return trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Move %n note(s)"), count);
}
QString resizeNotesLabel(int count) {
    return trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Resize %n note(s)"), count);
}
QString setVelocityLabel(int count) {
    return trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Set velocity of %n note(s)"), count);
}

EditNotesCommand::EditNotesCommand(Document* doc, ScoreEdit edit, const QString& text, MergeId merge)
    : doc_(doc), edit_(std::move(edit)), merge_(merge) {
    setText(text);
}

void EditNotesCommand::redo() {
    doc_->applyEdit(edit_);
}

void EditNotesCommand::undo() {
    doc_->applyEdit(edit_.inverse());
}

bool EditNotesCommand::mergeWith(const QUndoCommand* other) {
    if (merge_ == MergeId::None || other->id() != id()) return false;
    const auto* o = static_cast<const EditNotesCommand*>(other);
    if (!edit_.continuesWith(o->edit_)) return false; // other notes: a separate step
    edit_ = edit_.followedBy(o->edit_);
    if (edit_.isIdentity()) setObsolete(true); // dragged back to where it started
    return true;
}

} // namespace fgg::studio
