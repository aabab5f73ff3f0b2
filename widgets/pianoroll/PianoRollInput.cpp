// PianoRollView's input: the mouse goes to the active tool (SelectTool, DrawTool, EraseTool), the wheel
// scrolls and zooms, the keys nudge, delete and switch tools. Painting and state are in PianoRollView.cpp.
#include "widgets/pianoroll/PianoRollView.h"

#include "widgets/pianoroll/PianoKeyboard.h"
#include "widgets/tools/DrawTool.h"
#include "widgets/tools/EraseTool.h"
#include "widgets/tools/SelectTool.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

namespace fgg::ui {

RollMouse PianoRollView::mouseOf(QMouseEvent* e) const {
    return RollMouse{toContent(e->position()), e->button(), e->buttons(), e->modifiers()};
}

void PianoRollView::mousePressEvent(QMouseEvent* e) {
    setFocus(Qt::MouseFocusReason);
    pressed_ = true;
    activeTool_->press(*this, mouseOf(e));
}

void PianoRollView::mouseMoveEvent(QMouseEvent* e) {
    const RollMouse m = mouseOf(e);
    const PianoRollGeometry& g = axis_->geometry();
    Q_EMIT hoverChanged(std::max<Tick>(0, g.xToTick(m.pos.x())), g.yToPitch(m.pos.y()));
    keyboard_->setHoverPitch(g.yToPitch(m.pos.y()));
    if (pressed_)
        activeTool_->move(*this, m);
    else
        viewport()->setCursor(activeTool_->cursorAt(*this, m.pos));
}

void PianoRollView::mouseReleaseEvent(QMouseEvent* e) {
    pressed_ = false;
    activeTool_->release(*this, mouseOf(e));
}

void PianoRollView::mouseDoubleClickEvent(QMouseEvent* e) {
    // A double click on empty space in the select tool draws a note there, as in most DAWs.
    const RollMouse m = mouseOf(e);
    if (toolKind_ == Tool::Select && e->button() == Qt::LeftButton && !noteAt(m.pos)) {
        DrawTool draw;
        draw.press(*this, m);
        draw.release(*this, m);
        return;
    }
    mousePressEvent(e);
}

void PianoRollView::wheelEvent(QWheelEvent* e) {
    const QPoint delta = e->angleDelta();
    const int d = delta.y() != 0 ? delta.y() : delta.x(); // Alt turns a vertical wheel horizontal
    if (d == 0) return;
    const double factor = d > 0 ? 1.15 : 1.0 / 1.15;
    if (e->modifiers() & Qt::ControlModifier) {
        const double anchorX = horizontalScrollBar()->value() + e->position().x();
        const double newX = axis_->geometry().zoomHorizontal(factor, anchorX);
        updateScrollBars();
        horizontalScrollBar()->setValue(static_cast<int>(newX - e->position().x()));
        syncAxis();
        axis_->notifyChanged();
        Q_EMIT zoomChanged();
    } else if (e->modifiers() & Qt::AltModifier) {
        const double anchorY = verticalScrollBar()->value() + e->position().y();
        const double newY = axis_->geometry().zoomVertical(factor, anchorY);
        updateScrollBars();
        verticalScrollBar()->setValue(static_cast<int>(newY - e->position().y()));
        syncAxis();
        axis_->notifyChanged();
        Q_EMIT zoomChanged();
    } else if (e->modifiers() & Qt::ShiftModifier) {
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d);
    } else {
        QAbstractScrollArea::wheelEvent(e);
        return;
    }
    e->accept();
}

void PianoRollView::keyPressEvent(QKeyEvent* e) {
    const bool shift = e->modifiers() & Qt::ShiftModifier;
    const Tick step =
        std::max<Tick>(1, axis_->geometry().snapStep(snap_ == SnapMode::Off ? SnapMode::Sixteenth : snap_));
    switch (e->key()) {
    case Qt::Key_Up:
        nudgeSelection(shift ? 12 : 1, 0);
        break;
    case Qt::Key_Down:
        nudgeSelection(shift ? -12 : -1, 0);
        break;
    case Qt::Key_Left:
        nudgeSelection(0, shift ? -axis_->geometry().ticksPerBar() : -step);
        break;
    case Qt::Key_Right:
        nudgeSelection(0, shift ? axis_->geometry().ticksPerBar() : step);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        deleteSelection();
        break;
    case Qt::Key_Escape:
        activeTool_->cancel(*this);
        pressed_ = false;
        setSelection({});
        break;
    default:
        QAbstractScrollArea::keyPressEvent(e);
        return;
    }
    e->accept();
}

void PianoRollView::leaveEvent(QEvent* e) {
    keyboard_->setHoverPitch(-1);
    Q_EMIT hoverChanged(-1, -1);
    QAbstractScrollArea::leaveEvent(e);
}

void PianoRollView::focusOutEvent(QFocusEvent* e) {
    if (pressed_) {
        activeTool_->cancel(*this);
        pressed_ = false;
    }
    QAbstractScrollArea::focusOutEvent(e);
}

} // namespace fgg::ui
