#include "widgets/tools/NoteDrag.h"

#include "widgets/tools/RollToolHost.h"

#include <QCoreApplication>
#include <algorithm>

namespace fgg::ui {

void NoteDrag::begin(RollToolHost& host, const NoteHit& hit, QPointF pos, bool copy) {
    active_ = true;
    copy_ = copy;
    kind_ = hit.onRightEdge && !copy ? Kind::Resize : Kind::Move;
    anchor_ = hit.note;
    startPos_ = pos;
    before_ = toNotes(host.selection());
    after_ = before_;
    lastAuditioned_ = hit.note.pitch;
}

NotesByTrack NoteDrag::moved(const RollToolHost& host, QPointF pos) const {
    const PianoRollGeometry& g = host.rollGeometry();
    const SnapMode snap = host.snapMode();
    const Tick dx = static_cast<Tick>((pos.x() - startPos_.x()) / g.pixelsPerTick());
    NotesByTrack out = before_;
    if (kind_ == Kind::Move) {
        Tick dt = g.snapNearest(anchor_.start + dx, snap) - anchor_.start;
        int dp = g.yToPitch(pos.y()) - g.yToPitch(startPos_.y());
        // Keep every note on the roll: no negative start, no pitch outside 0..127.
        for (const auto& [track, notes] : before_)
            for (const Note& n : notes) {
                if (n.start + dt < 0) dt = -n.start;
                dp = std::clamp(dp, -n.pitch, 127 - n.pitch);
            }
        for (auto& [track, notes] : out)
            for (Note& n : notes)
                n = n.withStart(n.start + dt).withPitch(n.pitch + dp);
    } else {
        const Tick newEnd = g.snapNearest(anchor_.end() + dx, snap);
        const Tick dl = newEnd - anchor_.end();
        const Tick minimum =
            std::max<Tick>(1, g.snapStep(snap) > 0 ? g.snapStep(snap) : g.ticksPerBeat() / 16);
        for (auto& [track, notes] : out)
            for (Note& n : notes)
                n = n.withLength(std::max(minimum, n.length + dl));
    }
    return out;
}

void NoteDrag::update(RollToolHost& host, QPointF pos) {
    if (!active_) return;
    after_ = moved(host, pos);
    host.setPreview(copy_ ? NoteSelection{} : toSelection(before_), after_);
    if (kind_ == Kind::Move) {
        const int pitch = anchor_.pitch + (host.rollGeometry().yToPitch(pos.y()) -
                                           host.rollGeometry().yToPitch(startPos_.y()));
        if (pitch != lastAuditioned_ && pitch >= 0 && pitch <= 127) {
            host.audition(pitch, anchor_.velocity);
            lastAuditioned_ = pitch;
        }
    }
}

void NoteDrag::finish(RollToolHost& host) {
    if (!active_) return;
    active_ = false;
    host.clearPreview();
    if (after_ == before_ || !host.editor()) return;
    // The notes changed under the drag (deleted, nudged or undone by a key meanwhile): moving them now would
    // bring back what is gone, so the drag is dropped.
    if (!allStillIn(host.editor()->score(), before_)) return;
    if (copy_)
        host.editor()->addNotes(after_, QCoreApplication::translate("fgg::ui::NoteDrag", "Copy notes"));
    else if (kind_ == Kind::Move)
        host.editor()->moveNotes(before_, after_);
    else
        host.editor()->resizeNotes(before_, after_);
    host.setSelection(toSelection(after_));
}

void NoteDrag::cancel(RollToolHost& host) {
    if (!active_) return;
    active_ = false;
    host.clearPreview();
}

} // namespace fgg::ui
