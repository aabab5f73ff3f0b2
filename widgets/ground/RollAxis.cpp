#include "widgets/ground/RollAxis.h"

namespace fgg::ui {

void RollAxis::setScroll(int x, int y) {
    if (x == scrollX_ && y == scrollY_) return;
    scrollX_ = x;
    scrollY_ = y;
    Q_EMIT changed();
}

} // namespace fgg::ui
