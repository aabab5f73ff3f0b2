// What gui_monkey_test found, replayed step by step so each stays fixed (docs/robustness.md, "GUI monkey").
// The monkey's runs depend on the worker's timing; these do not.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/MainWindow.h"
#include "model/music/LeadSheet.h"
#include "tests/gui/MonkeyChecks.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/chords/ChordLane.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTemporaryDir>
#include <algorithm>

using namespace fgg;
using namespace fgg::studio;

class MonkeyFindingsTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> w_;

    Document* doc() const { return w_->document(); }
    ui::ChordLane* lane() const { return w_->roll()->chordLane(); }
    Tick bar() const { return doc()->score().ticksPerBar(); }
    void setProgression(const char* text) {
        const LeadSheet sheet = LeadSheet::parse(text);
        doc()->setChords(sheet.toChordSpans(bar()), QStringLiteral("Set progression"),
                         static_cast<Tick>(sheet.bars.size()) * bar());
    }
    void type(const QString& chord) {
        QLineEdit* line = lane()->inlineEditor();
        QVERIFY(line->isVisible());
        line->selectAll();
        QTest::keyClicks(line, chord);
    }
    QString chords() const {
        QString out;
        for (const ChordSpan& c : doc()->score().chords)
            out += QStringLiteral("%1@%2+%3 ")
                       .arg(QString::fromStdString(c.chord.toLeadSheet()))
                       .arg(c.start)
                       .arg(c.length);
        return out.trimmed();
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("FGG_NO_AUDIO", "1");
        QVERIFY(dir_.isValid());
        w_ = std::make_unique<MainWindow>(); // one window: each loads the models in the background
        w_->show();
        QVERIFY(QTest::qWaitForWindowExposed(w_.get()));
    }
    void init() { doc()->reset(emptyScore()); }
    void cleanupTestCase() {
        doc()->undoStack()->setClean(); // closing asks nothing
        w_.reset();
    }

    // Monkey seed 3: the lane's editor opened in empty space after the progression; a new lead sheet then
    // filled that bar, and the edit, committed by the next click in the lane, added its chord on top of the
    // new one (two chords at one tick). Now the edit goes to the chord at its tick.
    void aChordTypedIntoSpaceThatFilledMeanwhileReplacesTheChordThere() {
        setProgression("| C | G |");
        lane()->beginEdit(-1, 2 * bar() + 480); // bar 3, empty
        type(QStringLiteral("Am"));
        setProgression("| C | G | F |");
        QVERIFY(lane()->commitEdit());
        QCOMPARE(chords(), QStringLiteral("C@0+1920 G@1920+1920 Am@3840+1920"));
        QVERIFY2(test::scoreProblem(doc()->score()).isEmpty(),
                 qPrintable(test::scoreProblem(doc()->score())));
    }

    // The editor opened on the 4th chord; an undo took the progression back to two chords, so the index it
    // kept pointed past the end (out of bounds under ASan). Now the space at the chord's tick gets the chord.
    void aChordEditWhoseChordWasUndoneAddsTheChordWhereItWas() {
        setProgression("| C | G |");
        setProgression("| C | G | Am | F |");
        lane()->beginEdit(3);
        type(QStringLiteral("Dm"));
        doc()->undoStack()->undo();
        QVERIFY(lane()->commitEdit());
        QCOMPARE(chords(), QStringLiteral("C@0+1920 G@1920+1920 Dm@5760+1920"));
        QVERIFY2(test::scoreProblem(doc()->score()).isEmpty(),
                 qPrintable(test::scoreProblem(doc()->score())));
    }

    // A boundary drag whose chords were replaced under it (an undo by shortcut while the button is down)
    // must not index the old spans.
    void aBoundaryDragOverChordsThatChangedIsDropped() {
        setProgression("| C | G |");
        setProgression("| C | G | Am | F |");
        const auto x = [&](Tick t) { return static_cast<int>(w_->roll()->axis()->tickToWidgetX(t)); };
        w_->roll()->ensureTickVisible(0);
        const int y = lane()->height() / 2;
        QTest::mousePress(lane(), Qt::LeftButton, {}, QPoint(x(4 * bar()), y)); // the end of F, span 3
        doc()->undoStack()->undo();                                             // two chords left
        QTest::mouseMove(lane(), QPoint(x(4 * bar()) - 40, y));
        QTest::mouseRelease(lane(), Qt::LeftButton, {}, QPoint(x(4 * bar()) - 40, y));
        QCOMPARE(chords(), QStringLiteral("C@0+1920 G@1920+1920"));
    }

    /// Where a note is in the roll's viewport (its body, a few pixels in), scrolled into view.
    QPoint at(const Note& n) const {
        ui::PianoRollView* roll = w_->roll();
        roll->ensureTickVisible(n.start);
        roll->centrePitch(n.pitch);
        const auto& g = roll->rollGeometry();
        return {static_cast<int>(g.tickToX(n.start) + 4) - roll->horizontalScrollBar()->value(),
                static_cast<int>(g.pitchToY(n.pitch) + g.rowHeight() / 2) -
                    roll->verticalScrollBar()->value()};
    }
    int melodyCount(const Note& n) const {
        const auto& notes = doc()->score().track(kMelodyTrack)->notes;
        return static_cast<int>(std::count(notes.begin(), notes.end(), n));
    }

    // Monkey seeds 20 and 21: a note pressed with the select tool, deleted by the Delete key while the button
    // was still down, then dragged and released: the move brought the deleted note back (its "before" was
    // gone, so the command only inserted), and undoing it put the deleted note back a second time.
    void aNoteDeletedWhileItIsDraggedStaysDeleted() {
        const Note n{67, 0, 480, 100};
        doc()->addNotes({{kMelodyTrack, {n}}}, QStringLiteral("add"));
        w_->roll()->setActiveTrack(kMelodyTrack);
        w_->roll()->setTool(ui::PianoRollView::Tool::Select);
        QWidget* vp = w_->roll()->viewport();
        const QPoint p = at(n);
        QTest::mousePress(vp, Qt::LeftButton, {}, p);
        QTest::keyClick(w_->roll(), Qt::Key_Delete);
        QCOMPARE(melodyCount(n), 0);
        QTest::mouseMove(vp, p + QPoint(60, -30));
        QTest::mouseRelease(vp, Qt::LeftButton, {}, p + QPoint(60, -30));
        QCOMPARE(doc()->score().track(kMelodyTrack)->notes.size(), std::size_t(0));
        QVERIFY(test::selectionProblem(doc()->score(), w_->roll()->selection()).isEmpty());
        doc()->undoStack()->undo(); // the delete
        QCOMPARE(melodyCount(n), 1);
        QCOMPARE(doc()->score().track(kMelodyTrack)->notes.size(), std::size_t(1));
    }

    // The same with the eraser: a note it held, deleted meanwhile, was erased again on release, and undo
    // brought it back twice.
    void aNoteDeletedWhileTheEraserHoldsItComesBackOnceOnUndo() {
        const Note n{64, 480, 480, 100};
        doc()->addNotes({{kMelodyTrack, {n}}}, QStringLiteral("add"));
        w_->roll()->setActiveTrack(kMelodyTrack);
        w_->roll()->setSelection({{kMelodyTrack, {n}}});
        w_->roll()->setTool(ui::PianoRollView::Tool::Erase);
        QWidget* vp = w_->roll()->viewport();
        const QPoint p = at(n);
        QTest::mousePress(vp, Qt::LeftButton, {}, p);
        QTest::keyClick(w_->roll(), Qt::Key_Delete); // deletes the selection: the note
        QTest::mouseRelease(vp, Qt::LeftButton, {}, p);
        QCOMPARE(melodyCount(n), 0);
        while (doc()->undoStack()->canUndo())
            doc()->undoStack()->undo();
        QCOMPARE(melodyCount(n), 0); // before "add"
        doc()->undoStack()->redo();
        QCOMPARE(melodyCount(n), 1);
    }

    // Monkey seed 25: a shift-drag of the select tool's rubber band keeps the selection it started from; a
    // key nudged those notes meanwhile, and the band's next move selected them where they no longer were.
    // The roll's selection now only ever holds notes of the score.
    void aRubberBandDoesNotSelectNotesMovedDuringIt() {
        const Note n{70, 1920, 480, 100};
        doc()->addNotes({{kMelodyTrack, {n}}}, QStringLiteral("add"));
        w_->roll()->setActiveTrack(kMelodyTrack);
        w_->roll()->setSnapMode(ui::SnapMode::Quarter);
        w_->roll()->setSelection({{kMelodyTrack, {n}}});
        w_->roll()->setTool(ui::PianoRollView::Tool::Select);
        QWidget* vp = w_->roll()->viewport();
        const QPoint empty = at(n) + QPoint(0, 5 * static_cast<int>(w_->roll()->rollGeometry().rowHeight()));
        QTest::mousePress(vp, Qt::LeftButton, Qt::ShiftModifier, empty); // a band that adds to the selection
        QTest::keyClick(w_->roll(), Qt::Key_Left);                       // the selected note moves a beat
        QCOMPARE(melodyCount(n), 0);
        QTest::mouseMove(vp, empty + QPoint(10, 10));
        QTest::mouseRelease(vp, Qt::LeftButton, Qt::ShiftModifier, empty + QPoint(10, 10));
        const QString problem = test::selectionProblem(doc()->score(), w_->roll()->selection());
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The monkey's check "candidates generated for the piece that was closed are offered for the piece opened
    // since": GenerationFlow kept the strip (and a running generation) across Document::reset, so Accept put
    // the old piece's tracks into the new one. Fixed: the flow discards them when the document is replaced.
    void openingAPieceDropsTheCandidatesOfThePieceBefore() {
        setProgression("| C | G |");
        const QString path = dir_.filePath(QStringLiteral("other.fggproj"));
        QVERIFY(w_->files()->saveTo(path));
        Score candidate = doc()->score();
        candidate.track(kMelodyTrack)->add(Note{72, 0, 480, 90});
        w_->candidates()->setCandidates({candidate}, QStringLiteral("the piece"));
        QVERIFY(w_->files()->openPath(path));
        QCOMPARE(w_->candidates()->count(), 0);
    }
};

int main(int argc, char** argv) {
    return runStudioTest<MonkeyFindingsTest>(argc, argv);
}

#include "gui_monkey_findings_test.moc"
