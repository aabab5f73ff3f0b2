#pragma once
// Pure geometry of the piano roll: tick <-> x, pitch <-> y, snapping and zoom. No widgets, so it is
// unit-tested on its own. Coordinates are content coordinates (before scrolling): x = 0 is tick 0, y = 0 the
// top of the highest pitch row.
#include "model/music/Note.h"
#include "widgets/ground/NoteTypes.h"

#include <QRectF>

namespace fgg::ui {

class PianoRollGeometry {
public:
    static constexpr int kLowestPitch = 0;
    static constexpr int kHighestPitch = 127;
    static constexpr int kPitchCount = kHighestPitch - kLowestPitch + 1;
    static constexpr double kMinPixelsPerBeat = 4.0;
    static constexpr double kMaxPixelsPerBeat = 800.0;
    static constexpr double kMinRowHeight = 3.0;
    static constexpr double kMaxRowHeight = 48.0;

    int ticksPerBeat() const { return ticksPerBeat_; }
    void setTicksPerBeat(int tpb) { ticksPerBeat_ = tpb > 0 ? tpb : 480; }
    int beatsPerBar() const { return beatsPerBar_; }
    void setBeatsPerBar(int beats) { beatsPerBar_ = beats > 0 ? beats : 4; }
    Tick ticksPerBar() const { return static_cast<Tick>(ticksPerBeat_) * beatsPerBar_; }

    double pixelsPerBeat() const { return pixelsPerBeat_; }
    void setPixelsPerBeat(double ppb);
    double pixelsPerTick() const { return pixelsPerBeat_ / ticksPerBeat_; }
    double rowHeight() const { return rowHeight_; }
    void setRowHeight(double h);

    double tickToX(Tick tick) const { return static_cast<double>(tick) * pixelsPerTick(); }
    /// The tick at `x`, rounded down (x < 0 gives negative ticks; callers clamp).
    Tick xToTick(double x) const;
    /// Top of the row of `pitch`.
    double pitchToY(int pitch) const { return (kHighestPitch - pitch) * rowHeight_; }
    /// The pitch whose row contains `y`, clamped to 0..127.
    int yToPitch(double y) const;
    QRectF noteRect(const Note& n) const;

    double contentWidth(Tick endTick) const { return tickToX(endTick); }
    double contentHeight() const { return kPitchCount * rowHeight_; }

    /// Ticks of one snap step (0 for SnapMode::Off).
    Tick snapStep(SnapMode mode) const;
    /// `tick` moved to the nearest grid line (unchanged for Off).
    Tick snapNearest(Tick tick, SnapMode mode) const;
    /// The grid line at or before `tick`.
    Tick snapFloor(Tick tick, SnapMode mode) const;
    /// A note length snapped to the grid, never shorter than one step (or `minimum` ticks when Off).
    Tick snapLength(Tick length, SnapMode mode, Tick minimum = 10) const;

    /// Multiplies the horizontal zoom, keeping the tick under `anchorX` (content x) in place: returns the new
    /// content x of that tick so the caller can scroll by the difference.
    double zoomHorizontal(double factor, double anchorX);
    double zoomVertical(double factor, double anchorY);

    static bool isBlackKey(int pitch);
    /// "C4" for 60 (Yamaha/scientific: middle C = C4).
    static const char* pitchClassName(int pitch);
    static int octaveOf(int pitch) { return pitch / 12 - 1; }

    /// "bar.beat.tick", 1-based bars and beats.
    struct Position {
        int bar = 1;
        int beat = 1;
        int tick = 0;
    };
    Position positionOf(Tick tick) const;

private:
    int ticksPerBeat_ = 480;
    int beatsPerBar_ = 4;
    double pixelsPerBeat_ = 48.0;
    double rowHeight_ = 12.0;
};

} // namespace fgg::ui
