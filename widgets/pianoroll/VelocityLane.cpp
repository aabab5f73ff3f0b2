#include "widgets/pianoroll/VelocityLane.h"

#include "widgets/ground/RollAxis.h"
#include "widgets/ground/RollPalette.h"
#include "widgets/ground/ScoreEditor.h"
#include "widgets/pianoroll/NotePainter.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace fgg::ui {

namespace {
constexpr double kReach = 4.0; // pixels either side of a stem
}

VelocityLane::VelocityLane(RollAxis* axis, QWidget* parent) : QWidget(parent), axis_(axis) {
    setToolTip(tr("Velocity: drag the stems up or down"));
    connect(axis_, &RollAxis::changed, this, qOverload<>(&QWidget::update));
}

int VelocityLane::velocityAt(double y) const {
    const double h = std::max(1, height() - 4);
    return std::clamp(static_cast<int>(std::lround((1.0 - (y - 2) / h) * 127.0)), 1, 127);
}

void VelocityLane::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette::laneBackground());
    p.setPen(QColor(0x36, 0x3a, 0x41));
    for (int v : {32, 64, 96}) {
        const double y = 2 + (1.0 - v / 127.0) * (height() - 4);
        p.drawLine(QPointF(0, y), QPointF(width(), y));
    }
    if (!editor_ || !host_) return;
    const Tick from = axis_->widgetXToTick(0);
    const Tick to = axis_->widgetXToTick(width()) + 1;
    for (const Track& t : editor_->score().tracks) {
        if (!host_->isTrackVisible(t.name)) continue;
        const auto sel = host_->selection().find(t.name);
        const auto [first, last] = visibleNoteRange(t.notes, from, to);
        for (std::size_t i = first; i < last; ++i) {
            Note n = t.notes[i];
            if (n.start < from) continue;
            bool selected = sel != host_->selection().end() && sel->second.count(n);
            // While dragging, show the new value.
            if (auto it = before_.find(t.name); dragging_ && it != before_.end()) {
                const auto pos = std::find(it->second.begin(), it->second.end(), n);
                if (pos != it->second.end()) {
                    n = after_[t.name][static_cast<std::size_t>(pos - it->second.begin())];
                    selected = true;
                }
            }
            const double x = axis_->tickToWidgetX(n.start);
            const double y = 2 + (1.0 - n.velocity / 127.0) * (height() - 4);
            const QColor c = selected ? palette::selection() : palette::trackColour(t.name);
            p.setPen(QPen(c, 2.0));
            p.drawLine(QPointF(x + 1, height()), QPointF(x + 1, y));
            p.setBrush(c);
            p.drawEllipse(QPointF(x + 1, y), 2.5, 2.5);
        }
    }
}

void VelocityLane::apply(QPointF pos) {
    if (!editor_ || !host_) return;
    const int v = velocityAt(pos.y());
    const Tick from = axis_->widgetXToTick(pos.x() - kReach);
    const Tick to = axis_->widgetXToTick(pos.x() + kReach) + 1;
    auto touch = [&](const std::string& track, const Note& n) {
        auto& b = before_[track];
        auto& a = after_[track];
        const auto it = std::find(b.begin(), b.end(), n);
        if (it == b.end()) {
            b.push_back(n);
            a.push_back(n.withVelocity(v));
        } else {
            a[static_cast<std::size_t>(it - b.begin())] = n.withVelocity(v);
        }
    };
    bool hitSelected = false;
    for (const Track& t : editor_->score().tracks) {
        if (!host_->isTrackEditable(t.name)) continue;
        const auto [first, last] = visibleNoteRange(t.notes, from, to);
        for (std::size_t i = first; i < last; ++i) {
            const Note& n = t.notes[i];
            if (n.start < from || n.start >= to) continue;
            touch(t.name, n);
            const auto sel = host_->selection().find(t.name);
            hitSelected |= sel != host_->selection().end() && sel->second.count(n) > 0;
        }
    }
    if (hitSelected) followSelection_ = true;
    if (followSelection_)
        for (const auto& [track, notes] : host_->selection())
            for (const Note& n : notes)
                touch(track, n);
    update();
}

void VelocityLane::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return;
    dragging_ = true;
    followSelection_ = false;
    before_.clear();
    after_.clear();
    apply(e->position());
}

void VelocityLane::mouseMoveEvent(QMouseEvent* e) {
    if (dragging_) apply(e->position());
}

void VelocityLane::mouseReleaseEvent(QMouseEvent*) {
    if (!dragging_) return;
    dragging_ = false;
    // Notes changed under the gesture (a key meanwhile) are not re-velocitied: the undo would restore them.
    if (before_.empty() || before_ == after_ || !editor_ || !allStillIn(editor_->score(), before_)) {
        before_.clear();
        after_.clear();
        update();
        return;
    }
    const NotesByTrack before = std::move(before_);
    const NotesByTrack after = std::move(after_);
    before_.clear();
    after_.clear();
    // Selected notes stay selected with their new velocity.
    NoteSelection sel = host_->selection();
    for (const auto& [track, notes] : before) {
        for (std::size_t i = 0; i < notes.size(); ++i) {
            auto& s = sel[track];
            if (auto it = s.find(notes[i]); it != s.end()) {
                s.erase(it);
                s.insert(after.at(track)[i]);
            }
        }
    }
    editor_->setVelocities(before, after);
    host_->setSelection(sel);
}

} // namespace fgg::ui
