#include "widgets/pianoroll/PianoKeyboard.h"

#include "widgets/ground/RollAxis.h"

#include <QMouseEvent>
#include <QPainter>

namespace fgg::ui {

PianoKeyboard::PianoKeyboard(RollAxis* axis, QWidget* parent) : QWidget(parent), axis_(axis) {
    setToolTip(tr("Click a key to hear its pitch"));
    setCursor(Qt::PointingHandCursor);
    connect(axis_, &RollAxis::changed, this, qOverload<>(&QWidget::update));
}

void PianoKeyboard::setHoverPitch(int pitch) {
    if (pitch == hover_) return;
    hover_ = pitch;
    update();
}

int PianoKeyboard::pitchAt(QPoint pos) const {
    return axis_->widgetYToPitch(pos.y());
}

void PianoKeyboard::paintEvent(QPaintEvent*) {
    QPainter p(this);
    const PianoRollGeometry& g = axis_->geometry();
    const int high = axis_->widgetYToPitch(0);
    const int low = axis_->widgetYToPitch(height());
    p.fillRect(rect(), QColor(0x1f, 0x22, 0x26));
    QFont f = font();
    f.setPixelSize(std::max(7, std::min(11, static_cast<int>(g.rowHeight()) - 1)));
    p.setFont(f);
    for (int pitch = low; pitch <= high; ++pitch) {
        const double y = axis_->pitchToWidgetY(pitch);
        const bool black = PianoRollGeometry::isBlackKey(pitch);
        QRectF key(0, y, black ? width() * 0.62 : width() - 1, g.rowHeight());
        QColor c = black ? QColor(0x20, 0x20, 0x22) : QColor(0xee, 0xee, 0xea);
        if (pitch == pressed_)
            c = QColor(0xff, 0xb3, 0x47);
        else if (pitch == hover_)
            c = black ? QColor(0x4a, 0x4f, 0x57) : QColor(0xcf, 0xe6, 0xff);
        if (!black) p.fillRect(QRectF(0, y, width() - 1, g.rowHeight()), c);
        p.setPen(QColor(0x9a, 0x9a, 0x96));
        if (!black) p.drawLine(QPointF(0, y + g.rowHeight()), QPointF(width() - 1, y + g.rowHeight()));
        if (black) p.fillRect(key, c);
        if (pitch % 12 == 0 && g.rowHeight() >= 7) {
            p.setPen(QColor(0x40, 0x40, 0x40));
            p.drawText(QRectF(0, y, width() - 4, g.rowHeight()), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("C%1").arg(PianoRollGeometry::octaveOf(pitch)));
        }
    }
}

void PianoKeyboard::mousePressEvent(QMouseEvent* e) {
    pressed_ = pitchAt(e->position().toPoint());
    update();
    Q_EMIT keyPressed(pressed_);
}

void PianoKeyboard::mouseMoveEvent(QMouseEvent* e) {
    if (!(e->buttons() & Qt::LeftButton)) return;
    const int pitch = pitchAt(e->position().toPoint());
    if (pitch != pressed_) { // glissando along the keys
        pressed_ = pitch;
        update();
        Q_EMIT keyPressed(pitch);
    }
}

void PianoKeyboard::mouseReleaseEvent(QMouseEvent*) {
    pressed_ = -1;
    update();
}

} // namespace fgg::ui
