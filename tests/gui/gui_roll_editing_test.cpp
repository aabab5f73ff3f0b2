// Editing notes in the piano roll with real mouse and key events, each edit undone and redone through the
// document's undo stack.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Document.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QScrollBar>

using namespace fgg;
using fgg::studio::Document;
using fgg::ui::PianoRollView;

class RollEditingTest : public QObject {
    Q_OBJECT

    Document* doc_ = nullptr;
    PianoRollView* view_ = nullptr;

    const std::vector<Note>& melody() const { return doc_->score().track(kMelodyTrack)->notes; }

    /// Viewport position of (tick, pitch), `dx` pixels right of the tick, in the middle of the row.
    QPoint at(Tick tick, int pitch, double dx = 0) const {
        const auto& g = view_->rollGeometry();
        return QPoint(static_cast<int>(g.tickToX(tick) + dx) - view_->horizontalScrollBar()->value(),
                      static_cast<int>(g.pitchToY(pitch) + g.rowHeight() / 2) -
                          view_->verticalScrollBar()->value());
    }
    QWidget* vp() const { return view_->viewport(); }

    void drag(QPoint from, QPoint to, Qt::KeyboardModifiers mods = {}) {
        QTest::mousePress(vp(), Qt::LeftButton, mods, from);
        const QPoint mid = (from + to) / 2;
        QTest::mouseMove(vp(), mid);
        QTest::mouseMove(vp(), to);
        QTest::mouseRelease(vp(), Qt::LeftButton, mods, to);
    }

