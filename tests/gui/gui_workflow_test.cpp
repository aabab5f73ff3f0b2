// The whole composing workflow in the main window, offscreen, with the shipped models: type a chord
// progression, generate melody and accompaniment (few diffusion steps), regenerate two bars as three
// candidates and accept one, edit a note by hand and undo it, save, reopen in a new window, export MIDI and
// read it back. Each step runs in order on one window; generation is awaited through the worker's signals.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Actions.h"
#include "app/studio/Autosave.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MainWindow.h"
#include "app/studio/Preferences.h"
#include "model/diffusion/Generator.h"
#include "model/midi/MidiFile.h"
#include "model/music/LeadSheet.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/chords/LeadSheetEdit.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/ground/RollAxis.h"
#include "widgets/pianoroll/PianoRollView.h"
#include "widgets/pianoroll/TimeRuler.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <algorithm>
#include <memory>

using namespace fgg;
using namespace fgg::studio;

namespace {

constexpr int kSteps = 3; // enough to exercise every step; quality is not under test here
const QString kProgression = QStringLiteral("| C G | Am7 | F | G7 | Em | F | Dm7 G7 | C |");

/// Every note starts on a pitch class the chord sounding there allows (FGG's guarantee).
QString firstNoteOutOfHarmony(const Score& s, const std::vector<Note>& notes) {
    for (const Note& n : notes) {
        const ChordSpan* c = s.chordAt(n.start);
        if (c && !c->chord.allowedPitchClasses().contains(n.pitch % 12))
            return QStringLiteral("pitch %1 at tick %2 over %3")
                .arg(n.pitch)
                .arg(n.start)
                .arg(QString::fromStdString(c->chord.toLeadSheet()));
    }
    return {};
}

std::vector<Note> notesOutside(const std::vector<Note>& notes, Tick from, Tick to) {
    std::vector<Note> out;
    for (const Note& n : notes)
        if (n.start + n.length <= from || n.start >= to) out.push_back(n);
    return out;
}

bool containsAll(const std::vector<Note>& haystack, const std::vector<Note>& needles) {
    return std::all_of(needles.begin(), needles.end(), [&](const Note& n) {
        return std::find(haystack.begin(), haystack.end(), n) != haystack.end();
    });
}

} // namespace

class WorkflowTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> w_;
    QString projectPath_;

    Document* doc() const { return w_->document(); }
    const Score& score() const { return w_->document()->score(); }
    Tick bar() const { return score().ticksPerBar(); }

    void useSettings(int candidates) {
        GenerationSettings g = w_->generationPanel()->settings();
        g.steps = kSteps;
        g.candidates = candidates;
        g.task = Task::Both;
        g.regenerateTrack = kMelodyTrack;
        g.seed = 11;
        w_->generationPanel()->setSettings(g);
        w_->generation()->setDevicePreference(DevicePreference::Cpu);
    }

    /// Presses `button` and waits (in the event loop) for the worker to deliver candidates.
    void runGeneration(QPushButton* button, int wantCandidates) {
        GenerationController* c = w_->generation()->controller();
        QSignalSpy steps(c, &GenerationController::stepDone);
        QSignalSpy finished(c, &GenerationController::finished);
        QSignalSpy failed(c, &GenerationController::failed);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(c->isBusy());
        QVERIFY(!w_->generationPanel()->generateButton()->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 300000); // against a hang only
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QVERIFY(!c->isBusy());
        QVERIFY(w_->generationPanel()->generateButton()->isEnabled());
        // Progress came step by step, every pass counting 1..kSteps.
        QVERIFY(!steps.isEmpty());
        QCOMPARE(steps.count() % kSteps, 0);
        for (int i = 0; i < steps.count(); ++i) {
            const auto s = steps.at(i).at(1).value<GenerationStep>();
            QCOMPARE(s.totalSteps, kSteps);
            QCOMPARE(s.step, i % kSteps + 1);
        }
        QCOMPARE(w_->candidates()->count(), wantCandidates);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qputenv("FGG_NO_AUDIO", "1");
        const ModelFiles shipped = ModelFiles::shipped();
        for (const std::string& f : {shipped.melody, shipped.accompaniment})
            if (!QFile::exists(QString::fromStdString(f)))
                QSKIP(qPrintable(QStringLiteral("no shipped model at %1 (ctest sets FGG_MODEL_DIR)")
                                     .arg(QString::fromStdString(f))));
        w_ = std::make_unique<MainWindow>();
        w_->autosave()->setInterval(0);
        w_->show();
        QVERIFY(QTest::qWaitForWindowExposed(w_.get()));
    }

    void cleanupTestCase() { w_.reset(); }

    void typeTheProgression() {
        QLineEdit* line = w_->leadSheet()->line();
        QTest::keyClicks(line, kProgression);
        QTest::keyClick(line, Qt::Key_Return);
        QCOMPARE(score().chords, LeadSheet::parse(kProgression.toStdString()).toChordSpans(bar()));
        QCOMPARE(score().bars(), 8);
        QCOMPARE(line->text(), kProgression);
        auto* tempo = w_->findChild<QDoubleSpinBox*>(QStringLiteral("tempo"));
        QVERIFY(tempo);
        tempo->setValue(96);
        QCOMPARE(score().bpm(), 96.0);
        QCOMPARE(doc()->undoStack()->count(), 2);
    }

    void generateMelodyAndAccompaniment() {
        useSettings(1);
        const Score before = score();
        runGeneration(w_->generationPanel()->generateButton(), 1);
        QTest::mouseClick(w_->candidates()->acceptButton(0), Qt::LeftButton);
        QCOMPARE(w_->candidates()->count(), 0);
        QCOMPARE(doc()->undoStack()->count(), 3);
        QCOMPARE(score().chords, before.chords);
        QCOMPARE(score().bpm(), 96.0);
        const std::vector<Note> melody = score().track(kMelodyTrack)->notes;
        const std::vector<Note> acc = score().track(kAccompanimentTrack)->notes;
        QVERIFY(!melody.empty() || !acc.empty());
        for (const auto* notes : {&melody, &acc}) {
            const QString wrong = firstNoteOutOfHarmony(score(), *notes);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        }
        doc()->undoStack()->undo(); // accepting is undoable...
        QCOMPARE(score(), before);
        doc()->undoStack()->redo(); // ...and redoable
        QCOMPARE(score().track(kMelodyTrack)->notes, melody);
        QCOMPARE(score().track(kAccompanimentTrack)->notes, acc);
    }

    void regenerateTwoBarsAsThreeCandidates() {
        useSettings(3);
        // Mark bars 3-4 by dragging on the ruler, as the user does.
        ui::TimeRuler* ruler = w_->roll()->ruler();
        w_->roll()->ensureTickVisible(0);
        const auto x = [&](Tick t) { return static_cast<int>(w_->roll()->axis()->tickToWidgetX(t)) + 1; };
        const int y = ruler->height() / 2;
        QTest::mousePress(ruler, Qt::LeftButton, {}, QPoint(x(2 * bar()), y));
        QTest::mouseMove(ruler, QPoint(x(3 * bar()), y));
        QTest::mouseMove(ruler, QPoint(x(4 * bar()), y));
        QTest::mouseRelease(ruler, Qt::LeftButton, {}, QPoint(x(4 * bar()), y));
        QCOMPARE(w_->roll()->region().start, 2 * bar());
        QCOMPARE(w_->roll()->region().end, 4 * bar());

        const Score before = score();
        runGeneration(w_->generationPanel()->regenerateButton(), 3);
        const std::vector<Note> kept = notesOutside(before.track(kMelodyTrack)->notes, 2 * bar(), 4 * bar());
        int changed = -1;
        for (int i = 0; i < 3; ++i) {
            const auto& notes = w_->candidates()->candidate(i).track(kMelodyTrack)->notes;
            QVERIFY2(containsAll(notes, kept), "a candidate changed the melody outside bars 3-4");
            const QString wrong = firstNoteOutOfHarmony(before, notes);
            QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
            if (changed < 0 && notes != before.track(kMelodyTrack)->notes) changed = i;
        }
        QVERIFY2(changed >= 0, "all three candidates repeat the melody");

        const std::vector<Note> wanted = w_->candidates()->candidate(changed).track(kMelodyTrack)->notes;
        const int undoCount = doc()->undoStack()->count();
        QTest::mouseClick(w_->candidates()->acceptButton(changed), Qt::LeftButton);
        QCOMPARE(score().track(kMelodyTrack)->notes, wanted);
        QCOMPARE(score().track(kAccompanimentTrack)->notes, before.track(kAccompanimentTrack)->notes);
        QCOMPARE(score().chords, before.chords);
        QCOMPARE(doc()->undoStack()->count(), undoCount + 1);
        QCOMPARE(doc()->undoStack()->undoText(), QStringLiteral("Accept candidate %1").arg(changed + 1));
        doc()->undoStack()->undo();
        QCOMPARE(score(), before);
        doc()->undoStack()->redo();
        QCOMPARE(score().track(kMelodyTrack)->notes, wanted);
    }

    void editANoteByHandAndUndo() {
        // The longest melody note (an accompaniment note when the model left the melody empty), clicked with
        // the select tool, the other track hidden so the click can only hit it; then Up moves it a semitone.
        const bool melody = !score().track(kMelodyTrack)->notes.empty();
        const std::string track = melody ? kMelodyTrack : kAccompanimentTrack;
        const std::vector<Note> notes = score().track(track)->notes;
        const Note* pick = nullptr;
        for (const Note& n : notes) // a semitone up must not land on another note
            if (n.pitch < 96 && !std::any_of(notes.begin(), notes.end(), [&](const Note& o) {
                    return o.pitch == n.pitch + 1 && o.start < n.end() && n.start < o.end();
                }))
                if (!pick || n.length > pick->length) pick = &n;
        QVERIFY(pick);
        const Note n = *pick;
        QAction* showOther = melody ? w_->actions()->showAccompaniment : w_->actions()->showMelody;
        showOther->setChecked(false);
        ui::PianoRollView* roll = w_->roll();
        roll->setActiveTrack(track);
        roll->setTool(ui::PianoRollView::Tool::Select);
        roll->ensureTickVisible(n.start);
        roll->centrePitch(n.pitch);
        const auto& g = roll->rollGeometry();
        const double dx = std::min(4.0, g.tickToX(n.length) / 3);
        const QPoint at(static_cast<int>(g.tickToX(n.start) + dx) - roll->horizontalScrollBar()->value(),
                        static_cast<int>(g.pitchToY(n.pitch) + g.rowHeight() / 2) -
                            roll->verticalScrollBar()->value());
        QTest::mouseClick(roll->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(roll->selection().at(track).size(), std::size_t(1));
        QCOMPARE(*roll->selection().at(track).begin(), n);

        const Score before = score();
        const int undoCount = doc()->undoStack()->count();
        QTest::keyClick(roll, Qt::Key_Up);
        const auto& after = score().track(track)->notes;
        QVERIFY(std::find(after.begin(), after.end(), Note{n.pitch + 1, n.start, n.length, n.velocity}) !=
                after.end());
        QCOMPARE(after.size(), notes.size());
        QCOMPARE(doc()->undoStack()->count(), undoCount + 1);
        w_->actions()->undo->trigger();
        QCOMPARE(score(), before);
        showOther->setChecked(true);
    }

    void saveAndReopenInANewWindow() {
        projectPath_ = dir_.filePath(QStringLiteral("sketch.fggproj"));
        QVERIFY(doc()->isModified());
        QVERIFY(w_->files()->saveTo(projectPath_));
        QVERIFY(!doc()->isModified());
        QVERIFY(w_->windowTitle().contains(QStringLiteral("sketch.fggproj")));
        QVERIFY(!w_->isWindowModified());
        QCOMPARE(recent::files().value(0), QFileInfo(projectPath_).absoluteFilePath());

        MainWindow reopened;
        reopened.autosave()->setInterval(0);
        reopened.show();
        QVERIFY(reopened.files()->openPath(projectPath_));
        QCOMPARE(reopened.document()->score(), score());
        QVERIFY(reopened.document()->generationSettings() == doc()->generationSettings());
        QVERIFY(reopened.generationPanel()->settings() == w_->generationPanel()->settings());
        QCOMPARE(reopened.generationPanel()->settings().steps, kSteps);
        QCOMPARE(reopened.leadSheet()->line()->text(), kProgression);
        QCOMPARE(reopened.findChild<QDoubleSpinBox*>(QStringLiteral("tempo"))->value(), 96.0);
        QVERIFY(!reopened.document()->isModified());
        QCOMPARE(reopened.document()->undoStack()->count(), 0);
    }

    void exportMidiAndReadItBack() {
        const QString path = dir_.filePath(QStringLiteral("sketch.mid"));
        QVERIFY(w_->files()->exportMidiTo(score(), path));
        const Score back = readMidiFile(path.toStdString());
        for (const char* name : {kMelodyTrack, kAccompanimentTrack}) {
            const Track* t = back.track(name);
            QVERIFY2(t, name);
            QCOMPARE(t->notes, score().track(name)->notes);
        }
        QCOMPARE(back.bpm(), 96.0);
        QCOMPARE(back.chords, score().chords); // the chord markers
    }
};

int main(int argc, char** argv) {
    return runStudioTest<WorkflowTest>(argc, argv);
}

#include "gui_workflow_test.moc"
