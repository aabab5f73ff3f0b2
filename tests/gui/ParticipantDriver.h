#pragma once
// A participant going through a listening test, as the experimenter and the participant would click it: Run a
// participant… with an id typed in, then the participant window trial by trial. Every answer is checked on
// disk as it is given, Next only with every question answered, no condition name anywhere in the window, a
// reflex Esc asking before it pauses, and a resumed session showing the answers given before the pause.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/study/ListeningTest.h"
#include "app/studio/study/ParticipantWindow.h"
#include "model/study/Answers.h"
#include "model/study/Study.h"
#include "model/study/TrialPlan.h"
#include "tests/gui/ModalDriver.h"
#include "tests/gui/StudyTestSupport.h"

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QString>
#include <functional>
#include <utility>

namespace fgg::studio::test {

class ParticipantDriver {
public:
    /// Drives participants of the study in `studyDir`, open in `window`; screenshots go to `shots` (if set).
    ParticipantDriver(ModalDriver& modals, listening::ListeningTestWindow* window, QString studyDir,
                      QString shots)
        : modals_(modals), window_(window), studyDir_(std::move(studyDir)), shots_(std::move(shots)) {}

    /// Answers the current trial of `w` (participant `number`), checking that each answer is on disk as soon
    /// as it is given and Next opens only with the last one. With `stopAfter` >= 0 answers only that many
    /// questions and returns.
    void answerTrial(listening::ParticipantWindow* w, const QString& id, int number, int stopAfter = -1) {
        const study::Study s = studyIn(studyDir_);
        const study::TrialPlan plan = study::makeTrialPlan(s, number);
        const int trial = w->currentTrial();
        const study::Trial& t = plan.trials[static_cast<std::size_t>(trial)];
        auto* next = w->findChild<QPushButton*>(QStringLiteral("nextButton"));
        QVERIFY(next);
        int given = 0;
        const auto give = [&](QRadioButton* radio,
                              const std::function<bool(const study::ParticipantLog&)>& onDisk) {
            QVERIFY(radio);
            if (!radio->isChecked()) {
                QVERIFY2(!next->isEnabled(), "Next is enabled before every question is answered");
                radio->click();
            }
            QVERIFY2(onDisk(participantLog(studyDir_, id)),
                     qPrintable(QStringLiteral("answer %1 not in the log").arg(radio->objectName())));
            ++given;
        };
        for (int pos = 0; pos < static_cast<int>(t.conditionOrder.size()); ++pos) {
            const std::string& condition = t.conditionOrder[static_cast<std::size_t>(pos)];
            int qi = 0;
            for (const study::Question& q : s.questions) {
                if (q.kind != study::QuestionKind::Likert) continue;
                if (given == stopAfter) return;
                const int value = rating(condition, qi++, trial, number);
                give(w->findChild<QRadioButton*>(
                         QStringLiteral("q_%1_%2_%3").arg(QString::fromStdString(q.id)).arg(pos).arg(value)),
                     [&](const study::ParticipantLog& log) {
                         return log.rating(trial, q.id, condition) == value;
                     });
                if (QTest::currentTestFailed()) return;
            }
        }
        for (const study::Question& q : s.questions) {
            if (q.kind != study::QuestionKind::Preference) continue;
            if (given == stopAfter) return;
            const std::string want = preferred(trial);
            int pos = 0;
            while (t.conditionOrder[static_cast<std::size_t>(pos)] != want)
                ++pos;
            give(w->findChild<QRadioButton*>(
                     QStringLiteral("pref_%1_%2").arg(QString::fromStdString(q.id)).arg(pos)),
                 [&](const study::ParticipantLog& log) { return log.choice(trial, q.id) == want; });
        }
        QVERIFY2(next->isEnabled(), "Next stays disabled with every question answered");
    }

