#include "app/studio/study/BarChart.h"

#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <algorithm>
#include <cmath>

namespace fgg::studio::listening {

namespace {
// Colour-blind-safe (Okabe-Ito) bar colours.
const QColor kBarColours[] = {QColor(0, 114, 178),   QColor(230, 159, 0),  QColor(0, 158, 115),
                              QColor(204, 121, 167), QColor(86, 180, 233), QColor(213, 94, 0),
                              QColor(240, 228, 66),  QColor(0, 0, 0)};
} // namespace

BarChart::BarChart(QWidget* parent) : QWidget(parent) {
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void BarChart::setData(const QString& title, const QString& axisLabel, std::vector<ChartBar> bars,
                       double axisMin, double axisMax, ChartStyle style) {
    title_ = title;
    axisLabel_ = axisLabel;
    bars_ = std::move(bars);
    axisMin_ = axisMin;
    axisMax_ = axisMax > axisMin ? axisMax : axisMin + 1;
    style_ = std::move(style);
    update();
}

void BarChart::paint(QPainter& p, const QRectF& rect) const {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect, Qt::white);
    QFont font = p.font();
    const QFontMetricsF fm(font);
    const double line = fm.height();

    // Title on top, axis label on the left, condition labels and captions below, then the footnote.
    p.setPen(Qt::black);
    QFont bold = font;
    bold.setBold(true);
    p.setFont(bold);
    p.drawText(QRectF(rect.left(), rect.top() + 4, rect.width(), line * 1.4), Qt::AlignCenter, title_);
    p.setFont(font);
    const QRectF plot(rect.left() + line * 3.2, rect.top() + line * 2.2, rect.width() - line * 4.2,
                      rect.height() - line * 6.0);
    if (plot.width() < 20 || plot.height() < 20) {
        p.restore();
        return;
    }
    const auto yOf = [&](double v) {
        const double t = (std::clamp(v, axisMin_, axisMax_) - axisMin_) / (axisMax_ - axisMin_);
        return plot.bottom() - t * plot.height();
    };

    // Axis with a tick per whole number (at most ~10 ticks).
    const double span = axisMax_ - axisMin_;
    const double step = span <= 10 ? 1.0 : std::ceil(span / 10.0);
    p.setPen(QPen(QColor(220, 220, 220), 1));
    for (double v = axisMin_; v <= axisMax_ + 1e-9; v += step)
        p.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
    p.setPen(Qt::black);
    for (double v = axisMin_; v <= axisMax_ + 1e-9; v += step)
        p.drawText(QRectF(plot.left() - line * 2.2, yOf(v) - line / 2, line * 1.9, line),
                   Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'g', 3));
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.save();
    p.translate(rect.left() + line * 0.9, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -line / 2, plot.height(), line), Qt::AlignCenter, axisLabel_);
    p.restore();

    if (bars_.empty()) {
        p.drawText(plot, Qt::AlignCenter, QObject::tr("No answers yet"));
        p.restore();
        return;
    }
    const double slot = plot.width() / static_cast<double>(bars_.size());
    const double barWidth = std::min(slot * 0.6, line * 6);
    for (std::size_t i = 0; i < bars_.size(); ++i) {
        const ChartBar& b = bars_[i];
        const double cx = plot.left() + slot * (static_cast<double>(i) + 0.5);
        if (b.n > 0) {
            const QRectF bar(cx - barWidth / 2, yOf(b.value), barWidth, plot.bottom() - yOf(b.value));
            p.fillRect(bar, kBarColours[i % std::size(kBarColours)]);
            double top = b.value;
            if (style_.errorBars) {
                // Error bar: the confidence interval, with caps.
                p.setPen(QPen(Qt::black, 1.5));
                const double cap = barWidth * 0.18;
                p.drawLine(QPointF(cx, yOf(b.low)), QPointF(cx, yOf(b.high)));
                p.drawLine(QPointF(cx - cap, yOf(b.low)), QPointF(cx + cap, yOf(b.low)));
                p.drawLine(QPointF(cx - cap, yOf(b.high)), QPointF(cx + cap, yOf(b.high)));
                top = std::max(b.high, b.value);
            }
            p.setPen(Qt::black);
            p.drawText(QRectF(cx - slot / 2, yOf(top) - line * 1.2, slot, line), Qt::AlignCenter,
                       QString::number(b.value, 'f', style_.decimals) + style_.valueSuffix);
        }
        p.drawText(QRectF(cx - slot / 2, plot.bottom() + 4, slot, line), Qt::AlignCenter | Qt::TextSingleLine,
                   fm.elidedText(b.label, Qt::ElideRight, slot - 4));
        p.setPen(QColor(90, 90, 90));
        p.drawText(QRectF(cx - slot / 2, plot.bottom() + 4 + line, slot, line), Qt::AlignCenter,
                   b.caption.isEmpty() ? QStringLiteral("n = %1").arg(b.n) : b.caption);
        p.setPen(Qt::black);
    }
    if (style_.reference) {
        // A dashed line (chance level) over the bars, named at its right end.
        const double y = yOf(*style_.reference);
        p.setPen(QPen(QColor(180, 0, 0), 1.2, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(QColor(180, 0, 0));
        p.drawText(QRectF(plot.left(), y - line * 1.1, plot.width() - 4, line), Qt::AlignRight,
                   style_.referenceLabel);
        p.setPen(Qt::black);
    }
    if (style_.errorBars)
        p.drawText(QRectF(rect.left(), rect.bottom() - line * 1.2, rect.width() - 4, line), Qt::AlignRight,
                   QObject::tr("error bars: 95% confidence interval of the mean"));
    p.restore();
}

void BarChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    paint(p, QRectF(rect()));
}

bool BarChart::exportPng(const QString& path, QString* error) const {
    const QSize size = (width() > 100 ? this->size() : sizeHint()) * 2;
    QImage image(size, QImage::Format_ARGB32);
    image.setDevicePixelRatio(2.0);
    image.fill(Qt::white);
    {
        QPainter p(&image);
        paint(p, QRectF(QPointF(0, 0), QSizeF(size) / 2.0));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool BarChart::exportSvg(const QString& path, QString* error) const {
    const QSize size = width() > 100 ? this->size() : sizeHint();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title_);
        svg.setDescription(tr("fgg-studio listening test results"));
        QPainter p(&svg);
        paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(buffer.data()) != buffer.size() || !file.commit()) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace fgg::studio::listening
