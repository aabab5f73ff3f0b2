#pragma once
// The time and pitch axes the roll and its lanes (ruler, chord lane, keyboard, velocity lane) share: geometry
// plus the scroll offsets, with one signal when either changes.
#include <QObject> // first: moc must see Qt before <compare>

#include "widgets/ground/PianoRollGeometry.h"

namespace fgg::ui {

class RollAxis : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const PianoRollGeometry& geometry() const { return geometry_; }
    PianoRollGeometry& geometry() { return geometry_; }
    int scrollX() const { return scrollX_; }
    int scrollY() const { return scrollY_; }
    void setScroll(int x, int y);
    /// Call after changing geometry().
    void notifyChanged() { Q_EMIT changed(); }

    /// Widget x of a tick / tick of a widget x, for widgets that share the roll's horizontal scroll.
    double tickToWidgetX(Tick t) const { return geometry_.tickToX(t) - scrollX_; }
    Tick widgetXToTick(double x) const { return geometry_.xToTick(x + scrollX_); }
    double pitchToWidgetY(int pitch) const { return geometry_.pitchToY(pitch) - scrollY_; }
    int widgetYToPitch(double y) const { return geometry_.yToPitch(y + scrollY_); }

Q_SIGNALS:
    void changed();

private:
    PianoRollGeometry geometry_;
    int scrollX_ = 0;
    int scrollY_ = 0;
};

} // namespace fgg::ui
