// The listening-test issue's "done when", through the app's own windows as a researcher would click them,
// offscreen: Tools > Listening Test; New study… into an empty folder; the designer opens on the default
// three-condition study (FGG, no guidance, human original) with the paper's questions; the test points the
// generated conditions at tiny random-weight models (Model folder…, 2 steps), imports five small songs with
// chord markers (written here; a sixth without markers is flagged and removed) and saves. Build stimuli runs
// in the background with progress, is cancelled midway and resumed, and leaves MIDI (and, with a soundfont,
// WAV) files beside the study. Two participants go through every trial blind (no condition name anywhere),
// every answer on disk as it is given, Next only with every question answered, Esc asking before it pauses,
// the second participant pausing mid-trial and resuming with the answers given. The results view then shows
// n, mean, sd and 95 % CI per condition, the Wilcoxon p-values with Holm's correction, the preference counts
// with their binomial test, and exports the chart as PNG and SVG and the raw answers as CSV. Modal dialogs
// (folder choosers, the designer, the participant window) block in exec(): the test acts on them from timers
// (onModal), and a watchdog closes any dialog left open for a minute so a failure never hangs. With
// FGG_STUDY_SCREENSHOTS=DIR set, the windows are also saved as PNG files there. Dialogs are driven by
// ModalDriver.h, participants by ParticipantDriver.h; the songs and answers are in StudyTestSupport.h.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/MainWindow.h"
#include "app/studio/study/BarChart.h"
#include "app/studio/study/ListeningTest.h"
#include "app/studio/study/ParticipantWindow.h"
#include "app/studio/study/ResultsView.h"
#include "app/studio/study/StimulusBuilder.h"
#include "app/studio/study/StudyDesignerDialog.h"
#include "model/study/Answers.h"
#include "model/study/StimulusBuild.h"
#include "model/study/StimulusPlan.h"
#include "model/study/Study.h"
#include "tests/gui/ModalDriver.h"
#include "tests/gui/ParticipantDriver.h"
#include "tests/gui/StudioTestMain.h"
#include "tests/gui/StudyTestSupport.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <map>
#include <memory>
#include <set>

using namespace fgg;
using namespace fgg::studio;
using namespace fgg::studio::listening;
using namespace fgg::studio::test;
namespace st = fgg::study;

class StudyWorkflowTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString studyDir_;
    QString songsDir_;
    QString modelDir_;
    QString shots_;
    std::unique_ptr<MainWindow> main_;
    QPointer<ListeningTestWindow> window_;
    ModalDriver modals_; ///< acts on the dialogs that block in exec(); its watchdog closes forgotten ones
    bool wavExpected_ = true;

    void screenshot(QWidget* w, const QString& name) { test::screenshot(shots_, w, name); }

    QPushButton* windowButton(const char* name) const {
        auto* b = window_->findChild<QPushButton*>(QString::fromLatin1(name));
        if (!b) qWarning("no button %s in the listening-test window", name);
        return b;
    }

    st::Study study() const { return studyIn(studyDir_); }
    st::ParticipantLog logOf(const QString& id) const { return participantLog(studyDir_, id); }