    void putNote(const Note& n) { doc_->addNotes({{kMelodyTrack, {n}}}, QStringLiteral("setup")); }

private Q_SLOTS:
    void init() {
        doc_ = new Document;
        view_ = new PianoRollView;
        view_->setEditor(doc_);
        connect(doc_, &Document::changed, view_, &PianoRollView::refresh);
        view_->resize(1000, 700);
        view_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_));
        view_->centrePitch(60);
        view_->setSnapMode(ui::SnapMode::Quarter);
    }
    void cleanup() {
        delete view_;
        delete doc_;
    }

    void drawNoteWithTheMouse() {
        view_->setTool(PianoRollView::Tool::Draw);
        drag(at(480, 60, 2), at(1440, 60, 1));
        QCOMPARE(melody().size(), std::size_t(1));
        QCOMPARE(melody()[0].pitch, 60);
        QCOMPARE(melody()[0].start, Tick(480));
        QCOMPARE(melody()[0].length, Tick(960));
        QCOMPARE(doc_->undoStack()->count(), 1);
        doc_->undoStack()->undo();
        QVERIFY(melody().empty());
        doc_->undoStack()->redo();
        QCOMPARE(melody().size(), std::size_t(1));
        QCOMPARE(melody()[0].length, Tick(960));
    }

    void clickDrawsDefaultLength() {
        view_->setTool(PianoRollView::Tool::Draw);
        QTest::mouseClick(vp(), Qt::LeftButton, {}, at(1920, 64, 3));
        QCOMPARE(melody().size(), std::size_t(1));
        QCOMPARE(melody()[0].start, Tick(1920));
        QCOMPARE(melody()[0].pitch, 64);
        QCOMPARE(melody()[0].length, view_->defaultNoteLength());
    }

    void moveNoteWithTheMouse() {
        putNote(Note{60, 480, 480, 100});
        const int before = doc_->undoStack()->count();
        view_->setTool(PianoRollView::Tool::Select);
        drag(at(480, 60, 10), at(960, 62, 10)); // one beat later, two semitones up
        QCOMPARE(melody().size(), std::size_t(1));
        QCOMPARE(melody()[0], (Note{62, 960, 480, 100}));
        QCOMPARE(doc_->undoStack()->count(), before + 1);
        QCOMPARE(view_->selection().at(kMelodyTrack).count(Note{62, 960, 480, 100}), std::size_t(1));
        doc_->undoStack()->undo();
        QCOMPARE(melody()[0], (Note{60, 480, 480, 100}));
        doc_->undoStack()->redo();
        QCOMPARE(melody()[0], (Note{62, 960, 480, 100}));
    }

    void resizeNoteByItsEnd() {
        putNote(Note{60, 480, 480, 100});
        view_->setTool(PianoRollView::Tool::Select);
        drag(at(960, 60, -2), at(1440, 60, -2)); // grab the end, drag one beat right
        QCOMPARE(melody().size(), std::size_t(1));
        QCOMPARE(melody()[0], (Note{60, 480, 960, 100}));
        QCOMPARE(doc_->undoStack()->text(doc_->undoStack()->count() - 1), QStringLiteral("Resize 1 note(s)"));
        doc_->undoStack()->undo();
        QCOMPARE(melody()[0].length, Tick(480));
        doc_->undoStack()->redo();
        QCOMPARE(melody()[0].length, Tick(960));
    }

    void deleteWithTheKeyboard() {
        putNote(Note{60, 480, 480, 100});
        putNote(Note{67, 960, 480, 90});
        view_->setTool(PianoRollView::Tool::Select);
        QTest::mouseClick(vp(), Qt::LeftButton, {}, at(480, 60, 10));
        QCOMPARE(view_->selection().at(kMelodyTrack).size(), std::size_t(1));
        QTest::keyClick(view_, Qt::Key_Delete);
        QCOMPARE(melody().size(), std::size_t(1));
        QCOMPARE(melody()[0].pitch, 67);
        doc_->undoStack()->undo();
        QCOMPARE(melody().size(), std::size_t(2));
        doc_->undoStack()->redo();
        QCOMPARE(melody().size(), std::size_t(1));
    }

    void eraseToolRemovesWhatItTouches() {
        putNote(Note{60, 0, 480, 100});
        putNote(Note{60, 480, 480, 100});
        view_->setTool(PianoRollView::Tool::Erase);
        drag(at(0, 60, 10), at(480, 60, 10));
        QVERIFY(melody().empty());
        doc_->undoStack()->undo(); // one gesture, one step
        QCOMPARE(melody().size(), std::size_t(2));
    }

    void rubberBandSelectsAndMarksRegion() {
        putNote(Note{60, 480, 480, 100});
        putNote(Note{62, 960, 480, 100});
        putNote(Note{72, 960, 480, 100});
        view_->setTool(PianoRollView::Tool::Select);
        drag(at(240, 64, 0), at(1700, 58, 0));
        QCOMPARE(view_->selection().at(kMelodyTrack).size(), std::size_t(2));
        QVERIFY(!view_->region().isEmpty());
        QVERIFY(view_->region().hasPitchRange);
        QCOMPARE(view_->region().lowPitch, 58);
    }

    void arrowKeysTransposeAsOneStep() {
        putNote(Note{60, 480, 480, 100});
        view_->setTool(PianoRollView::Tool::Select);
        QTest::mouseClick(vp(), Qt::LeftButton, {}, at(480, 60, 10));
        const int before = doc_->undoStack()->count();
        QTest::keyClick(view_, Qt::Key_Up);
        QTest::keyClick(view_, Qt::Key_Up);
        QTest::keyClick(view_, Qt::Key_Up);
        QCOMPARE(melody()[0].pitch, 63);
        QCOMPARE(doc_->undoStack()->count(), before + 1); // consecutive moves of the same notes merge
        QTest::keyClick(view_, Qt::Key_Up, Qt::ShiftModifier);
        QCOMPARE(melody()[0].pitch, 75);
        doc_->undoStack()->undo();
        QCOMPARE(melody()[0].pitch, 60);
        doc_->undoStack()->redo();
        QCOMPARE(melody()[0].pitch, 75);
    }

    void lockedTrackIgnoresEdits() {
        putNote(Note{60, 480, 480, 100});
        view_->setTrackLocked(kMelodyTrack, true);
        view_->setTool(PianoRollView::Tool::Erase);
        QTest::mouseClick(vp(), Qt::LeftButton, {}, at(480, 60, 10));
        QCOMPARE(melody().size(), std::size_t(1));
    }

    void copyPasteAndDuplicate() {
        putNote(Note{60, 0, 480, 100});
        view_->selectAll();
        view_->duplicateSelection();
        QCOMPARE(melody().size(), std::size_t(2));
        QCOMPARE(melody()[1].start, Tick(480));
        view_->copySelection();
        view_->setPlayhead(1920);
        view_->paste();
        QCOMPARE(melody().size(), std::size_t(3));
        QCOMPARE(melody()[2].start, Tick(1920));
        doc_->undoStack()->undo();
        QCOMPARE(melody().size(), std::size_t(2));
    }
};

QTEST_MAIN(RollEditingTest)
#include "gui_roll_editing_test.moc"
