#include "widgets/tools/SelectTool.h"

#include "widgets/tools/RollToolHost.h"

#include <algorithm>

namespace fgg::ui {

namespace {

QRectF band(QPointF a, QPointF b) {
    return QRectF(a, b).normalized();
}

ScoreRegion regionOf(const RollToolHost& host, const QRectF& r) {
    const PianoRollGeometry& g = host.rollGeometry();
    ScoreRegion region;
    const SnapMode snap = host.snapMode() == SnapMode::Off ? SnapMode::Sixteenth : host.snapMode();
    region.start = std::max<Tick>(0, g.snapFloor(g.xToTick(r.left()), snap));
    region.end = g.snapFloor(g.xToTick(r.right()), snap) + g.snapStep(snap);
    region.highPitch = g.yToPitch(r.top());
    region.lowPitch = g.yToPitch(r.bottom());
    region.hasPitchRange = true;
    return region;
}

} // namespace

bool SelectTool::pressOnNote(RollToolHost& host, const RollMouse& m, NoteDrag& drag) {
    const auto hit = host.noteAt(m.pos);
    if (!hit) return false;
    NoteSelection sel = host.selection();
    auto& inTrack = sel[hit->track];
    const bool selected = inTrack.count(hit->note) > 0;
    if (m.modifiers & Qt::ShiftModifier) { // toggle, no drag
        if (selected)
            inTrack.erase(inTrack.find(hit->note));
        else
            inTrack.insert(hit->note);
        host.setSelection(sel);
        return true;
    }
    if (!selected) {
        sel.clear();
        sel[hit->track].insert(hit->note);
        host.setSelection(sel);
    }
    host.audition(hit->note.pitch, hit->note.velocity);
    drag.begin(host, *hit, m.pos, (m.modifiers & Qt::ControlModifier) != 0);
    return true;
}

void SelectTool::press(RollToolHost& host, const RollMouse& m) {
    if (m.button != Qt::LeftButton) return;
    if (pressOnNote(host, m, drag_)) return;
    banding_ = true;
    bandStart_ = m.pos;
    bandBase_ = (m.modifiers & Qt::ShiftModifier) ? host.selection() : NoteSelection{};
    if (!(m.modifiers & Qt::ShiftModifier)) host.setSelection({});
}

void SelectTool::move(RollToolHost& host, const RollMouse& m) {
    if (drag_.active()) {
        drag_.update(host, m.pos);
        return;
    }
    if (!banding_) return;
    const QRectF r = band(bandStart_, m.pos);
    host.setRubberBand(r);
    NoteSelection sel = bandBase_;
    for (const auto& [track, notes] : host.notesIn(r))
        for (const Note& n : notes)
            if (!sel[track].count(n)) sel[track].insert(n);
    host.setSelection(sel);
}

void SelectTool::release(RollToolHost& host, const RollMouse& m) {
    if (drag_.active()) {
        drag_.update(host, m.pos);
        drag_.finish(host);
        return;
    }
    if (!banding_) return;
    banding_ = false;
    host.setRubberBand(std::nullopt);
    const QRectF r = band(bandStart_, m.pos);
    if (r.width() < 3 && r.height() < 3) { // a click on empty space clears the region too
        host.setRegion(ScoreRegion{});
        return;
    }
    host.setRegion(regionOf(host, r));
}

void SelectTool::cancel(RollToolHost& host) {
    drag_.cancel(host);
    if (banding_) {
        banding_ = false;
        host.setRubberBand(std::nullopt);
        host.setSelection(bandBase_);
    }
}

Qt::CursorShape SelectTool::cursorAt(const RollToolHost& host, QPointF pos) const {
    const auto hit = host.noteAt(pos);
    if (!hit) return Qt::ArrowCursor;
    return hit->onRightEdge ? Qt::SizeHorCursor : Qt::SizeAllCursor;
}

} // namespace fgg::ui