private Q_SLOTS:
    void initTestCase() {
        qputenv("FGG_NO_AUDIO", "1");
        QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // file dialogs the test can fill in
        QVERIFY(dir_.isValid());
        shots_ = qEnvironmentVariable("FGG_STUDY_SCREENSHOTS");
        if (!shots_.isEmpty()) QDir().mkpath(shots_);
        studyDir_ = dir_.filePath(QStringLiteral("my-study"));
        songsDir_ = dir_.filePath(QStringLiteral("songs"));
        modelDir_ = dir_.filePath(QStringLiteral("tiny-models"));
        QVERIFY(QDir().mkpath(studyDir_) && QDir().mkpath(songsDir_) && QDir().mkpath(modelDir_));
        writeTinyModels(modelDir_);
        writeSongs(songsDir_);

        modals_.startWatchdog();

        main_ = std::make_unique<MainWindow>();
        main_->show();
        QVERIFY(QTest::qWaitForWindowExposed(main_.get()));
        QAction* open = nullptr;
        for (QAction* a : main_->findChildren<QAction*>())
            if (a->text().remove('&').startsWith(QStringLiteral("Listening Test"))) open = a;
        QVERIFY2(open, "no Tools > Listening Test action");
        open->trigger();
        window_ = main_->findChild<ListeningTestWindow*>();
        QVERIFY(window_);
        QVERIFY(QTest::qWaitForWindowExposed(window_.data()));
        QVERIFY(window_->studyDir().isEmpty());
        QVERIFY(!windowButton("buildButton")->isEnabled());
    }

    void cleanup() {
        modals_.dropPending();
        QVERIFY2(modals_.watchdogClosed().isEmpty(), qPrintable(modals_.watchdogClosed().join("; ")));
    }

    void cleanupTestCase() {
        modals_.stopWatchdog();
        main_.reset();
    }

    void designTheStudy() {
        modals_.pickInFileDialog(QString(), studyDir_); // New study…: the empty folder
        bool designed = false;
        modals_.onModal<StudyDesignerDialog>([&](StudyDesignerDialog* d) {
            designed = true;
            auto* tabs = d->findChild<QTabWidget*>();
            auto* conditions = d->findChild<QTableWidget*>(QStringLiteral("conditionsTable"));
            auto* prompts = d->findChild<QTableWidget*>(QStringLiteral("promptsTable"));
            auto* questions = d->findChild<QTableWidget*>(QStringLiteral("questionsTable"));
            auto* title = d->findChild<QLineEdit*>(QStringLiteral("titleEdit"));
            QVERIFY(tabs && conditions && prompts && questions && title);
            screenshot(d, QStringLiteral("designer-general"));
            title->setText(QStringLiteral("Which tune fits the chords?"));

            // The default study offers the three conditions of the paper's test.
            tabs->setCurrentIndex(1);
            QCOMPARE(conditions->rowCount(), 3);
            const QStringList labels{QStringLiteral("FGG"), QStringLiteral("No guidance"),
                                     QStringLiteral("Human original")};
            const QStringList guidance{QStringLiteral("fgg"), QStringLiteral("none")};
            for (int r = 0; r < 3; ++r) {
                QCOMPARE(conditions->item(r, 1)->text(), labels[r]);
                auto* kind = qobject_cast<QComboBox*>(conditions->cellWidget(r, 2));
                QVERIFY(kind);
                QCOMPARE(kind->currentText(),
                         r < 2 ? QStringLiteral("generated") : QStringLiteral("original"));
                if (r == 2) { // the human original: nothing to generate, so the settings are greyed out
                    QVERIFY(!conditions->cellWidget(r, 6)->isEnabled());
                    continue;
                }
                QCOMPARE(qobject_cast<QComboBox*>(conditions->cellWidget(r, 4))->currentText(), guidance[r]);
                // Few steps and the tiny models: this tests the workflow, not the music.
                auto* steps = qobject_cast<QSpinBox*>(conditions->cellWidget(r, 6));
                QVERIFY(steps);
                steps->setValue(kSteps);
                conditions->selectRow(r);
                modals_.pickInFileDialog(QString(), modelDir_);
                d->findChild<QPushButton*>(QStringLiteral("chooseModelsButton"))->click();
                QCOMPARE(conditions->item(r, 7)->text(), modelDir_);
            }
            screenshot(d, QStringLiteral("designer-conditions"));

            // Prompts: five songs with a human track and chord markers.
            tabs->setCurrentIndex(2);
            QCOMPARE(prompts->rowCount(), 0);
            QStringList names;
            for (int i = 0; i < kPrompts; ++i)
                names << QStringLiteral("\"song%1.mid\"").arg(i + 1);
            modals_.pickInFileDialog(songsDir_, names.join(' '));
            auto* import = d->findChild<QPushButton*>(QStringLiteral("importSongsButton"));
            QVERIFY(import);
            import->click();
            QCOMPARE(prompts->rowCount(), kPrompts);
            for (int i = 0; i < kPrompts; ++i)
                QVERIFY(QFileInfo::exists(
                    QDir(studyDir_).filePath(QStringLiteral("prompts/song%1.mid").arg(i + 1))));
            // A MIDI file keeps its own tempo: shown, greyed out.
            auto* tempo = qobject_cast<QDoubleSpinBox*>(prompts->cellWidget(0, 4));
            QVERIFY(tempo && !tempo->isEnabled());
            QCOMPARE(tempo->value(), 96.0);
            // A song without chord markers is flagged on import (not when the stimuli are built); removed
            // again.
            QString warning;
            modals_.onModal<QMessageBox>([&warning](QMessageBox* box) {
                warning = box->text();
                box->accept();
            });
            modals_.pickInFileDialog(songsDir_, QStringLiteral("no-chords.mid"));
            import->click();
            QVERIFY2(warning.contains(QStringLiteral("no chord markers")), qPrintable(warning));
            QCOMPARE(prompts->rowCount(), kPrompts + 1);
            prompts->selectRow(kPrompts);
            for (QPushButton* b : prompts->parentWidget()->findChildren<QPushButton*>())
                if (b->text() == QStringLiteral("Remove")) b->click();
            QCOMPARE(prompts->rowCount(), kPrompts);
            screenshot(d, QStringLiteral("designer-prompts"));

            // The paper's questions: creativity, harmony, naturalness (1-5) and an overall preference.
            tabs->setCurrentIndex(3);
            QCOMPARE(questions->rowCount(), 4);
            QCOMPARE(questions->item(0, 0)->text(), QStringLiteral("creativity"));
            QCOMPARE(questions->item(1, 0)->text(), QStringLiteral("harmony"));
            QCOMPARE(questions->item(2, 0)->text(), QStringLiteral("naturalness"));
            QCOMPARE(questions->item(3, 0)->text(), QStringLiteral("preference"));
            screenshot(d, QStringLiteral("designer-questions"));

            auto* box = d->findChild<QDialogButtonBox*>();
            QVERIFY(box && box->button(QDialogButtonBox::Save));
            box->button(QDialogButtonBox::Save)->click(); // a valid study: no question asked
            QVERIFY(!d->isVisible());
        });
        QPushButton* newStudy = windowButton("newStudyButton");
        QVERIFY(newStudy);
        newStudy->click();
        QVERIFY(designed);
        QCOMPARE(QDir(window_->studyDir()).absolutePath(), QDir(studyDir_).absolutePath());

        // study.json: versioned, and what the designer showed.
        QFile file(QDir(studyDir_).filePath(st::kStudyFileName));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("\"version\": 1"));
        const st::Study s = study();
        QVERIFY2(s.problems().empty(), s.problems().empty() ? "" : s.problems().front().c_str());
        QCOMPARE(s.title, std::string("Which tune fits the chords?"));
        QCOMPARE(static_cast<int>(s.conditions.size()), 3);
        QCOMPARE(s.conditions[0].guidance, GuidanceMode::Fgg);
        QCOMPARE(s.conditions[1].guidance, GuidanceMode::None);
        QCOMPARE(s.conditions[2].kind, st::ConditionKind::Original);
        QCOMPARE(s.conditions[0].steps, kSteps);
        QCOMPARE(s.conditions[1].modelDir, modelDir_.toStdString());
        QCOMPARE(static_cast<int>(s.prompts.size()), kPrompts);
        QCOMPARE(s.prompts[0].midiFile, std::string("prompts/song1.mid"));
        QCOMPARE(static_cast<int>(s.questions.size()), 4);
        auto* summary = window_->findChild<QLabel*>(QStringLiteral("studySummary"));
        QVERIFY(summary->text().contains(QStringLiteral("0 of 15 built")));
    }

    void buildTheStimuli() {
        auto* builder = window_->findChild<StimulusBuilder*>();
        QVERIFY(builder);
        QSignalSpy progress(builder, &StimulusBuilder::progress);
        QSignalSpy finished(builder, &StimulusBuilder::finished);
        QSignalSpy failed(builder, &StimulusBuilder::failed);
        QSignalSpy cancelled(builder, &StimulusBuilder::cancelled);
        QSignalSpy warned(builder, &StimulusBuilder::warning);
        // Without a soundfont every build warns (in a message box) and writes MIDI only.
        QPointer<QTimer> warning;
        const auto expectWarning = [this, &warning] {
            if (warning) return; // still waiting for the previous build's
            warning = modals_.onModal<QMessageBox>([this](QMessageBox* box) {
                qInfo("build warning: %s", qPrintable(box->text()));
                wavExpected_ = false;
                box->accept();
            });
        };
        auto* status = window_->findChild<QLabel*>(QStringLiteral("buildStatus"));
        QVERIFY(status);
        QPushButton* build = windowButton("buildButton");
        QPushButton* cancel = windowButton("cancelBuildButton");
        QVERIFY(build && build->isEnabled() && cancel && !cancel->isEnabled());

        // Build, cancel after a few stimuli: what is made stays, and building again goes on from there.
        expectWarning();
        build->click();
        QVERIFY(builder->isBusy());
        QVERIFY(!build->isEnabled());
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!progress.isEmpty() && progress.last().at(0).toInt() >= 3, 120000);
        QVERIFY2(status->text().contains(QStringLiteral("of 15")), qPrintable(status->text()));
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!cancelled.isEmpty() || !finished.isEmpty() || !failed.isEmpty(), 120000);
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        int before = 0;
        if (!cancelled.isEmpty()) {
            QVERIFY(!builder->isBusy());
            QVERIFY(status->text().startsWith(QStringLiteral("Cancelled")));
            before = static_cast<int>(st::planStimuli(study()).size() -
                                      st::missingStimuli(study(), studyDir_.toStdString()).size());
            QVERIFY(before >= 3 && before < 15);
            QVERIFY(window_->findChild<QLabel*>(QStringLiteral("studySummary"))
                        ->text()
                        .contains(QStringLiteral("%1 of 15 built").arg(before)));
            QVERIFY(build->isEnabled());
            QTest::qWait(50); // a handled warning's timer is gone
            expectWarning();
            build->click();
            QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty() || !failed.isEmpty(), 300000); // against a hang only
        } else {
            qInfo("the build finished before Cancel reached it: resuming not checked");
        }
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
        QVERIFY(!builder->isBusy());
        QVERIFY(!cancel->isEnabled());
        const int made = finished.first().at(0).toInt();
        const int skipped = finished.first().at(1).toInt();
        QCOMPARE(made + skipped, 15);
        if (before > 0) // a stimulus cancelled while its WAV was rendering is made again
            QVERIFY(skipped == before || skipped == before - 1);
        // Progress came stimulus by stimulus, and the window showed it.
        QVERIFY(progress.count() >= 15);
        QCOMPARE(progress.last().at(3).toDouble(), 1.0);
        QCOMPARE(window_->findChild<QProgressBar*>()->value(),
                 window_->findChild<QProgressBar*>()->maximum());
        QVERIFY(
            window_->findChild<QLabel*>(QStringLiteral("studySummary"))->text().contains("15 of 15 built"));
        screenshot(window_, QStringLiteral("window"));

        if (warned.isEmpty()) wavExpected_ = true;
        const st::Study s = study();
        for (const st::Stimulus& stimulus : st::planStimuli(s)) {
            const QString base = QDir(studyDir_).filePath(QString::fromStdString(stimulus.baseName));
            QVERIFY2(QFileInfo(base + ".mid").size() > 0, qPrintable(base + ".mid"));
            if (wavExpected_) QVERIFY2(QFileInfo(base + ".wav").size() > 1000, qPrintable(base + ".wav"));
        }
        if (!wavExpected_) qInfo("WAV files not checked: no soundfont to render them with");
        QVERIFY(QFileInfo::exists(QDir(studyDir_).filePath("stimuli/song1-human.mid")));
        QVERIFY(QFileInfo::exists(QDir(studyDir_).filePath("stimuli/song5-fgg-0.mid")));
        QVERIFY(QFileInfo::exists(QDir(studyDir_).filePath("stimuli/song3-none-0.mid")));
    }

    void runTwoParticipants() {
        ParticipantDriver participants(modals_, window_, studyDir_, shots_);
        // P01 goes straight through.
        participants.runParticipant(
            QStringLiteral("P01"), QStringLiteral("P01"), [&participants](ParticipantWindow* w) {
                participants.participantSession(w, QStringLiteral("P01"), 0, 0, -1, 0);
            });
        if (QTest::currentTestFailed()) return;
        QCOMPARE(static_cast<int>(logOf("P01").completedTrials.size()), kPrompts);

        // P02 pauses in the middle of trial 3 (after 4 answers) ...
        participants.runParticipant(QStringLiteral("P02"), QStringLiteral("P02"),
                                    [&participants](ParticipantWindow* w) {
                                        participants.participantSession(w, QStringLiteral("P02"), 1, 0, 2, 4);
                                    });
        if (QTest::currentTestFailed()) return;
        st::ParticipantLog log = logOf("P02");
        QCOMPARE(static_cast<int>(log.completedTrials.size()), 2);
        QCOMPARE(log.nextTrial(), 2);
        // ... and resumes there: the new id offered is P03, the experimenter types P02 again.
        participants.runParticipant(
            QStringLiteral("P02"), QStringLiteral("P03"),
            [&participants](ParticipantWindow* w) {
                participants.participantSession(w, QStringLiteral("P02"), 1, 2, -1, 0, 4);
            },
            QStringLiteral("Unfinished: P02 (2 of 5 trials done)"));
        if (QTest::currentTestFailed()) return;
        log = logOf("P02");
        QCOMPARE(log.number, 1);
        QCOMPARE(static_cast<int>(log.completedTrials.size()), kPrompts);

        // Balanced, random orders: each participant hears each prompt once, in an order of their own, and
        // every condition at every position (A, B, C) within one of equally often.
        const auto logs = st::loadAllParticipants(studyDir_.toStdString());
        QCOMPARE(static_cast<int>(logs.size()), 2);
        std::vector<std::vector<std::string>> orders;
        for (const st::ParticipantLog& l : logs) {
            std::map<int, std::string> promptOfTrial;
            std::map<std::pair<std::string, int>, int> seats;
            for (const st::Answer& a : l.answers)
                if (!a.preference && a.questionId == "harmony") {
                    promptOfTrial[a.trial] = a.promptId;
                    ++seats[{a.conditionId, a.position}];
                }
            std::vector<std::string> order;
            for (const auto& [trial, prompt] : promptOfTrial)
                order.push_back(prompt);
            QCOMPARE(static_cast<int>(std::set<std::string>(order.begin(), order.end()).size()), kPrompts);
            orders.push_back(order);
            for (const char* c : {"fgg", "none", "human"})
                for (int pos = 0; pos < 3; ++pos) {
                    const int n = seats[{c, pos}];
                    QVERIFY2(n == 1 || n == 2,
                             qPrintable(QStringLiteral("%1 at %2: %3 times").arg(c).arg(pos).arg(n)));
                }
        }
        QVERIFY(orders[0] != orders[1]);
    }

    void readTheResults() {
        QPushButton* open = windowButton("resultsButton");
        QVERIFY(open && open->isEnabled());
        open->click();
        auto* view = window_->findChild<ResultsView*>();
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(view));
        QCOMPARE(static_cast<int>(view->report().participants.size()), 2);
        QCOMPARE(view->report().trialsCompleted, 2 * kPrompts);
        open->click(); // again: the same window, re-read
        QCOMPARE(window_->findChildren<ResultsView*>().size(), 1);

        auto* question = view->findChild<QComboBox*>(QStringLiteral("questionCombo"));
        auto* table = view->findChild<QTableWidget*>(QStringLiteral("descriptivesTable"));
        auto* tests = view->findChild<QTableWidget*>(QStringLiteral("testsTable"));
        QVERIFY(question && table && tests);
        QCOMPARE(question->count(), 4);
        const auto header = [](QTableWidget* t) {
            QStringList h;
            for (int c = 0; c < t->columnCount(); ++c)
                h << t->horizontalHeaderItem(c)->text();
            return h;
        };
        const auto number = [](const QString& text) {
            return text.startsWith('<') ? 0.0005 : text.toDouble();
        };
        const QStringList labels{QStringLiteral("FGG"), QStringLiteral("No guidance"),
                                 QStringLiteral("Human original")};
        for (int qi = 0; qi < 3; ++qi) {
            question->setCurrentIndex(qi);
            QCOMPARE(header(table), (QStringList{"Condition", "n", "Mean", "SD", "95% CI"}));
            QCOMPARE(table->rowCount(), 3);
            for (int r = 0; r < 3; ++r) {
                QCOMPARE(table->item(r, 0)->text(), labels[r]);
                QCOMPARE(table->item(r, 1)->text(), QStringLiteral("10"));
                const double mean = table->item(r, 2)->text().toDouble();
                const QRegularExpressionMatch ci =
                    QRegularExpression("^\\[([-0-9.]+), ([-0-9.]+)\\]$").match(table->item(r, 4)->text());
                QVERIFY2(ci.hasMatch(), qPrintable(table->item(r, 4)->text()));
                QVERIFY(ci.captured(1).toDouble() <= mean && mean <= ci.captured(2).toDouble());
            }
            // What the participants gave: FGG 4-5, the original 3-4, no guidance 2-3.
            QVERIFY(table->item(0, 2)->text().toDouble() > table->item(2, 2)->text().toDouble());
            QVERIFY(table->item(2, 2)->text().toDouble() > table->item(1, 2)->text().toDouble());
            QVERIFY(tests->isVisible());
            const QStringList h = header(tests);
            QVERIFY(h.contains("p") && h.contains("p (Holm)"));
            QCOMPARE(tests->rowCount(), 3);
            for (int r = 0; r < 3; ++r) {
                const double p = number(tests->item(r, static_cast<int>(h.indexOf("p")))->text());
                const double holm = number(tests->item(r, static_cast<int>(h.indexOf("p (Holm)")))->text());
                QVERIFY(p > 0 && p <= 1 && holm >= p && holm <= 1);
            }
            QCOMPARE(tests->item(0, 0)->text(), QStringLiteral("FGG vs No guidance"));
            // FGG above no guidance in all 10 pairs: clearly significant even after Holm.
            QVERIFY(number(tests->item(0, static_cast<int>(h.indexOf("p (Holm)")))->text()) < 0.05);
            if (qi == 1) screenshot(view, QStringLiteral("results"));
        }
        // The preference: counts and the binomial test against chance (1/3).
        question->setCurrentIndex(3);
        QVERIFY(!tests->isVisible());
        const QStringList h = header(table);
        QVERIFY2(h.filter(QStringLiteral("Binomial p")).size() == 1, qPrintable(h.join(", ")));
        QVERIFY(h.contains(QStringLiteral("p (Holm)")));
        QCOMPARE(table->rowCount(), 3);
        int chosen = 0;
        for (int r = 0; r < 3; ++r)
            chosen += table->item(r, 1)->text().toInt();
        QCOMPARE(chosen, 2 * kPrompts);
        QCOMPARE(table->item(1, 1)->text(), QStringLiteral("0")); // no guidance: never preferred
        QCOMPARE(static_cast<int>(view->chart()->bars().size()), 3);
        screenshot(view, QStringLiteral("results-preference"));

        // The chart, as PNG and SVG, and the raw answers as CSV, through the view's buttons.
        question->setCurrentIndex(1);
        auto* exportChart = view->findChild<QPushButton*>(QStringLiteral("exportChartButton"));
        auto* exportRaw = view->findChild<QPushButton*>(QStringLiteral("exportRawButton"));
        QVERIFY(exportChart && exportRaw);
        const QString png = dir_.filePath(QStringLiteral("harmony.png"));
        const QString svg = dir_.filePath(QStringLiteral("harmony.svg"));
        const QString csv = dir_.filePath(QStringLiteral("answers.csv"));
        modals_.pickInFileDialog(QString(), png);
        exportChart->click();
        modals_.pickInFileDialog(QString(), svg);
        exportChart->click();
        modals_.pickInFileDialog(QString(), csv);
        exportRaw->click();
        QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 400);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg") && svgText.contains("FGG"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = csvFile.readAll().trimmed().split('\n');
        // 2 participants x 5 trials x (3 conditions x 3 ratings + 1 choice), and a header.
        QCOMPARE(lines.size(), 1 + 2 * kPrompts * 10);
        if (!shots_.isEmpty()) QVERIFY(QFile::copy(png, QDir(shots_).filePath("study-chart.png")));
        view->close();
    }
};

int main(int argc, char** argv) {
    return runStudioTest<StudyWorkflowTest>(argc, argv);
}
#include "gui_study_workflow_test.moc"
