#include "app/studio/Document.h"

#include "app/studio/commands/NoteCommands.h"
#include "app/studio/commands/ScoreCommands.h"

#include <QFileInfo>

namespace fgg::studio {

Score emptyScore() {
    Score s;
    s.ensureTrack(kMelodyTrack, 73).channel = 0; // GM flute for the lead, piano for the accompaniment
    s.ensureTrack(kAccompanimentTrack, 0).channel = 1;
    s.key = Key::parse("C");
    s.tempos = {TempoChange{0, 120.0}};
    s.length = 8 * s.ticksPerBar();
    return s;
}

Document::Document(QObject* parent) : QObject(parent) {
    undo_.setUndoLimit(500);
    connect(&undo_, &QUndoStack::cleanChanged, this, [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    score_ = emptyScore();
}

void Document::reset(const Score& score, const QString& path, const ui::GenerationSettings& settings) {
    undo_.clear();
    score_ = score;
    settings_ = settings;
    path_ = path;
    undo_.setClean();
    Q_EMIT filePathChanged(path_);
    Q_EMIT modifiedChanged(false);
    notifyChanged();
}

void Document::markSaved(const QString& path) {
    path_ = path;
    undo_.setClean();
    Q_EMIT filePathChanged(path_);
}

QString Document::displayName() const {
    return path_.isEmpty() ? tr("Untitled") : QFileInfo(path_).fileName();
}

void Document::applyScore(const Score& score) {
    score_ = score;
    notifyChanged();
}

void Document::notifyChanged() {
    Q_EMIT changed();
}

void Document::addNotes(const ui::NotesByTrack& notes, const QString& label) {
    if (ui::noteCount(notes) == 0) return;
    undo_.push(new AddNotesCommand(this, notes, label));
}

void Document::removeNotes(const ui::NotesByTrack& notes, const QString& label) {
    if (ui::noteCount(notes) == 0) return;
    undo_.push(new RemoveNotesCommand(this, notes, label));
}

void Document::moveNotes(const ui::NotesByTrack& before, const ui::NotesByTrack& after) {
    if (before == after) return;
    undo_.push(new MoveNotesCommand(this, before, after));
}

void Document::resizeNotes(const ui::NotesByTrack& before, const ui::NotesByTrack& after) {
    if (before == after) return;
    undo_.push(new ResizeNotesCommand(this, before, after));
}

void Document::setVelocities(const ui::NotesByTrack& before, const ui::NotesByTrack& after) {
    if (before == after) return;
    undo_.push(new SetVelocityCommand(this, before, after));
}

void Document::replaceNotes(const ui::NotesByTrack& before, const ui::NotesByTrack& after,
                            const QString& label) {
    if (before == after) return;
    undo_.push(new ChangeNotesCommand(this, before, after, label));
}

void Document::setChords(const std::vector<ChordSpan>& chords, const QString& label, Tick length) {
    if (chords == score_.chords && (length <= 0 || length == score_.length)) return;
    undo_.push(new SetChordsCommand(this, chords, length, label));
}

void Document::replaceScore(const Score& score, const QString& label, int mergeId) {
    if (score == score_) return;
    undo_.push(new ReplaceScoreCommand(this, score, label, mergeId));
}

} // namespace fgg::studio
