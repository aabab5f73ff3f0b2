#include "widgets/exchange/MidiDrag.h"

#include <QApplication>
#include <QDrag>
#include <QFontMetrics>
#include <QIcon>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>

namespace fgg::ui {

namespace {

/// The drag cursor: the MIDI icon and the file's name, so the user sees what is being dropped.
QPixmap dragPixmap(const QWidget* source, const QString& label) {
    const QFont font = source->font();
    const QFontMetrics fm(font);
    const int iconSize = 24;
    const int width = iconSize + 10 + fm.horizontalAdvance(label) + 8;
    const int height = std::max(iconSize, fm.height()) + 8;
    const qreal dpr = source->devicePixelRatioF();
    QPixmap pm(QSize(width, height) * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QColor(0x5a, 0xa7, 0xe8));
    p.setBrush(QColor(0x22, 0x27, 0x2e, 230));
    p.drawRoundedRect(QRectF(0.5, 0.5, width - 1, height - 1), 5, 5);
    QIcon(QStringLiteral(":/icons/midi-drag.svg"))
        .paint(&p, QRect(4, (height - iconSize) / 2, iconSize, iconSize));
    p.setPen(QColor(0xe6, 0xed, 0xf3));
    p.setFont(font);
    p.drawText(QRect(iconSize + 10, 0, width - iconSize - 10, height), Qt::AlignVCenter | Qt::AlignLeft,
               label);
    return pm;
}

} // namespace

Qt::DropAction startMidiDrag(QWidget* source, QMimeData* data, const QString& label) {
    auto* drag = new QDrag(source);
    drag->setMimeData(data);
    if (!label.isEmpty()) {
        drag->setPixmap(dragPixmap(source, label));
        drag->setHotSpot(QPoint(12, 12));
    }
    // Copy only: the piece stays as it is, whatever the target does with the file.
    return drag->exec(Qt::CopyAction, Qt::CopyAction);
}

bool DragGesture::moved(const QPoint& to, Qt::MouseButtons buttons) {
    if (!armed_ || !(buttons & Qt::LeftButton)) return false;
    if ((to - pressed_).manhattanLength() < QApplication::startDragDistance()) return false;
    armed_ = false;
    return true;
}

MidiDragButton::MidiDragButton(QWidget* parent) : QToolButton(parent) {
    setIcon(QIcon(QStringLiteral(":/icons/midi-drag.svg")));
    setCursor(Qt::OpenHandCursor);
}

void MidiDragButton::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) gesture_.press(event->position().toPoint());
    QToolButton::mousePressEvent(event);
}

void MidiDragButton::mouseMoveEvent(QMouseEvent* event) {
    if (gesture_.moved(event->position().toPoint(), event->buttons()) && provider_) {
        setDown(false); // the press became a drag, not a click
        if (QMimeData* data = provider_()) {
            Q_EMIT dragStarting(data);
            const QList<QUrl> urls = data->urls();
            startMidiDrag(this, data, urls.isEmpty() ? QString() : urls.front().fileName());
        }
        return;
    }
    QToolButton::mouseMoveEvent(event);
}

void MidiDragButton::mouseReleaseEvent(QMouseEvent* event) {
    gesture_.release();
    QToolButton::mouseReleaseEvent(event);
}

} // namespace fgg::ui
