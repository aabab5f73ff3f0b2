#include "widgets/tools/DrawTool.h"

#include "widgets/tools/RollToolHost.h"
#include "widgets/tools/SelectTool.h"

#include <QCoreApplication>
#include <algorithm>

namespace fgg::ui {

void DrawTool::press(RollToolHost& host, const RollMouse& m) {
    if (m.button == Qt::RightButton) { // erase what is under the pen
        if (const auto hit = host.noteAt(m.pos); hit && host.editor())
            host.editor()->removeNotes({{hit->track, {hit->note}}},
                                       QCoreApplication::translate("fgg::ui::DrawTool", "Erase note"));
        return;
    }
    if (m.button != Qt::LeftButton) return;
    if (SelectTool::pressOnNote(host, m, drag_)) return;
    const std::string track = host.activeTrack();
    if (track.empty()) return; // every track is locked or hidden
    const PianoRollGeometry& g = host.rollGeometry();
    const SnapMode snap = host.snapMode();
    drawing_ = true;
    dragged_ = false;
    track_ = track;
    note_ = Note{};
    note_.pitch = g.yToPitch(m.pos.y());
    note_.start = std::max<Tick>(0, g.snapFloor(g.xToTick(m.pos.x()), snap));
    note_.length = host.defaultNoteLength();
    note_.velocity = 100;
    host.setPreview({}, {{track_, {note_}}});
    host.audition(note_.pitch, note_.velocity);
}

void DrawTool::move(RollToolHost& host, const RollMouse& m) {
    if (drag_.active()) {
        drag_.update(host, m.pos);
        return;
    }
    if (!drawing_) return;
    const PianoRollGeometry& g = host.rollGeometry();
    const SnapMode snap = host.snapMode();
    const Tick end = g.snapNearest(g.xToTick(m.pos.x()), snap);
    note_.length = g.snapLength(end - note_.start, snap);
    dragged_ = true;
    host.setPreview({}, {{track_, {note_}}});
}

void DrawTool::release(RollToolHost& host, const RollMouse& m) {
    if (drag_.active()) {
        drag_.update(host, m.pos);
        drag_.finish(host);
        return;
    }
    if (!drawing_) return;
    drawing_ = false;
    host.clearPreview();
    if (dragged_) host.setDefaultNoteLength(note_.length); // the next click draws the same length, as DAWs do
    if (!host.editor()) return;
    host.editor()->addNotes({{track_, {note_}}},
                            QCoreApplication::translate("fgg::ui::DrawTool", "Draw note"));
    NoteSelection sel;
    sel[track_].insert(note_);
    host.setSelection(sel);
}

void DrawTool::cancel(RollToolHost& host) {
    drag_.cancel(host);
    if (drawing_) {
        drawing_ = false;
        host.clearPreview();
    }
}

Qt::CursorShape DrawTool::cursorAt(const RollToolHost& host, QPointF pos) const {
    const auto hit = host.noteAt(pos);
    if (!hit) return Qt::CrossCursor;
    return hit->onRightEdge ? Qt::SizeHorCursor : Qt::SizeAllCursor;
}

} // namespace fgg::ui
