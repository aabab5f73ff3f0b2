// PianoRollGeometry: the pure tick <-> x, pitch <-> y and snapping math of the roll.
#include <QtTest> // first: moc must see Qt before <compare>

#include "widgets/ground/PianoRollGeometry.h"

using fgg::Note;
using fgg::ui::PianoRollGeometry;
using fgg::ui::SnapMode;

class GeometryTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tickAndXRoundTrip() {
        PianoRollGeometry g;
        g.setTicksPerBeat(480);
        g.setPixelsPerBeat(48);
        QCOMPARE(g.tickToX(480), 48.0);
        QCOMPARE(g.tickToX(0), 0.0);
        QCOMPARE(g.xToTick(48.0), fgg::Tick(480));
        QCOMPARE(g.xToTick(47.99), fgg::Tick(479));
        for (fgg::Tick t : {0, 10, 479, 480, 12345})
            QCOMPARE(g.xToTick(g.tickToX(t)), t);
    }
    void pitchAndYRoundTrip() {
        PianoRollGeometry g;
        g.setRowHeight(12);
        QCOMPARE(g.pitchToY(127), 0.0);
        QCOMPARE(g.pitchToY(0), 127 * 12.0);
        for (int p : {0, 1, 59, 60, 61, 126, 127}) {
            QCOMPARE(g.yToPitch(g.pitchToY(p)), p);
            QCOMPARE(g.yToPitch(g.pitchToY(p) + 11.9), p);
        }
        QCOMPARE(g.yToPitch(-50), 127); // clamped
        QCOMPARE(g.yToPitch(1e6), 0);
    }
    void noteRect() {
        PianoRollGeometry g;
        g.setPixelsPerBeat(40);
        g.setRowHeight(10);
        const QRectF r = g.noteRect(Note{60, 480, 240, 100});
        QCOMPARE(r.left(), 40.0);
        QCOMPARE(r.width(), 20.0);
        QCOMPARE(r.top(), (127 - 60) * 10.0);
        QCOMPARE(r.height(), 10.0);
    }
    void snapSteps() {
        PianoRollGeometry g;
        g.setTicksPerBeat(480);
        QCOMPARE(g.snapStep(SnapMode::Bar), fgg::Tick(1920));
        QCOMPARE(g.snapStep(SnapMode::Quarter), fgg::Tick(480));
        QCOMPARE(g.snapStep(SnapMode::Eighth), fgg::Tick(240));
        QCOMPARE(g.snapStep(SnapMode::Sixteenth), fgg::Tick(120));
        QCOMPARE(g.snapStep(SnapMode::EighthTriplet), fgg::Tick(160));
        QCOMPARE(g.snapStep(SnapMode::SixteenthTriplet), fgg::Tick(80));
        QCOMPARE(g.snapStep(SnapMode::Off), fgg::Tick(0));
    }
    void snapping() {
        PianoRollGeometry g;
        g.setTicksPerBeat(480);
        QCOMPARE(g.snapNearest(59, SnapMode::Sixteenth), fgg::Tick(0));
        QCOMPARE(g.snapNearest(60, SnapMode::Sixteenth), fgg::Tick(120));
        QCOMPARE(g.snapNearest(700, SnapMode::Quarter), fgg::Tick(480));
        QCOMPARE(g.snapNearest(721, SnapMode::Quarter), fgg::Tick(960));
        QCOMPARE(g.snapNearest(123, SnapMode::Off), fgg::Tick(123));
        QCOMPARE(g.snapFloor(959, SnapMode::Quarter), fgg::Tick(480));
        QCOMPARE(g.snapFloor(-1, SnapMode::Quarter), fgg::Tick(-480)); // floor, not truncation
        QCOMPARE(g.snapFloor(170, SnapMode::EighthTriplet), fgg::Tick(160));
        QCOMPARE(g.snapLength(10, SnapMode::Eighth), fgg::Tick(240)); // never shorter than a step
        QCOMPARE(g.snapLength(500, SnapMode::Eighth), fgg::Tick(480));
        QCOMPARE(g.snapLength(3, SnapMode::Off, 10), fgg::Tick(10));
    }
    void zoomKeepsAnchor() {
        PianoRollGeometry g;
        g.setPixelsPerBeat(48);
        const double anchorX = 480.0; // tick 4800
        const fgg::Tick anchorTick = g.xToTick(anchorX);
        const double newX = g.zoomHorizontal(2.0, anchorX);
        QCOMPARE(g.pixelsPerBeat(), 96.0);
        QCOMPARE(g.xToTick(newX), anchorTick);
        g.zoomHorizontal(1e9, 0);
        QCOMPARE(g.pixelsPerBeat(), PianoRollGeometry::kMaxPixelsPerBeat); // clamped
        g.setRowHeight(12);
        const double y = g.zoomVertical(0.5, 600);
        QCOMPARE(g.rowHeight(), 6.0);
        QCOMPARE(y, 300.0);
    }
    void keysAndPositions() {
        QVERIFY(PianoRollGeometry::isBlackKey(61));
        QVERIFY(!PianoRollGeometry::isBlackKey(60));
        QCOMPARE(QString::fromLatin1(PianoRollGeometry::pitchClassName(60)), QStringLiteral("C"));
        QCOMPARE(PianoRollGeometry::octaveOf(60), 4);
        PianoRollGeometry g;
        const auto p = g.positionOf(1920 + 480 + 7);
        QCOMPARE(p.bar, 2);
        QCOMPARE(p.beat, 2);
        QCOMPARE(p.tick, 7);
    }
};

QTEST_APPLESS_MAIN(GeometryTest)
#include "gui_geometry_test.moc"
