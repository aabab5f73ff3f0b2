// Autosave and recovery across real processes. This executable starts itself as a studio session (the app's
// main window, offscreen, in app folders of the test's own) that edits a piece, waits for an autosave and is
// then killed with SIGKILL, so nothing gets cleaned up. A fresh window in this process, in the same folders,
// offers what the session autosaved; accepted, it has exactly the edits back, and only what came after the
// last autosave is lost. A clean exit, or a piece saved before the crash, leaves nothing to offer.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Autosave.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/MainWindow.h"
#include "app/studio/Preferences.h"
#include "app/studio/ProjectFile.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/chords/LeadSheetEdit.h"
#include "widgets/generation/GenerationPanel.h"

#include <QDeadlineTimer>
#include <QLineEdit>
#include <QLockFile>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <cstdio>
#include <unistd.h>

using namespace fgg;
using namespace fgg::studio;

namespace {

constexpr int kAutosaveSeconds = 1;

/// The edits the autosave must keep, made as the user makes them (typed progression, notes, a move, the
/// tempo, two generation settings). `variant` tells sessions apart.
void editPiece(MainWindow& w, int variant) {
    QLineEdit* line = w.leadSheet()->line();
    QTest::keyClicks(line, QStringLiteral("| C G | Am7 | F | G7 |"));
    QTest::keyClick(line, Qt::Key_Return);
    Document* doc = w.document();
    doc->addNotes({{kMelodyTrack, {Note{72 + variant, 0, 480, 96}, Note{74, 480, 240, 80}}},
                   {kAccompanimentTrack, {Note{48, 0, 1920, 70}}}},
                  QStringLiteral("Add notes"));
    doc->moveNotes({{kMelodyTrack, {Note{74, 480, 240, 80}}}}, {{kMelodyTrack, {Note{76, 720, 240, 80}}}});
    Score s = doc->score();
    s.tempos.front().bpm = 97.5;
    doc->replaceScore(s, QStringLiteral("Set tempo"));
    w.generationPanel()->findChild<QSpinBox*>(QStringLiteral("steps"))->setValue(7 + variant);
    w.generationPanel()->findChild<QSpinBox*>(QStringLiteral("seed"))->setValue(4242);
}

/// An edit after the last autosave: the crash loses it.
void editAfterAutosave(MainWindow& w) {
    w.document()->addNotes({{kMelodyTrack, {Note{84, 1920, 480, 100}}}}, QStringLiteral("Late note"));
}

void say(const QString& line) {
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// Blocks the GUI thread (so no autosave can run) until the test kills this process.
[[noreturn]] void hang() {
    say(QStringLiteral("hanging"));
    for (;;)
        pause();
}

/// Answers the "Unsaved changes" box with Discard once it shows.
void discardWhenAsked(QObject* parent) {
    auto* poll = new QTimer(parent);
    QObject::connect(poll, &QTimer::timeout, parent, [poll] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box || !box->button(QMessageBox::Discard)) return;
        poll->stop();
        say(QStringLiteral("discarding"));
        box->button(QMessageBox::Discard)->click();
    });
    poll->start(20);
}

/// A studio session in a child process. Modes: "crash" (edit, autosave, edit again, get killed), "quit"
/// (edit, autosave, close the window discarding the changes), "save-then-crash" (edit, autosave, save the
/// project to `workDir`, get killed).
int runSession(int argc, char** argv, const QString& mode, int variant, const QString& workDir) {
    QApplication app(argc, argv);
    setApplicationIdentity();
    MainWindow w;
    w.show();
    editPiece(w, variant);
    QObject::connect(w.autosave(), &Autosave::failed, &app, [](const QString& m) {
        say(QStringLiteral("failed ") + m);
        QCoreApplication::exit(3);
    });
    QObject::connect(
        w.autosave(), &Autosave::saved, &w,
        [&w, mode, workDir](const QString& path) {
            say(QStringLiteral("autosaved ") + path);
            if (mode == QLatin1String("crash")) {
                editAfterAutosave(w);
                hang();
            }
            if (mode == QLatin1String("save-then-crash")) {
                if (w.files()->saveTo(workDir + QStringLiteral("/saved.fggproj"))) hang();
                say(QStringLiteral("save failed"));
                QCoreApplication::exit(4);
                return;
            }
            QTimer::singleShot(0, &w, [&w] {
                discardWhenAsked(&w);
                w.close(); // the last window: the app quits
            });
        },
        Qt::SingleShotConnection);
    return app.exec();
}

