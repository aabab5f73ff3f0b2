// PianoRollView: editing the selection (delete, nudge, quantise, clipboard, duplicate). Every operation is
// one intent to the editor, so one undo step.
#include "widgets/pianoroll/PianoRollView.h"

#include "model/music/ScoreEdit.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QStringList>
#include <algorithm>
#include <limits>

namespace fgg::ui {

namespace {

const char* const kNotesMime = "application/x-fgg-notes";

Tick earliestStart(const NotesByTrack& notes) {
    Tick t = std::numeric_limits<Tick>::max();
    for (const auto& [track, list] : notes)
        for (const Note& n : list)
            t = std::min(t, n.start);
    return t == std::numeric_limits<Tick>::max() ? 0 : t;
}

Tick latestEnd(const NotesByTrack& notes) {
    Tick t = 0;
    for (const auto& [track, list] : notes)
        for (const Note& n : list)
            t = std::max(t, n.end());
    return t;
}

} // namespace

void PianoRollView::selectAll() {
    if (!editor_) return;
    NoteSelection sel;
    for (const Track& t : editor_->score().tracks)
        if (isTrackEditable(t.name) && !t.notes.empty())
            sel[t.name] = std::multiset<Note>(t.notes.begin(), t.notes.end());
    setSelection(sel);
}

void PianoRollView::deleteSelection() {
    if (!editor_ || !hasSelection()) return;
    const NotesByTrack notes = toNotes(selection_);
    setSelection({});
    editor_->removeNotes(notes, noteCount(notes) == 1 ? tr("Delete note")
                                                      : tr("Delete %n notes", nullptr, noteCount(notes)));
}

void PianoRollView::nudgeSelection(int semitones, Tick ticks) {
    if (!editor_ || !hasSelection()) return;
    const NotesByTrack before = toNotes(selection_);
    for (const auto& [track, notes] : before)
        for (const Note& n : notes) {
            if (n.pitch + semitones < 0 || n.pitch + semitones > 127) return; // would leave the keyboard
            if (n.start + ticks < 0) ticks = -n.start;
        }
    if (semitones == 0 && ticks == 0) return;
    NotesByTrack after = before;
    for (auto& [track, notes] : after)
        for (Note& n : notes)
            n = n.withPitch(n.pitch + semitones).withStart(n.start + ticks);
    editor_->moveNotes(before, after);
    setSelection(toSelection(after));
    if (semitones != 0) audition(after.begin()->second.front().pitch, 100);
}

void PianoRollView::quantiseSelection() {
    if (!editor_) return;
    NotesByTrack before = toNotes(selection_);
    if (before.empty()) { // nothing selected: quantise every editable track
        for (const Track& t : editor_->score().tracks)
            if (isTrackEditable(t.name) && !t.notes.empty()) before[t.name] = t.notes;
    }
    const SnapMode snap = snap_ == SnapMode::Off ? SnapMode::Sixteenth : snap_;
    const PianoRollGeometry& g = axis_->geometry();
    NotesByTrack after = before;
    for (auto& [track, notes] : after)
        for (Note& n : notes)
            n = n.withStart(std::max<Tick>(0, g.snapNearest(n.start, snap)))
                    .withLength(g.snapLength(n.length, snap));
    if (after == before) return;
    editor_->replaceNotes(before, after, tr("Quantise"));
    if (hasSelection()) setSelection(toSelection(after));
}

void PianoRollView::setSelectionLocked(bool locked) {
    if (!editor_ || !hasSelection()) return;
    const NotesByTrack before = toNotes(selection_);
    const NotesByTrack after = withLock(before, locked);
    if (sameNotes(before, after)) return;
    const int n = noteCount(before);
    editor_->replaceNotes(before, after,
                          locked ? tr("Lock %n note(s)", nullptr, n) : tr("Unlock %n note(s)", nullptr, n));
    setSelection(toSelection(after));
}

void PianoRollView::copySelection() {
    if (!hasSelection()) return;
    const NotesByTrack notes = toNotes(selection_);
    const Tick origin = earliestStart(notes);
    QStringList lines;
    for (const auto& [track, list] : notes)
        for (const Note& n : list)
            lines << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(QString::fromStdString(track))
                         .arg(n.start - origin)
                         .arg(n.length)
                         .arg(n.pitch)
                         .arg(n.velocity);
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kNotesMime), lines.join(QLatin1Char('\n')).toUtf8());
    QApplication::clipboard()->setMimeData(mime);
}

void PianoRollView::cutSelection() {
    if (!hasSelection()) return;
    copySelection();
    const NotesByTrack notes = toNotes(selection_);
    setSelection({});
    editor_->removeNotes(notes, tr("Cut"));
}

void PianoRollView::paste() {
    if (!editor_) return;
    const QMimeData* mime = QApplication::clipboard()->mimeData();
    if (!mime || !mime->hasFormat(QString::fromLatin1(kNotesMime))) return;
    const Tick at = std::max<Tick>(0, axis_->geometry().snapNearest(playhead_, snap_));
    NotesByTrack notes;
    const QStringList lines =
        QString::fromUtf8(mime->data(QString::fromLatin1(kNotesMime))).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 5) continue;
        const std::string track = f[0].toStdString();
        if (!isTrackEditable(track)) continue;
        Note n;
        n.start = at + f[1].toLongLong();
        n.length = std::max<qlonglong>(1, f[2].toLongLong());
        n.pitch = std::clamp(f[3].toInt(), 0, 127);
        n.velocity = std::clamp(f[4].toInt(), 1, 127);
        notes[track].push_back(n);
    }
    if (notes.empty()) return;
    editor_->addNotes(notes, tr("Paste"));
    setSelection(toSelection(notes));
}

void PianoRollView::duplicateSelection() {
    if (!editor_ || !hasSelection()) return;
    const NotesByTrack notes = toNotes(selection_);
    const PianoRollGeometry& g = axis_->geometry();
    // Place the copy right after the selection, on the next beat (as DAWs' "duplicate" does).
    const Tick span = latestEnd(notes) - earliestStart(notes);
    const Tick beat = g.ticksPerBeat();
    const Tick offset = std::max<Tick>(beat, (span + beat - 1) / beat * beat);
    NotesByTrack copy = notes;
    for (auto& [track, list] : copy)
        for (Note& n : list)
            n = n.withStart(n.start + offset);
    editor_->addNotes(copy, tr("Duplicate"));
    setSelection(toSelection(copy));
}

} // namespace fgg::ui
