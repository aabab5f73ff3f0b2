// Composing around what the user keeps (issue 17) through the main window, offscreen, with the shipped
// models: lock notes (the lock survives undo/redo, Generate, Regenerate and save/load), Continue Melody keeps
// a motif note for note, the rhythm lane's onsets are the generated melody's onsets, and a scale chosen for
// one chord is saved and undone like any edit.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Actions.h"
#include "app/studio/Autosave.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MainWindow.h"
#include "model/diffusion/Generator.h"
#include "model/music/LeadSheet.h"
#include "model/music/ScoreEdit.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/chords/ChordLane.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/ground/RollAxis.h"
#include "widgets/pianoroll/PianoRollView.h"
#include "widgets/pianoroll/RhythmLane.h"

#include <QAction>
#include <QPushButton>
#include <QTemporaryDir>
#include <memory>
#include <set>

using namespace fgg;
using namespace fgg::studio;

namespace {
const QString kProgression = QStringLiteral("| C G | Am7 | F | G7 | Em | F | Dm7 G7 | C |");

bool hasNote(const Score& s, const std::string& track, const Note& n) {
    const Track* t = s.track(track);
    return t && std::find(t->notes.begin(), t->notes.end(), n) != t->notes.end();
}
} // namespace

class ComposeTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> w_;

    Document* doc() const { return w_->document(); }
    const Score& score() const { return doc()->score(); }
    Tick bar() const { return score().ticksPerBar(); }

    void useSettings(Task task, int candidates) {
        GenerationSettings g = w_->generationPanel()->settings();
        g.steps = 2;
        g.candidates = candidates;
        g.task = task;
        g.seed = 3;
        w_->generationPanel()->setSettings(g);
        w_->generation()->setDevicePreference(DevicePreference::Cpu);
    }

    /// Clicks `button`, waits for the candidates and accepts the first.
    void runAndAccept(QPushButton* button) {
        GenerationController* c = w_->generation()->controller();
        QSignalSpy finished(c, &GenerationController::finished);
        QSignalSpy failed(c, &GenerationController::failed);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 300000); // against a hang only
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QVERIFY(w_->candidates()->count() > 0);
        QTest::mouseClick(w_->candidates()->acceptButton(0), Qt::LeftButton);
    }

    void freshPiece() {
        Score s = emptyScore();
        s.chords = LeadSheet::parse(kProgression.toStdString()).toChordSpans(s.ticksPerBar());
        doc()->reset(s);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("FGG_NO_AUDIO", "1");
        const ModelFiles shipped = ModelFiles::shipped();
        for (const std::string& f : {shipped.melody, shipped.accompaniment})
            if (!QFile::exists(QString::fromStdString(f)))
                QSKIP("no shipped model (ctest sets FGG_MODEL_DIR)");
        w_ = std::make_unique<MainWindow>();
        w_->autosave()->setInterval(0);
        w_->show();
        QVERIFY(QTest::qWaitForWindowExposed(w_.get()));
    }

    void cleanupTestCase() { w_.reset(); }

    void lockedNotesSurviveUndoGenerateRegenerateAndSaveLoad() {
        freshPiece();
        const std::vector<Note> mine{{67, 0, 960, 90}, {72, 2 * bar() + 480, 240, 70}};
        doc()->addNotes({{kMelodyTrack, mine}}, {});
        w_->roll()->setSelection(toSelection({{kMelodyTrack, mine}}));
        w_->actions()->lockNotes->trigger();
        const NotesByTrack locked = withLock({{kMelodyTrack, mine}}, true);
        QCOMPARE(lockedNotes(score()), locked);
        doc()->undoStack()->undo();
        QVERIFY(lockedNotes(score()).empty());
        doc()->undoStack()->redo();
        QCOMPARE(lockedNotes(score()), locked);

        useSettings(Task::Both, 2);
        runAndAccept(w_->generationPanel()->generateButton());
        for (const Note& n : locked.at(kMelodyTrack))
            QVERIFY2(hasNote(score(), kMelodyTrack, n), "Generate lost a locked note");
        QVERIFY(!score().track(kAccompanimentTrack)->notes.empty());

        w_->roll()->setRegion(ScoreRegion{0, 4 * bar()});
        runAndAccept(w_->generationPanel()->regenerateButton());
        for (const Note& n : locked.at(kMelodyTrack))
            QVERIFY2(hasNote(score(), kMelodyTrack, n), "Regenerate lost a locked note");

        const QString path = dir_.filePath(QStringLiteral("locks.fggproj"));
        QVERIFY(w_->files()->saveTo(path));
        const Score saved = score();
        doc()->reset(emptyScore());
        QVERIFY(w_->files()->openPath(path));
        QCOMPARE(score(), saved);
        QCOMPARE(lockedNotes(score()), locked);
    }

    void continueMelodyKeepsTheMotif() {
        freshPiece();
        const std::vector<Note> motif{{64, 0, 480, 100},
                                      {67, 480, 480, 100},
                                      {69, 960, 960, 100},
                                      {67, bar(), 1440, 100},
                                      {64, bar() + 1440, 480, 100}};
        doc()->addNotes({{kMelodyTrack, motif}}, {});
        useSettings(Task::Melody, 1);
        runAndAccept(w_->generationPanel()->continueButton());
        std::vector<Note> first;
        std::set<Tick> bars;
        for (const Note& n : score().track(kMelodyTrack)->notes) {
            if (n.start < 2 * bar()) first.push_back(n);
            bars.insert(n.start / bar());
        }
        QCOMPARE(first, motif);
        for (Tick b = 2; b < 8; ++b)
            QVERIFY2(bars.count(b), qPrintable(QStringLiteral("bar %1 has no melody").arg(b + 1)));
    }

    void rhythmLaneOnsetsAreTheMelodysOnsets() {
        freshPiece();
        ui::RhythmLane* lane = w_->roll()->rhythmLane();
        const Tick sixteenth = score().ticksPerSixteenth();
        const std::set<Tick> steps{0, 3, 6, 8, 12, 14};
        for (Tick s : steps) {
            const double x = w_->roll()->axis()->tickToWidgetX(s * sixteenth + sixteenth / 2);
            QTest::mouseClick(lane, Qt::LeftButton, {}, QPoint(static_cast<int>(x), lane->height() / 2));
        }
        std::set<Tick> drawn;
        for (std::size_t i = 0; i < score().melodyRhythm.size(); ++i)
            if (score().melodyRhythm[i]) drawn.insert(static_cast<Tick>(i));
        QCOMPARE(drawn, steps);
        useSettings(Task::Melody, 1);
        runAndAccept(w_->generationPanel()->generateButton());
        std::set<Tick> onsets;
        for (const Note& n : score().track(kMelodyTrack)->notes)
            if (n.start < bar()) onsets.insert(n.start / sixteenth);
        QCOMPARE(onsets, steps);
        doc()->undoStack()->undo(); // the accepted candidate
        doc()->undoStack()->undo(); // the last click
        QCOMPARE(score().melodyRhythm[14], 0);
    }

    void aChordsScaleIsAnUndoableSavedEdit() {
        freshPiece();
        ui::ChordLane* lane = w_->roll()->chordLane();
        const PitchClassSet dorian = Scale::named("dorian").intervals.transposed(9); // bar 2: Am7
        lane->setScale(2, dorian);
        QCOMPARE(score().chords[2].scale, std::optional<PitchClassSet>(dorian));
        QCOMPARE(ui::ChordLane::scaleLabel(score().chords[2]), QStringLiteral("dorian"));
        const QString path = dir_.filePath(QStringLiteral("scales.fggproj"));
        QVERIFY(w_->files()->saveTo(path));
        doc()->undoStack()->undo();
        QVERIFY(!score().chords[2].scale);
        QVERIFY(w_->files()->openPath(path));
        QCOMPARE(score().chords[2].scale, std::optional<PitchClassSet>(dorian));
    }
};

int main(int argc, char** argv) {
    return runStudioTest<ComposeTest>(argc, argv);
}
#include "gui_compose_test.moc"