struct Session {
    QString output;
    QString autosave; ///< the path the session reported autosaving to
    bool killed = false;
    bool timedOut = false;
    int exitCode = -1;
};

} // namespace

class RecoveryTest : public QObject {
    Q_OBJECT

    QTemporaryDir work_;

    /// Runs a session in a child process; kills it (SIGKILL) once it hangs.
    Session runChild(const QString& mode, int variant) {
        Session run;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment(); // the isolated XDG folders
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("FGG_NO_AUDIO"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--session"), mode, QString::number(variant), work_.path()});
        QDeadlineTimer deadline(std::chrono::minutes(3)); // only against a hang; no timing is asserted
        while (p.state() != QProcess::NotRunning && !run.killed) {
            if (deadline.hasExpired()) {
                run.timedOut = true;
                break;
            }
            p.waitForReadyRead(1000);
            run.output += QString::fromUtf8(p.readAllStandardOutput());
            if (run.output.contains(QLatin1String("hanging\n"))) {
                p.kill();
                run.killed = true;
            }
        }
        if (p.state() != QProcess::NotRunning && !run.killed) p.kill();
        p.waitForFinished(60000);
        run.output += QString::fromUtf8(p.readAllStandardOutput());
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        for (const QString& line : run.output.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("autosaved "))) run.autosave = line.mid(10);
        return run;
    }

    /// What the session's window held when it autosaved: the same edits in a window here (never autosaving).
    static Project expectedAfterEdits(int variant) {
        MainWindow w;
        w.autosave()->setInterval(0);
        editPiece(w, variant);
        Project p{w.document()->score(), w.document()->generationSettings()};
        w.document()->undoStack()->setClean(); // nothing to save
        return p;
    }

    static QStringList autosaveFiles() {
        return QDir(Autosave::directory())
            .entryList({QStringLiteral("*.") + QLatin1String(kProjectSuffix)}, QDir::Files);
    }

    /// A prompt that records what it was asked (only with the time it was saved, which the user is shown) and
    /// answers `answer`.
    static RecoveryPrompt answering(bool answer, QStringList* asked) {
        return [answer, asked](const QString& path, const QDateTime& savedAt) {
            if (savedAt.isValid()) *asked << path;
            return answer;
        };
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(work_.isValid());
        qputenv("FGG_NO_AUDIO", "1");
        Preferences p = loadPreferences();
        p.autosaveSeconds = kAutosaveSeconds; // the sessions read it from their (isolated) settings
        savePreferences(p);
    }

    void init() {
        QDir dir(Autosave::directory());
        for (const QString& f : dir.entryList(QDir::Files))
            QVERIFY(dir.remove(f));
    }

    void crashedSessionIsRecoveredExactly() {
        const Session s = runChild(QStringLiteral("crash"), 0);
        QVERIFY2(s.killed, qPrintable(s.output));
        QVERIFY(!s.autosave.isEmpty());
        QCOMPARE(Autosave::recoverable(), QStringList{s.autosave});

        const Project wanted = expectedAfterEdits(0);
        MainWindow w;
        QStringList asked;
        w.setRecoveryPrompt(answering(true, &asked));
        QVERIFY(w.offerRecovery());
        QCOMPARE(asked, QStringList{s.autosave});
        QCOMPARE(w.document()->score(), wanted.score);
        QVERIFY(w.document()->generationSettings() == wanted.generation);
        QCOMPARE(w.generationPanel()->settings().steps, 7);
        QCOMPARE(w.leadSheet()->line()->text(), QStringLiteral("| C G | Am7 | F | G7 |"));
        // The note added after the last autosave is what the crash lost (at most one interval).
        QCOMPARE(w.document()->score().track(kMelodyTrack)->notes.size(), std::size_t(2));

        // Recovered work is unsaved work, one undo step over an empty piece.
        QVERIFY(w.document()->isModified());
        QVERIFY(w.document()->filePath().isEmpty());
        QCOMPARE(w.document()->undoStack()->count(), 1);
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->score(), emptyScore());
        w.document()->undoStack()->redo();
        QCOMPARE(w.document()->score(), wanted.score);

