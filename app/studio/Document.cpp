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

void Document::reset(const Score& score, const QString& path, const GenerationSettings& settings) {
    undo_.clear();
    score_ = score;
    settings_ = settings;
    path_ = path;
    undo_.setClean();
    Q_EMIT filePathChanged(path_);
    Q_EMIT modifiedChanged(false);
    Q_EMIT replaced();
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

void Document::applyEdit(const ScoreEdit& edit) {
    apply(score_, edit);
    notifyChanged();
}

void Document::applyChords(const std::vector<ChordSpan>& chords, Tick length) {
    score_.chords = chords;
    score_.length = length;
    notifyChanged();
}

void Document::addNotes(const NotesByTrack& notes, const QString& label) {
    if (noteCount(notes) == 0) return;
    undo_.push(new EditNotesCommand(this, ScoreEdit::adding(notes),
                                    label.isEmpty() ? addNotesLabel(noteCount(notes)) : label));
}

void Document::removeNotes(const NotesByTrack& notes, const QString& label) {
    if (noteCount(notes) == 0) return;
    undo_.push(new EditNotesCommand(this, ScoreEdit::removing(notes),
                                    label.isEmpty() ? deleteNotesLabel(noteCount(notes)) : label));
}

void Document::moveNotes(const NotesByTrack& before, const NotesByTrack& after) {
    if (before == after) return;
    undo_.push(new EditNotesCommand(this, ScoreEdit::replacing(before, after),
                                    moveNotesLabel(noteCount(before)), MergeId::MoveNotes));
}

void Document::resizeNotes(const NotesByTrack& before, const NotesByTrack& after) {
    if (before == after) return;
    undo_.push(new EditNotesCommand(this, ScoreEdit::replacing(before, after),
                                    resizeNotesLabel(noteCount(before)), MergeId::ResizeNotes));
}

void Document::setVelocities(const NotesByTrack& before, const NotesByTrack& after) {
    if (before == after) return;
    undo_.push(new EditNotesCommand(this, ScoreEdit::replacing(before, after),
                                    setVelocityLabel(noteCount(before)), MergeId::SetVelocity));
}

void Document::replaceNotes(const NotesByTrack& before, const NotesByTrack& after, const QString& label) {
    if (before == after) return;
    undo_.push(new EditNotesCommand(this, ScoreEdit::replacing(before, after), label));
}

void Document::setChords(const std::vector<ChordSpan>& chords, const QString& label, Tick length) {
    if (chords == score_.chords && (length <= 0 || length == score_.length)) return;
    undo_.push(new SetChordsCommand(this, chords, length, label));
}

void Document::setMelodyRhythm(const std::vector<int>& onsets, const QString& label) {
    Score s = score_;
    s.melodyRhythm = onsets;
    replaceScore(s, label);
}

void Document::replaceScore(const Score& score, const QString& label, MergeId merge) {
    if (score == score_) return;
    undo_.push(new ReplaceScoreCommand(this, score, label, merge));
}

} // namespace fgg::studio
