#include "widgets/tools/EraseTool.h"

#include "widgets/tools/RollToolHost.h"

#include <QCoreApplication>

namespace fgg::ui {

void EraseTool::collect(RollToolHost& host, QPointF pos) {
    const auto hit = host.noteAt(pos);
    if (!hit) return;
    auto& inTrack = erased_[hit->track];
    if (inTrack.count(hit->note)) return;
    inTrack.insert(hit->note);
    host.setPreview(erased_, {});
}

void EraseTool::press(RollToolHost& host, const RollMouse& m) {
    if (m.button != Qt::LeftButton) return;
    erasing_ = true;
    erased_.clear();
    collect(host, m.pos);
}

void EraseTool::move(RollToolHost& host, const RollMouse& m) {
    if (erasing_) collect(host, m.pos);
}

void EraseTool::release(RollToolHost& host, const RollMouse& m) {
    if (!erasing_) return;
    collect(host, m.pos);
    erasing_ = false;
    host.clearPreview();
    if (erased_.empty() || !host.editor()) return;
    // Only what is still there: a note deleted meanwhile (a key during the gesture) erased again would come
    // back twice on undo.
    const NotesByTrack erased = notesStillIn(host.editor()->score(), toNotes(erased_));
    erased_.clear();
    if (noteCount(erased) == 0) return;
    NoteSelection sel = host.selection();
    for (const auto& [track, notes] : erased)
        for (const Note& n : notes)
            if (auto it = sel[track].find(n); it != sel[track].end()) sel[track].erase(it);
    host.setSelection(sel);
    host.editor()->removeNotes(erased, QCoreApplication::translate("fgg::ui::EraseTool", "Erase notes"));
}

void EraseTool::cancel(RollToolHost& host) {
    erasing_ = false;
    erased_.clear();
    host.clearPreview();
}

Qt::CursorShape EraseTool::cursorAt(const RollToolHost& host, QPointF pos) const {
    return host.noteAt(pos) ? Qt::PointingHandCursor : Qt::ForbiddenCursor;
}

} // namespace fgg::ui