        // Taken: it is gone, and the next start offers nothing.
        QVERIFY(!QFile::exists(s.autosave));
        QVERIFY(Autosave::recoverable().isEmpty());
        MainWindow next;
        QStringList askedAgain;
        next.setRecoveryPrompt(answering(true, &askedAgain));
        QVERIFY(!next.offerRecovery());
        QVERIFY(askedAgain.isEmpty());
        w.document()->undoStack()->setClean();
    }

    void declinedWorkIsNotOfferedAgain() {
        const Session s = runChild(QStringLiteral("crash"), 0);
        QVERIFY2(s.killed, qPrintable(s.output));
        MainWindow w;
        QStringList asked;
        w.setRecoveryPrompt(answering(false, &asked));
        QVERIFY(!w.offerRecovery());
        QCOMPARE(asked, QStringList{s.autosave});
        QCOMPARE(w.document()->score(), emptyScore());
        QVERIFY(!w.document()->isModified());
        QVERIFY(Autosave::recoverable().isEmpty());
    }

    void olderCrashWaitsForTheNextStart() {
        const Session older = runChild(QStringLiteral("crash"), 1);
        QVERIFY2(older.killed, qPrintable(older.output));
        const Session newer = runChild(QStringLiteral("crash"), 2);
        QVERIFY2(newer.killed, qPrintable(newer.output));
        QCOMPARE(Autosave::recoverable(), (QStringList{newer.autosave, older.autosave})); // newest first

        MainWindow first;
        QStringList asked;
        first.setRecoveryPrompt(answering(true, &asked));
        QVERIFY(first.offerRecovery());
        QCOMPARE(asked, QStringList{newer.autosave});
        QCOMPARE(first.document()->score(), expectedAfterEdits(2).score);
        QCOMPARE(Autosave::recoverable(), QStringList{older.autosave}); // not thrown away unasked

        MainWindow second;
        second.setRecoveryPrompt(answering(true, &asked));
        QVERIFY(second.offerRecovery());
        QCOMPARE(second.document()->score(), expectedAfterEdits(1).score);
        QVERIFY(Autosave::recoverable().isEmpty());
        first.document()->undoStack()->setClean();
        second.document()->undoStack()->setClean();
    }

    void cleanExitLeavesNothingToRecover() {
        const Session s = runChild(QStringLiteral("quit"), 0);
        QVERIFY2(!s.killed && !s.timedOut, qPrintable(s.output));
        QCOMPARE(s.exitCode, 0);
        QVERIFY2(!s.autosave.isEmpty(), qPrintable(s.output)); // there was unsaved work on disk...
        QVERIFY2(s.output.contains(QLatin1String("discarding")), qPrintable(s.output));
        QVERIFY(!QFile::exists(s.autosave)); // ...and the clean exit removed it, lock included
        QVERIFY2(QDir(Autosave::directory()).entryList(QDir::Files).isEmpty(),
                 qPrintable(QDir(Autosave::directory()).entryList(QDir::Files).join(QLatin1Char(' '))));
        MainWindow w;
        QStringList asked;
        w.setRecoveryPrompt(answering(true, &asked));
        QVERIFY(!w.offerRecovery());
        QVERIFY(asked.isEmpty());
    }

    void savedWorkIsNotOfferedAfterACrash() {
        const Session s = runChild(QStringLiteral("save-then-crash"), 0);
        QVERIFY2(s.killed, qPrintable(s.output));
        QVERIFY(!s.autosave.isEmpty());
        QVERIFY(autosaveFiles().isEmpty()); // saving retired the autosave
        QCOMPARE(loadProject(work_.filePath(QStringLiteral("saved.fggproj"))).score,
                 expectedAfterEdits(0).score);
        MainWindow w;
        QStringList asked;
        w.setRecoveryPrompt(answering(true, &asked));
        QVERIFY(!w.offerRecovery());
        QVERIFY(asked.isEmpty());
        // The dead session's lock went with the start; only this window's own is left.
        QString own = QFileInfo(w.autosave()->path()).completeBaseName() + QStringLiteral(".lock");
        QCOMPARE(QDir(Autosave::directory()).entryList(QDir::Files), QStringList{own});
    }

    void unreadableAutosaveIsKeptAndReported() {
        // What a crash could leave if the disk failed: an autosave that does not parse, with no live lock.
        QDir().mkpath(Autosave::directory());
        QFile broken(Autosave::directory() + QStringLiteral("/autosave-999999-1.") +
                     QLatin1String(kProjectSuffix));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"format\": \"fgg-studio project\", \"version\": 1, \"score\": ");
        broken.close();
        Document doc;
        QStringList asked;
        const RecoveryResult r = recoverAutosaves(&doc, answering(true, &asked), QStringLiteral("Recover"));
        QCOMPARE(asked, QStringList{broken.fileName()});
        QVERIFY(r.recovered.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().contains(broken.fileName()), qPrintable(r.errors.first()));
        QCOMPARE(doc.score(), emptyScore());
        QCOMPARE(Autosave::recoverable(), QStringList{broken.fileName()}); // kept for another try
    }

    void crashedSessionWithThisPidIsOffered() {
        // A crashed session whose pid this process now has (a sandbox's pid namespace hands out the same few
        // pids): its lock names a live pid, yet no window here holds it.
        QDir().mkpath(Autosave::directory());
        const QString autosave = Autosave::directory() +
                                 QStringLiteral("/autosave-%1-1.").arg(QCoreApplication::applicationPid()) +
                                 QLatin1String(kProjectSuffix);
        QString lockPath = autosave;
        lockPath.chop(static_cast<int>(qstrlen(kProjectSuffix)));
        lockPath += QStringLiteral("lock");
        {
            QLockFile lock(work_.filePath(QStringLiteral("pattern.lock"))); // a real lock file of this pid
            QVERIFY(lock.tryLock(0));
            QVERIFY(QFile::copy(work_.filePath(QStringLiteral("pattern.lock")), lockPath));
        }
        Score left = emptyScore();
        left.track(kMelodyTrack)->add(Note{67, 0, 960, 90});
        saveProject(Project{left, {}}, autosave);

        MainWindow w;
        QVERIFY(w.autosave()->path() != autosave); // neither taken over...
        QStringList asked;
        w.setRecoveryPrompt(answering(true, &asked));
        QVERIFY(w.offerRecovery()); // ...nor hidden
        QCOMPARE(asked, QStringList{autosave});
        QCOMPARE(w.document()->score(), left);
        QVERIFY(!QFile::exists(lockPath));
        w.document()->undoStack()->setClean();
    }

    void windowsOfOneProcessKeepSeparateAutosaves() {
        MainWindow a;
        MainWindow b;
        QVERIFY(a.autosave()->path() != b.autosave()->path());
        a.document()->addNotes({{kMelodyTrack, {Note{60, 0, 480, 100}}}}, QStringLiteral("edit"));
        b.document()->addNotes({{kMelodyTrack, {Note{62, 0, 480, 100}}}}, QStringLiteral("edit"));
        QVERIFY(a.autosave()->saveNow());
        QVERIFY(b.autosave()->saveNow());
        QCOMPARE(autosaveFiles().size(), 2);
        QVERIFY(Autosave::recoverable().isEmpty()); // both sessions are alive
        a.autosave()->finish();
        QVERIFY(QFile::exists(b.autosave()->path())); // one window closing leaves the other's alone
        QCOMPARE(loadProject(b.autosave()->path()).score, b.document()->score());
        a.document()->undoStack()->setClean();
        b.document()->undoStack()->setClean();
    }
};

int main(int argc, char** argv) {
    if (argc >= 5 && qstrcmp(argv[1], "--session") == 0)
        return runSession(argc, argv, QString::fromLocal8Bit(argv[2]), QByteArray(argv[3]).toInt(),
                          QString::fromLocal8Bit(argv[4]));
    return runStudioTest<RecoveryTest>(argc, argv);
}

#include "gui_recovery_test.moc"
