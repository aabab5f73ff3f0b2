#include "widgets/generation/MiniRoll.h"

#include "widgets/ground/RollPalette.h"

#include <QPainter>
#include <algorithm>

namespace fgg::ui {

MiniRoll::MiniRoll(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 70);
}

void MiniRoll::setScore(const Score& score, Tick from, Tick to) {
    score_ = score;
    from_ = from;
    to_ = to > from ? to : std::max<Tick>(score.endTick(), score.ticksPerBar());
    update();
}

void MiniRoll::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette::background());
    int low = 127, high = 0;
    for (const Track& t : score_.tracks)
        for (const Note& n : t.notes)
            if (n.end() > from_ && n.start < to_) {
                low = std::min(low, n.pitch);
                high = std::max(high, n.pitch);
            }
    if (low > high) return;
    low -= 2;
    high += 2;
    const double span = static_cast<double>(std::max<Tick>(1, to_ - from_));
    const double rowH = static_cast<double>(height()) / (high - low + 1);
    p.setPen(palette::barLine());
    for (Tick bar = (from_ / score_.ticksPerBar() + 1) * score_.ticksPerBar(); bar < to_;
         bar += score_.ticksPerBar()) {
        const double x = (bar - from_) / span * width();
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
    p.setPen(Qt::NoPen);
    for (const char* name : {kAccompanimentTrack, kMelodyTrack}) {
        const Track* t = score_.track(name);
        if (!t) continue;
        p.setBrush(palette::trackColour(name));
        for (const Note& n : t->notes) {
            if (n.end() <= from_ || n.start >= to_) continue;
            const double x = (n.start - from_) / span * width();
            const double w = std::max(1.5, n.length / span * width());
            p.drawRect(QRectF(x, (high - n.pitch) * rowH, w, std::max(1.5, rowH)));
        }
    }
}

} // namespace fgg::ui
