#include "widgets/pianoroll/GridPainter.h"

#include "widgets/ground/RollPalette.h"

#include <QPainter>
#include <algorithm>
#include <cmath>

namespace fgg::ui {

namespace {

void paintRows(QPainter& p, const PianoRollGeometry& g, const QRectF& visible, int lowPitch, int highPitch) {
    for (int pitch = lowPitch; pitch <= highPitch; ++pitch) {
        const QRectF row(visible.left(), g.pitchToY(pitch), visible.width(), g.rowHeight());
        p.fillRect(row, PianoRollGeometry::isBlackKey(pitch) ? palette::blackRow() : palette::whiteRow());
        if (pitch % 12 == 0) { // a line under every C, as on a keyboard
            p.setPen(palette::cRowLine());
            p.drawLine(QPointF(visible.left(), row.bottom()), QPointF(visible.right(), row.bottom()));
        }
    }
}

void paintChordMask(QPainter& p, const PianoRollGeometry& g, const QRectF& visible, const Score& score,
                    int lowPitch, int highPitch) {
    const Tick from = std::max<Tick>(0, g.xToTick(visible.left()));
    const Tick to = g.xToTick(visible.right()) + 1;
    for (const ChordSpan& span : score.chords) {
        if (span.end() <= from || span.start >= to || span.chord.isNoChord()) continue;
        const PitchClassSet allowed = span.chord.allowedPitchClasses();
        if (allowed.isAll()) continue;
        const double x0 = g.tickToX(span.start);
        const double x1 = g.tickToX(span.end());
        for (int pitch = lowPitch; pitch <= highPitch; ++pitch)
            if (!allowed.contains(pitch))
                p.fillRect(QRectF(x0, g.pitchToY(pitch), x1 - x0, g.rowHeight()), palette::outOfChord());
    }
}

void paintVerticalLines(QPainter& p, const PianoRollGeometry& g, const QRectF& visible) {
    const Tick beat = g.ticksPerBeat();
    const Tick sixteenth = std::max<Tick>(1, beat / 4);
    const Tick bar = g.ticksPerBar();
    const bool drawSixteenths = g.tickToX(sixteenth) >= 6.0;
    const bool drawBeats = g.tickToX(beat) >= 4.0;
    const Tick step = drawSixteenths ? sixteenth : drawBeats ? beat : bar;
    const Tick first = std::max<Tick>(0, g.xToTick(visible.left()) / step * step);
    const Tick last = g.xToTick(visible.right()) + step;
    for (Tick t = first; t <= last; t += step) {
        const double x = std::floor(g.tickToX(t)) + 0.5;
        if (t % bar == 0)
            p.setPen(QPen(palette::barLine(), 1.0));
        else if (t % beat == 0)
            p.setPen(QPen(palette::beatLine(), 1.0));
        else
            p.setPen(QPen(palette::sixteenthLine(), 1.0));
        p.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()));
    }
}

} // namespace

void paintGrid(QPainter& p, const PianoRollGeometry& g, const QRectF& visible, const Score& score,
               const GridOptions& options) {
    p.fillRect(visible, palette::background());
    const int highPitch = g.yToPitch(visible.top());
    const int lowPitch = g.yToPitch(visible.bottom());
    paintRows(p, g, visible, lowPitch, highPitch);
    if (options.showChordMask) paintChordMask(p, g, visible, score, lowPitch, highPitch);
    paintVerticalLines(p, g, visible);
    if (options.endTick > 0) {
        const double endX = g.tickToX(options.endTick);
        if (endX < visible.right())
            p.fillRect(QRectF(std::max(endX, visible.left()), visible.top(), visible.right() - endX,
                              visible.height()),
                       QColor(0, 0, 0, 60));
    }
}

} // namespace fgg::ui
