// A GUI monkey (issue 16): thousands of seeded random user actions on the real main window, with the shipped
// models generating on the real worker thread and the transport playing into the real synth. After every
// action the score must be one the app can rely on (MonkeyChecks.h) and the window must agree with the
// document; every save is read back and compared, undo all / redo all must come back to the same piece, and
// autosaves must read back as the document. Nothing may open a modal dialog (an error box is a finding).
//
//   FGG_MONKEY_SEED=N     replays a run (the seed is printed first; timing of the worker still varies)
//   FGG_MONKEY_ACTIONS=N  how many actions (default 3000; 400 in sanitizer builds)
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Autosave.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MainWindow.h"
#include "app/studio/Preferences.h"
#include "app/studio/ProjectFile.h"
#include "model/diffusion/Generator.h"
#include "tests/gui/MonkeyActions.h"
#include "tests/gui/MonkeyChecks.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QComboBox>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <deque>
#include <map>
#include <memory>
#include <random>
#include <utility>

using namespace fgg;
using namespace fgg::studio;

namespace {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr int kDefaultActions = 400; // an ASan build is ~10x slower: about the same wall time
#else
constexpr int kDefaultActions = 3000;
#endif

quint64 seedFromEnvironment() {
    bool ok = false;
    const quint64 s = qEnvironmentVariable("FGG_MONKEY_SEED").toULongLong(&ok);
    return ok ? s : std::random_device{}();
}

/// What the engine refuses, with a message in the panel, when a user asks for it: a region marked past the
/// end of the piece, an accompaniment for an empty melody. Any other failed generation is a finding.
bool isRefusalOfTheRequest(const QString& message) {
    for (const char* refusal : {"the region to regenerate lies outside the piece",
                                "the region to regenerate is empty", "the accompaniment task needs a melody"})
        if (message.startsWith(QLatin1String(refusal))) return true;
    return false;
}

/// Warnings Qt logs are findings too (a painter on a null device, a failed connect); collected here.
QStringList& qtWarnings() {
    static QStringList w;
    return w;
}
void collectWarnings(QtMsgType type, const QMessageLogContext&, const QString& text) {
    // The offscreen platform has no window manager to raise or size windows: its limits, not findings.
    if (text.startsWith(QLatin1String("This plugin does not support"))) return;
    if (type != QtDebugMsg && type != QtInfoMsg) qtWarnings() << text;
    if (type == QtFatalMsg) std::abort();
}

} // namespace

class MonkeyTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> w_;
    std::unique_ptr<test::Monkey> monkey_;
    quint64 seed_ = 0;
    std::deque<QString> recent_; ///< the last actions, printed with a failure
    std::map<QString, int> counts_;
    QString problem_; ///< set by the watchdog or a generation check between actions
    int popups_ = 0;

    Document* doc() const { return w_->document(); }

    QString report(int index, const QString& what) const {
        QString r = QStringLiteral("%1\n  seed %2 (replay: FGG_MONKEY_SEED=%2), action %3; the last actions:")
                        .arg(what)
                        .arg(seed_)
                        .arg(index);
        for (const QString& a : recent_)
            r += QStringLiteral("\n    ") + a;
        return r;
    }

    /// Closes any pop-up menu (by choosing from it or not) and any modal dialog (a finding) that an action
    /// opened; runs inside their nested event loops.
    void watchdog() {
        if (QWidget* popup = QApplication::activePopupWidget()) {
            ++popups_;
            monkey_->answerPopup(popup);
        }
        if (QWidget* modal = QApplication::activeModalWidget()) {
            QString text = modal->windowTitle();
            if (auto* box = qobject_cast<QMessageBox*>(modal)) text += QStringLiteral(": ") + box->text();
            if (problem_.isEmpty()) problem_ = QStringLiteral("a modal dialog opened: %1").arg(text);
            modal->close();
        }
    }

    /// What must hold after every action.
    QString invariants() const {
        const Score& s = doc()->score();
        if (QString p = test::scoreProblem(s); !p.isEmpty()) return QStringLiteral("score: ") + p;
        if (QString p = test::selectionProblem(s, w_->roll()->selection()); !p.isEmpty()) return p;
        if (w_->isWindowModified() != doc()->isModified())
            return QStringLiteral("the title's modified mark (%1) disagrees with the document (%2)")
                .arg(w_->isWindowModified())
                .arg(doc()->isModified());
        const bool busy = w_->generation()->controller()->isBusy();
        if (w_->generationPanel()->generateButton()->isEnabled() == busy ||
            w_->generationPanel()->cancelButton()->isEnabled() != busy)
            return QStringLiteral("Generate/Cancel enabled wrongly while %1").arg(busy ? "busy" : "idle");
        return {};
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        qInstallMessageHandler(collectWarnings);
        const ModelFiles shipped = ModelFiles::shipped();
        for (const std::string& f : {shipped.melody, shipped.accompaniment})
            if (!QFile::exists(QString::fromStdString(f)))
                QSKIP(qPrintable(QStringLiteral("no shipped model at %1 (ctest sets FGG_MODEL_DIR)")
                                     .arg(QString::fromStdString(f))));
        seed_ = seedFromEnvironment();
        std::printf("monkey: seed %llu (replay with FGG_MONKEY_SEED=%llu)\n",
                    static_cast<unsigned long long>(seed_), static_cast<unsigned long long>(seed_));
        std::fflush(stdout);

        w_ = std::make_unique<MainWindow>();
        // The real synth and transport thread, heard through no device: "none" is no FluidSynth driver, so
        // the synth plays silently (and the test never sounds on a machine with a sound card).
        Preferences p = loadPreferences();
        p.audioDriver = QStringLiteral("none");
        p.autosaveSeconds = 1; // autosaves fire while the monkey works
        w_->applyPreferences(p);
        w_->show();
        QVERIFY(QTest::qWaitForWindowExposed(w_.get()));
        monkey_ = std::make_unique<test::Monkey>(*w_, seed_, dir_.filePath(QStringLiteral("monkey.fggproj")));
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &MonkeyTest::watchdog);
        timer->start(20);

        GenerationController* c = w_->generation()->controller();
        connect(c, &GenerationController::finished, this, [this](quint64, const std::vector<Score>& results) {
            ++counts_[QStringLiteral("generations finished")];
            if (QString why = monkey_->checkFinished(results); !why.isEmpty() && problem_.isEmpty())
                problem_ = why;
        });
        connect(c, &GenerationController::cancelled, this,
                [this] { ++counts_[QStringLiteral("generations cancelled")]; });
        connect(c, &GenerationController::failed, this, [this](quint64, const QString& m) {
            if (isRefusalOfTheRequest(m))
                ++counts_[QStringLiteral("generations refused")];
            else if (problem_.isEmpty())
                problem_ = QStringLiteral("a generation failed: %1").arg(m);
        });
    }

    void cleanupTestCase() {
        if (!w_) return;
        w_->generation()->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!w_->generation()->controller()->isBusy(), 300000);
        const QString autosave = w_->autosave()->path();
        w_->files()->saveTo(dir_.filePath(QStringLiteral("last.fggproj"))); // clean: closing asks nothing
        QVERIFY(w_->close());
        QVERIFY2(!QFile::exists(autosave), "a clean exit left its autosave behind");
        w_.reset();
    }

    void thousandsOfRandomActionsKeepTheDocument() {
        bool ok = false;
        int actions = qEnvironmentVariable("FGG_MONKEY_ACTIONS").toInt(&ok);
        if (!ok || actions <= 0) actions = kDefaultActions;
        monkey_->prepare();
        for (int i = 1; i <= actions; ++i) {
            const QString what = monkey_->act();
            monkey_->afterAction();
            recent_.push_back(QStringLiteral("%1: %2").arg(i).arg(what));
            if (recent_.size() > 40) recent_.pop_front();
            ++counts_[what.section(QLatin1Char(' '), 0, 0)];
            QCoreApplication::processEvents();
            QString problem;
            for (const QString& p : {std::exchange(problem_, {}), monkey_->lastProblem(), invariants()}) {
                if (test::isKnownIssue(p)) {
                    if (++counts_[QStringLiteral("known issue")] == 1)
                        std::printf("monkey: known issue (not failing): %s\n", qPrintable(p));
                } else if (problem.isEmpty()) {
                    problem = p;
                }
            }
            problem_ = problem;
            if (!problem_.isEmpty()) std::printf("monkey: %s\n", qPrintable(report(i, problem_))); // in full
            QVERIFY2(problem_.isEmpty(), qPrintable(problem_));
            if (i % 500 == 0) {
                std::printf("monkey: %d/%d actions, %d generations finished\n", i, actions,
                            counts_[QStringLiteral("generations finished")]);
                std::fflush(stdout);
            }
        }
        // The end of a session: whatever is running finishes, and the document survives the round trips.
        monkey_->letGo();
        QTRY_VERIFY_WITH_TIMEOUT(!w_->generation()->controller()->isBusy(), 300000);
        QCoreApplication::processEvents();
        for (const QString& check :
             {monkey_->checkAutosave(), monkey_->checkUndoRoundTrip(), monkey_->saveAndReadBack()}) {
            if (!check.isEmpty()) std::printf("monkey: %s\n", qPrintable(report(actions, check)));
            QVERIFY2(check.isEmpty(), qPrintable(check));
        }

        QString summary;
        for (const auto& [name, n] : counts_)
            summary += QStringLiteral(" %1=%2").arg(name).arg(n);
        std::printf("monkey: seed %llu, %d actions:%s popups=%d\n", static_cast<unsigned long long>(seed_),
                    actions, qPrintable(summary), popups_);
        for (const QString& warning : qtWarnings())
            std::printf("monkey: Qt warned: %s\n", qPrintable(warning));
        QVERIFY2(qtWarnings().isEmpty(), qPrintable(qtWarnings().join(QLatin1Char('\n'))));
        // A run long enough to mean anything saw generations finish (how many were accepted depends on how
        // fast this machine generates between the monkey's cancels; the summary above says).
        if (actions >= 1000) QVERIFY(counts_[QStringLiteral("generations finished")] > 0);
    }
};

int main(int argc, char** argv) {
    return runStudioTest<MonkeyTest>(argc, argv);
}

#include "gui_monkey_test.moc"
