#include "widgets/pianoroll/TimeRuler.h"

#include "widgets/ground/RollAxis.h"
#include "widgets/ground/RollPalette.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace fgg::ui {

TimeRuler::TimeRuler(RollAxis* axis, QWidget* parent) : QWidget(parent), axis_(axis) {
    setToolTip(tr("Click to move the playhead; drag to select bars to regenerate"));
    connect(axis_, &RollAxis::changed, this, qOverload<>(&QWidget::update));
}

void TimeRuler::setPlayhead(Tick tick) {
    playhead_ = tick;
    update();
}

void TimeRuler::setRegion(Tick start, Tick end) {
    regionStart_ = start;
    regionEnd_ = end;
    update();
}

Tick TimeRuler::snapped(double x) const {
    const PianoRollGeometry& g = axis_->geometry();
    const SnapMode snap = g.tickToX(g.ticksPerBeat()) < 12 ? SnapMode::Bar : SnapMode::Quarter;
    return std::max<Tick>(0, g.snapNearest(axis_->widgetXToTick(x), snap));
}

void TimeRuler::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const PianoRollGeometry& g = axis_->geometry();
    p.fillRect(rect(), palette::laneBackground());
    if (regionEnd_ > regionStart_) {
        const double x0 = axis_->tickToWidgetX(regionStart_);
        const double x1 = axis_->tickToWidgetX(regionEnd_);
        p.fillRect(QRectF(x0, 0, x1 - x0, height()), QColor(0x4a, 0x9e, 0xff, 110));
    }
    const Tick bar = g.ticksPerBar();
    const double barWidth = g.tickToX(bar);
    const int labelEvery = barWidth < 24 ? 4 : barWidth < 48 ? 2 : 1;
    const Tick first = std::max<Tick>(0, axis_->widgetXToTick(0) / bar * bar);
    const Tick last = axis_->widgetXToTick(width()) + bar;
    QFont f = font();
    f.setPixelSize(10);
    p.setFont(f);
    for (Tick t = first; t <= last; t += g.ticksPerBeat()) {
        const double x = std::floor(axis_->tickToWidgetX(t)) + 0.5;
        const bool isBar = t % bar == 0;
        p.setPen(isBar ? palette::laneText() : QColor(0x6a, 0x71, 0x7b));
        p.drawLine(QPointF(x, isBar ? 4 : height() - 6), QPointF(x, height()));
        const int barNumber = static_cast<int>(t / bar) + 1;
        if (isBar && (barNumber - 1) % labelEvery == 0)
            p.drawText(QRectF(x + 3, 0, 40, height() - 4), Qt::AlignLeft | Qt::AlignVCenter,
                       QString::number(barNumber));
    }
    const double px = axis_->tickToWidgetX(playhead_);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(palette::playhead());
    const QPointF tri[3] = {QPointF(px - 5, height() - 9), QPointF(px + 5, height() - 9),
                            QPointF(px, height())};
    p.drawPolygon(tri, 3);
}

void TimeRuler::mousePressEvent(QMouseEvent* e) {
    if (e->button() != Qt::LeftButton) return;
    dragging_ = true;
    pressX_ = e->position().x();
    pressTick_ = snapped(pressX_);
}

void TimeRuler::mouseMoveEvent(QMouseEvent* e) {
    if (!dragging_ || std::abs(e->position().x() - pressX_) < 4) return;
    const Tick t = snapped(e->position().x());
    setRegion(std::min(pressTick_, t), std::max(pressTick_, t));
}

void TimeRuler::mouseReleaseEvent(QMouseEvent* e) {
    if (!dragging_) return;
    dragging_ = false;
    if (std::abs(e->position().x() - pressX_) < 4) {
        Q_EMIT seekRequested(std::max<Tick>(0, axis_->widgetXToTick(e->position().x())));
        return;
    }
    const Tick t = snapped(e->position().x());
    Q_EMIT rangeSelected(std::min(pressTick_, t), std::max(pressTick_, t));
}

} // namespace fgg::ui
