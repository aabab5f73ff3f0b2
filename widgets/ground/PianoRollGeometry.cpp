#include "widgets/ground/PianoRollGeometry.h"

#include <algorithm>
#include <cmath>

namespace fgg::ui {

void PianoRollGeometry::setPixelsPerBeat(double ppb) {
    pixelsPerBeat_ = std::clamp(ppb, kMinPixelsPerBeat, kMaxPixelsPerBeat);
}

void PianoRollGeometry::setRowHeight(double h) {
    rowHeight_ = std::clamp(h, kMinRowHeight, kMaxRowHeight);
}

Tick PianoRollGeometry::xToTick(double x) const {
    return static_cast<Tick>(std::floor(x / pixelsPerTick()));
}

int PianoRollGeometry::yToPitch(double y) const {
    const int row = static_cast<int>(std::floor(y / rowHeight_));
    return std::clamp(kHighestPitch - row, kLowestPitch, kHighestPitch);
}

QRectF PianoRollGeometry::noteRect(const Note& n) const {
    return QRectF(tickToX(n.start), pitchToY(n.pitch), std::max(1.0, tickToX(n.end()) - tickToX(n.start)),
                  rowHeight_);
}

Tick PianoRollGeometry::snapStep(SnapMode mode) const {
    switch (mode) {
    case SnapMode::Bar:
        return ticksPerBar();
    case SnapMode::Quarter:
        return ticksPerBeat_;
    case SnapMode::Eighth:
        return ticksPerBeat_ / 2;
    case SnapMode::Sixteenth:
        return ticksPerBeat_ / 4;
    case SnapMode::EighthTriplet:
        return ticksPerBeat_ / 3;
    case SnapMode::SixteenthTriplet:
        return ticksPerBeat_ / 6;
    case SnapMode::Off:
        return 0;
    }
    return 0;
}

Tick PianoRollGeometry::snapNearest(Tick tick, SnapMode mode) const {
    const Tick step = snapStep(mode);
    if (step <= 0) return tick;
    const Tick floor = snapFloor(tick, mode);
    return (tick - floor) * 2 >= step ? floor + step : floor;
}

Tick PianoRollGeometry::snapFloor(Tick tick, SnapMode mode) const {
    const Tick step = snapStep(mode);
    if (step <= 0) return tick;
    Tick q = tick / step;
    if (tick < 0 && q * step != tick) --q; // floor, not truncation, for negative ticks
    return q * step;
}

Tick PianoRollGeometry::snapLength(Tick length, SnapMode mode, Tick minimum) const {
    const Tick step = snapStep(mode);
    if (step <= 0) return std::max(length, minimum);
    return std::max(step, snapNearest(length, mode));
}

double PianoRollGeometry::zoomHorizontal(double factor, double anchorX) {
    const double anchorTick = anchorX / pixelsPerTick();
    setPixelsPerBeat(pixelsPerBeat_ * factor);
    return anchorTick * pixelsPerTick();
}

double PianoRollGeometry::zoomVertical(double factor, double anchorY) {
    const double rows = anchorY / rowHeight_;
    setRowHeight(rowHeight_ * factor);
    return rows * rowHeight_;
}

bool PianoRollGeometry::isBlackKey(int pitch) {
    switch (((pitch % 12) + 12) % 12) {
    case 1:
    case 3:
    case 6:
    case 8:
    case 10:
        return true;
    default:
        return false;
    }
}

const char* PianoRollGeometry::pitchClassName(int pitch) {
    static const char* names[] = {"C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"};
    return names[((pitch % 12) + 12) % 12];
}

PianoRollGeometry::Position PianoRollGeometry::positionOf(Tick tick) const {
    Position p;
    if (tick < 0) tick = 0;
    p.bar = static_cast<int>(tick / ticksPerBar()) + 1;
    const Tick inBar = tick % ticksPerBar();
    p.beat = static_cast<int>(inBar / ticksPerBeat_) + 1;
    p.tick = static_cast<int>(inBar % ticksPerBeat_);
    return p;
}

} // namespace fgg::ui