    /// One session in the participant window: start (or continue), then trials until `stopAt` (pause there
    /// after answering `partial` questions) or the end.
    void participantSession(listening::ParticipantWindow* w, const QString& id, int number, int firstTrial,
                            int stopAt, int partial, int restored = 0) {
        const study::Study s = studyIn(studyDir_);
        QCOMPARE(w->trialCount(), kPrompts);
        QCOMPARE(w->currentTrial(), firstTrial);
        auto* start = w->findChild<QPushButton*>(QStringLiteral("startButton"));
        QVERIFY(start);
        if (firstTrial > 0) QVERIFY(start->text().contains(QStringLiteral("Continue")));
        QString leak = firstLeak(w, s);
        QVERIFY2(leak.isEmpty(), qPrintable(leak));
        if (number == 0) screenshot(shots_, w, QStringLiteral("participant-intro"));
        start->click();
        auto* label = w->findChild<QLabel*>(QStringLiteral("trialLabel"));
        QVERIFY(label);
        while (!w->isFinished()) {
            const int trial = w->currentTrial();
            QVERIFY2(label->text().contains(QStringLiteral("Trial %1 / %2").arg(trial + 1).arg(kPrompts)),
                     qPrintable(label->text()));
            leak = firstLeak(w, s);
            QVERIFY2(leak.isEmpty(), qPrintable(leak));
            // Play and replay: every piece has its stimulus (audio is off here, so the status says why).
            for (int pos = 0; pos < static_cast<int>(s.conditions.size()); ++pos) {
                auto* play = w->findChild<QPushButton*>(QStringLiteral("play_%1").arg(pos));
                QVERIFY(play);
                QVERIFY2(play->isEnabled(), "a stimulus did not load");
                play->click();
                play->click();
            }
            QVERIFY(!w->findChild<QLabel*>(QStringLiteral("statusLabel"))->text().contains("missing"));
            if (trial == firstTrial && restored > 0) { // resumed: the answers given before the pause show
                int checked = 0;
                for (QRadioButton* r : w->findChildren<QRadioButton*>())
                    checked += r->isChecked() ? 1 : 0;
                QCOMPARE(checked, restored);
                QVERIFY(!w->findChild<QPushButton*>(QStringLiteral("nextButton"))->isEnabled());
            }
            if (number == 0 && trial == 0) { // a reflex Esc asks before pausing; No stays in the trial
                modals_.onModal<QMessageBox>([](QMessageBox* box) { box->button(QMessageBox::No)->click(); });
                QTest::keyClick(w, Qt::Key_Escape);
                QVERIFY(w->isVisible());
                QCOMPARE(w->currentTrial(), 0);
            }
            if (trial == stopAt) {
                answerTrial(w, id, number, partial);
                if (QTest::currentTestFailed()) return;
                w->findChild<QPushButton*>(QStringLiteral("pauseButton"))->click();
                QVERIFY(!w->isVisible());
                return;
            }
            answerTrial(w, id, number);
            if (QTest::currentTestFailed()) return;
            if (number == 0 && trial == 1) screenshot(shots_, w, QStringLiteral("participant"));
            auto* next = w->findChild<QPushButton*>(QStringLiteral("nextButton"));
            QCOMPARE(next->text(), trial + 1 == kPrompts ? QStringLiteral("Finish") : QStringLiteral("Next"));
            next->click();
            QCOMPARE(w->currentTrial(), trial + 1);
            QVERIFY(participantLog(studyDir_, id).completedTrials.contains(trial));
        }
        if (number == 0) screenshot(shots_, w, QStringLiteral("participant-done"));
        auto* close = w->findChild<QPushButton*>(QStringLiteral("closeButton"));
        QVERIFY(close);
        close->click();
    }

    /// Run a participant… with `id` typed in; the window runs `session` on the participant dialog.
    void runParticipant(const QString& id, const QString& expectedDefault,
                        const std::function<void(listening::ParticipantWindow*)>& session,
                        const QString& unfinished = {}) {
        bool asked = false;
        bool ran = false;
        modals_.onModal<QInputDialog>([&, id, expectedDefault, unfinished](QInputDialog* d) {
            asked = true;
            QCOMPARE(d->textValue(), expectedDefault);
            if (!unfinished.isEmpty())
                QVERIFY2(d->labelText().contains(unfinished), qPrintable(d->labelText()));
            d->setTextValue(id);
            d->accept();
        });
        modals_.onModal<listening::ParticipantWindow>([&](listening::ParticipantWindow* w) {
            ran = true;
            session(w);
            if (w->isVisible()) w->reject(); // a failed check must not leave the dialog open
        });
        QVERIFY(window_);
        auto* run = window_->findChild<QPushButton*>(QStringLiteral("runButton"));
        QVERIFY2(run, "no button runButton in the listening-test window");
        QVERIFY(run->isEnabled());
        run->click();
        QVERIFY(asked);
        QVERIFY(ran);
    }

private:
    ModalDriver& modals_;
    QPointer<listening::ListeningTestWindow> window_;
    QString studyDir_;
    QString shots_;
};

} // namespace fgg::studio::test
