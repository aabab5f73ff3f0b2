// Generation in the worker thread with a real (tiny, random-weight) checkpoint: exactly `steps` progress
// signals, candidates to accept as one undo step, and a cancelled run that stops within one step leaving the
// piece as it was. The GUI thread only ever waits in its event loop.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/DeviceName.h"
#include "app/studio/Document.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/Playback.h"
#include "model/music/LeadSheet.h"
#include "model/nn/CheckpointInfo.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <algorithm>
#include <atomic>

using namespace fgg;
using namespace fgg::studio;

class GenerationTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString melodyModel_;
    QString accModel_;
    Document* doc_ = nullptr;
    ui::GenerationPanel* panel_ = nullptr;
    ui::PianoRollView* roll_ = nullptr;
    ui::CandidateStrip* strip_ = nullptr;
    Playback* playback_ = nullptr;
    GenerationFlow* flow_ = nullptr;

    void configure(int steps, int candidates, Task task) {
        GenerationSettings s = panel_->settings();
        s.steps = steps;
        s.candidates = candidates;
        s.task = task;
        s.seed = 7;
        s.melodyModel = melodyModel_.toStdString();
        s.accompanimentModel = accModel_.toStdString();
        panel_->setSettings(s);
        flow_->setDevicePreference(DevicePreference::Cpu);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("FGG_NO_AUDIO", "1");
        QVERIFY(dir_.isValid());
        melodyModel_ = dir_.filePath(QStringLiteral("melody.fggm"));
        accModel_ = dir_.filePath(QStringLiteral("accompaniment.fggm"));
        writeRandomCheckpoint(melodyModel_.toStdString(), "tiny", "melody", 1);
        writeRandomCheckpoint(accModel_.toStdString(), "tiny", "accompaniment", 2);
    }

    void init() {
        doc_ = new Document;
        Score s = emptyScore();
        s.chords = LeadSheet::parse("| C | G | Am | F |").toChordSpans(s.ticksPerBar());
        s.length = 4 * s.ticksPerBar();
        doc_->reset(s);
        panel_ = new ui::GenerationPanel;
        roll_ = new ui::PianoRollView;
        roll_->setEditor(doc_);
        connect(doc_, &Document::changed, roll_, &ui::PianoRollView::refresh);
        strip_ = new ui::CandidateStrip;
        playback_ = new Playback;
        flow_ = new GenerationFlow(doc_, panel_, roll_, strip_, playback_);
    }
    void cleanup() {
        delete flow_;
        delete playback_;
        delete strip_;
        delete roll_;
        delete panel_;
        delete doc_;
    }

    void deviceNameIsShortInTheStatusBar() {
        QCOMPARE(shortDeviceName(QStringLiteral("CPU (2 threads, AVX512, OpenBLAS 0.3.21 (OpenMP), bf16)")),
                 QStringLiteral("CPU, 2 threads, bf16"));
        QCOMPARE(shortDeviceName(QStringLiteral("CUDA (bf16)\nNVIDIA H100")), QStringLiteral("CUDA, bf16"));
        QCOMPARE(shortDeviceName(QStringLiteral("cpu")), QStringLiteral("cpu"));
        QVERIFY(shortDeviceName(QString(60, QLatin1Char('x'))).size() <= 36);
    }

    void emitsExactlyStepsProgressSignals() {
        const int steps = 4;
        configure(steps, 2, Task::Melody);
        QSignalSpy progress(flow_->controller(), &GenerationController::stepDone);
        QSignalSpy finished(flow_->controller(), &GenerationController::finished);
        QSignalSpy failed(flow_->controller(), &GenerationController::failed);
        // Connected after the flow's own handler: sees the strip as the step left it.
        int formingSeen = 0;
        connect(flow_->controller(), &GenerationController::stepDone, this,
                [&](quint64, const GenerationStep&) {
                    formingSeen = std::max(formingSeen, strip_->formingCount());
                });
        QVERIFY(flow_->generate());
        QVERIFY(flow_->controller()->isBusy());
        QVERIFY(!panel_->generateButton()->isEnabled()); // the GUI keeps running; it only disables Generate
        QVERIFY2(finished.wait(240000) || !failed.isEmpty(), "generation did not finish");
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(progress.count(), steps); // one window, one pass: one signal per diffusion step
        for (int i = 0; i < steps; ++i) {
            const auto s = progress.at(i).at(1).value<GenerationStep>();
            QCOMPARE(s.step, i + 1);
            QCOMPARE(s.totalSteps, steps);
        }
        QCOMPARE(panel_->progressBar()->value(), 0); // idle again
        QCOMPARE(formingSeen, 2);                    // both candidates drawn as they formed
        QCOMPARE(strip_->formingCount(), 0);
        QCOMPARE(strip_->count(), 2);
        QVERIFY(roll_->ghostNotes().empty() || strip_->current() == 0);

        // Accepting a candidate is one undo step, and undo brings the piece back.
        const Score before = doc_->score();
        const int undoCount = doc_->undoStack()->count();
        const std::vector<Note> wanted = strip_->candidate(1).track(kMelodyTrack)->notes;
        QTest::mouseClick(strip_->acceptButton(1), Qt::LeftButton);
        QCOMPARE(doc_->score().track(kMelodyTrack)->notes, wanted);
        QCOMPARE(doc_->score().chords, before.chords);
        if (wanted != before.track(kMelodyTrack)->notes) {
            QCOMPARE(doc_->undoStack()->count(), undoCount + 1);
            doc_->undoStack()->undo();
            QCOMPARE(doc_->score(), before);
        }
        QCOMPARE(strip_->count(), 0);
    }

    void cancelStopsWithinOneStepAndKeepsThePiece() {
        configure(200, 1, Task::Melody);
        const Score before = doc_->score();
        const int undoCount = doc_->undoStack()->count();
        // The user presses Cancel while step 1 is shown: counted on the worker's thread, so the test knows
        // exactly how many steps ran after the flag went up.
        std::atomic<int> stepsRun{0};
        std::atomic<int> stepsAfterCancel{0};
        std::atomic<bool> raised{false};
        connect(
            flow_->controller()->worker(), &GenerationWorker::stepDone, this,
            [&](quint64, const GenerationStep&) {
                ++stepsRun;
                if (raised) ++stepsAfterCancel;
                if (stepsRun == 1) {
                    flow_->controller()->cancel();
                    raised = true;
                }
            },
            Qt::DirectConnection);
        QSignalSpy cancelled(flow_->controller(), &GenerationController::cancelled);
        QSignalSpy finished(flow_->controller(), &GenerationController::finished);
        QVERIFY(flow_->generate());
        QVERIFY(cancelled.wait(240000));
        QVERIFY(finished.isEmpty());
        QVERIFY2(stepsAfterCancel <= 1, qPrintable(QString::number(stepsAfterCancel.load())));
        QVERIFY(stepsRun < 200);
        QCOMPARE(doc_->score(), before);
        QCOMPARE(doc_->undoStack()->count(), undoCount);
        QCOMPARE(strip_->count(), 0);
        QCOMPARE(strip_->formingCount(), 0);
        QVERIFY(roll_->ghostNotes().empty());
        QVERIFY(!flow_->controller()->isBusy());
        QVERIFY(panel_->generateButton()->isEnabled());
    }

    void regenerateARegionKeepsTheRest() {
        Score s = doc_->score();
        Track& m = *s.track(kMelodyTrack);
        m.add(Note{64, 0, 480, 100});              // bar 1: outside the region
        m.add(Note{67, 3 * 1920 + 480, 480, 100}); // bar 4: outside the region
        doc_->replaceScore(s, QStringLiteral("setup"));
        configure(3, 3, Task::Melody);
        ScoreRegion r;
        r.start = 1920;
        r.end = 3 * 1920;
        roll_->setRegion(r);
        QSignalSpy finished(flow_->controller(), &GenerationController::finished);
        QSignalSpy failed(flow_->controller(), &GenerationController::failed);
        QVERIFY(flow_->regenerate());
        QVERIFY2(finished.wait(240000),
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().at(1).toString()));
        QCOMPARE(strip_->count(), 3);
        for (int i = 0; i < 3; ++i) {
            const auto& notes = strip_->candidate(i).track(kMelodyTrack)->notes;
            QVERIFY(std::find(notes.begin(), notes.end(), Note{64, 0, 480, 100}) != notes.end());
            QVERIFY(std::find(notes.begin(), notes.end(), Note{67, 3 * 1920 + 480, 480, 100}) != notes.end());
        }
    }
};

QTEST_MAIN(GenerationTest)
#include "gui_generation_test.moc"
