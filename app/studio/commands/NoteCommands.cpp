#include "app/studio/commands/NoteCommands.h"

#include "app/studio/Document.h"

#include <QCoreApplication>
#include <algorithm>

namespace fgg::studio {

namespace {
// Call sites wrap their literals in QT_TRANSLATE_N_NOOP so that lupdate finds them under this context.
QString trc(const char* text, int n = -1) {
    return QCoreApplication::translate("fgg::studio::NoteCommands", text, nullptr, n);
}
} // namespace

void insertNotes(Score& score, const ui::NotesByTrack& notes) {
    for (const auto& [name, list] : notes) {
        Track& t = score.ensureTrack(name);
        t.notes.insert(t.notes.end(), list.begin(), list.end());
        t.sort();
    }
}

void eraseNotes(Score& score, const ui::NotesByTrack& notes) {
    for (const auto& [name, list] : notes) {
        Track* t = score.track(name);
        if (!t) continue;
        for (const Note& n : list) {
            // Tracks are sorted: find the note by binary search.
            auto it = std::lower_bound(t->notes.begin(), t->notes.end(), n);
            if (it != t->notes.end() && *it == n)
                t->notes.erase(it);
            else if (auto lin = std::find(t->notes.begin(), t->notes.end(), n); lin != t->notes.end())
                t->notes.erase(lin); // an unsorted track (should not happen): still exact
        }
    }
}

bool sameNotes(const ui::NotesByTrack& a, const ui::NotesByTrack& b) {
    auto normal = [](const ui::NotesByTrack& n) {
        ui::NotesByTrack out;
        for (const auto& [track, list] : n) {
            if (list.empty()) continue;
            auto sorted = list;
            std::sort(sorted.begin(), sorted.end());
            out[track] = std::move(sorted);
        }
        return out;
    };
    return normal(a) == normal(b);
}

AddNotesCommand::AddNotesCommand(Document* doc, ui::NotesByTrack notes, const QString& text)
    : doc_(doc), notes_(std::move(notes)) {
    setText(text.isEmpty() ? trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Add %n note(s)"),
                                 ui::noteCount(notes_))
                           : text);
}

void AddNotesCommand::redo() {
    insertNotes(doc_->mutableScore(), notes_);
    doc_->notifyChanged();
}

void AddNotesCommand::undo() {
    eraseNotes(doc_->mutableScore(), notes_);
    doc_->notifyChanged();
}

RemoveNotesCommand::RemoveNotesCommand(Document* doc, ui::NotesByTrack notes, const QString& text)
    : doc_(doc), notes_(std::move(notes)) {
    setText(text.isEmpty() ? trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Delete %n note(s)"),
                                 ui::noteCount(notes_))
                           : text);
}

void RemoveNotesCommand::redo() {
    eraseNotes(doc_->mutableScore(), notes_);
    doc_->notifyChanged();
}

void RemoveNotesCommand::undo() {
    insertNotes(doc_->mutableScore(), notes_);
    doc_->notifyChanged();
}

ChangeNotesCommand::ChangeNotesCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after,
                                       const QString& text, int id)
    : doc_(doc), before_(std::move(before)), after_(std::move(after)), id_(id) {
    setText(text);
}

void ChangeNotesCommand::redo() {
    eraseNotes(doc_->mutableScore(), before_);
    insertNotes(doc_->mutableScore(), after_);
    doc_->notifyChanged();
}

void ChangeNotesCommand::undo() {
    eraseNotes(doc_->mutableScore(), after_);
    insertNotes(doc_->mutableScore(), before_);
    doc_->notifyChanged();
}

bool ChangeNotesCommand::mergeWith(const QUndoCommand* other) {
    if (id_ < 0 || other->id() != id_) return false;
    const auto* o = static_cast<const ChangeNotesCommand*>(other);
    if (!sameNotes(o->before_, after_)) return false; // other notes: a separate step
    // Redo erases `before` and inserts `after` as wholes, so the pairing of notes does not matter.
    after_ = o->after_;
    if (sameNotes(before_, after_)) setObsolete(true); // dragged back to where it started
    return true;
}

MoveNotesCommand::MoveNotesCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after)
    : ChangeNotesCommand(
          doc, before, after,
          trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Move %n note(s)"), ui::noteCount(before)),
          commandId::kMoveNotes) {}

ResizeNotesCommand::ResizeNotesCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after)
    : ChangeNotesCommand(
          doc, before, after,
          trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Resize %n note(s)"), ui::noteCount(before)),
          commandId::kResizeNotes) {}

SetVelocityCommand::SetVelocityCommand(Document* doc, ui::NotesByTrack before, ui::NotesByTrack after)
    : ChangeNotesCommand(doc, before, after,
                         trc(QT_TRANSLATE_N_NOOP("fgg::studio::NoteCommands", "Set velocity of %n note(s)"),
                             ui::noteCount(before)),
                         commandId::kSetVelocity) {}

} // namespace fgg::studio
