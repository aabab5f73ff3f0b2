// The participant flow of a listening test, offscreen: Next stays disabled until every question is answered,
// the progress label counts trials, answers reach the log as they are given, closing and reopening resumes at
// the next trial; the results view reads the answers and exports its chart.
#include "app/studio/study/BarChart.h"
#include "app/studio/study/ParticipantWindow.h"
#include "app/studio/study/ResultsView.h"
#include "model/study/Answers.h"
#include "model/study/Study.h"

#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace fgg::studio::listening;
namespace st = fgg::study;

class ListeningTestFlow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir dir_;
    st::Study study_;

    static QRadioButton* radio(QWidget& w, const QString& name) {
        auto* r = w.findChild<QRadioButton*>(name);
        if (!r) qWarning("no radio button %s", qPrintable(name));
        return r;
    }

    // Answers every question of the current trial; checks Next enables only with the last answer.
    void answerTrial(ParticipantWindow& w, int rating) {
        auto* next = w.findChild<QPushButton*>("nextButton");
        QVERIFY(next);
        for (int pos = 0; pos < 2; ++pos)
            for (const char* q : {"creativity", "harmony", "naturalness"}) {
                QVERIFY(!next->isEnabled());
                auto* r = radio(w, QStringLiteral("q_%1_%2_%3").arg(q).arg(pos).arg(rating + pos));
                QVERIFY(r);
                r->click();
            }
        QVERIFY(!next->isEnabled()); // the preference is still open
        auto* pref = radio(w, "pref_preference_1");
        QVERIFY(pref);
        pref->click();
        QVERIFY(next->isEnabled());
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("FGG_NO_AUDIO", "1");
        QVERIFY(dir_.isValid());
        study_ = st::defaultStudy();
        study_.conditions.pop_back(); // no human original: no songs to import here
        study_.prompts = {{"a", "A", "| C | G | Am | F |", "", 100, 0},
                          {"b", "B", "| F | G | C | C |", "", 100, 0},
                          {"c", "C", "| Am | F | C | G |", "", 100, 0}};
        st::saveStudy(study_, dir_.path().toStdString());
    }

    void answersGateNextAndAreSaved() {
        ParticipantWindow w(dir_.path(), study_, "P01", 0);
        QCOMPARE(w.trialCount(), 3);
        QCOMPARE(w.currentTrial(), 0);
        auto* start = w.findChild<QPushButton*>("startButton");
        QVERIFY(start);
        start->click();
        auto* label = w.findChild<QLabel*>("trialLabel");
        QVERIFY(label->text().contains("Trial 1 / 3"));
        // Condition names never show: the pieces are A and B.
        for (QLabel* l : w.findChildren<QLabel*>()) {
            QVERIFY(!l->text().contains("FGG"));
            QVERIFY(!l->text().contains("No guidance"));
        }
        // No stimuli were built: play is disabled and the status says so.
        QVERIFY(!w.findChild<QPushButton*>("play_0")->isEnabled());
        QVERIFY(w.findChild<QLabel*>("statusLabel")->text().contains("missing"));

        QSignalSpy saved(&w, &ParticipantWindow::answerSaved);
        answerTrial(w, 3);
        QCOMPARE(saved.count(), 7);
        const auto log = st::loadParticipantLog(st::answerFilePath(dir_.path().toStdString(), "P01"));
        QCOMPARE(static_cast<int>(log.answers.size()), 7);
        QCOMPARE(log.nextTrial(), 0); // answered, not yet moved on

        w.findChild<QPushButton*>("nextButton")->click();
        QCOMPARE(w.currentTrial(), 1);
        QVERIFY(label->text().contains("Trial 2 / 3"));
        QVERIFY(!w.findChild<QPushButton*>("nextButton")->isEnabled());
        // Closing here (pause) keeps everything.
    }

    void resumesWhereItStopped() {
        ParticipantWindow w(dir_.path(), study_, "P01", 5);
        QCOMPARE(w.currentTrial(), 1);
        w.findChild<QPushButton*>("startButton")->click();
        QVERIFY(w.findChild<QLabel*>("trialLabel")->text().contains("Trial 2 / 3"));
        answerTrial(w, 2);
        w.findChild<QPushButton*>("nextButton")->click();
        answerTrial(w, 4);
        auto* next = w.findChild<QPushButton*>("nextButton");
        QCOMPARE(next->text(), QStringLiteral("Finish"));
        next->click();
        QVERIFY(w.isFinished());
        const auto log = st::loadParticipantLog(st::answerFilePath(dir_.path().toStdString(), "P01"));
        QCOMPARE(log.number, 0); // the number in the log wins over the one passed when resuming
        QCOMPARE(static_cast<int>(log.completedTrials.size()), 3);
    }

    void resultsReadTheAnswersAndExport() {
        ResultsView view(dir_.path());
        QCOMPARE(static_cast<int>(view.report().participants.size()), 1);
        QCOMPARE(view.report().trialsCompleted, 3);
        const auto& harmony = view.report().likert[1];
        QCOMPARE(QString::fromStdString(harmony.questionId), QStringLiteral("harmony"));
        QCOMPARE(static_cast<int>(harmony.conditions[0].stats.n), 3);
        QCOMPARE(static_cast<int>(view.chart()->bars().size()), 2);
        view.chart()->resize(500, 320);
        const QString png = dir_.filePath("chart.png");
        const QString svg = dir_.filePath("chart.svg");
        QVERIFY(view.chart()->exportPng(png));
        QVERIFY(view.chart()->exportSvg(svg));
        QVERIFY(QFileInfo(png).size() > 1000);
        QFile file(svg);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("<svg"));
    }
};

QTEST_MAIN(ListeningTestFlow)
#include "test_listening_test.moc"
