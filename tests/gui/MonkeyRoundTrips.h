#pragma once
// The monkey's document checks that go through files and history (gui_monkey_test): a save reads back as the
// document, opening it gives exactly that piece, undo all / redo all comes back to the same score (and undo
// all to the opened piece while the history holds all of it), an autosave reads back as the document and a
// clean document has none, and an accepted candidate is what the strip showed. Each returns "" or what is
// wrong.
#include "app/studio/Actions.h"
#include "app/studio/Autosave.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MainWindow.h"
#include "app/studio/ProjectFile.h"
#include "tests/gui/MonkeyChecks.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>
#include <utility>

namespace fgg::test {

/// Where two scores first differ, in words.
inline QString scoreDifference(const Score& a, const Score& b) {
    if (a == b) return {};
    if (a.tracks.size() != b.tracks.size())
        return QStringLiteral("%1 tracks vs %2").arg(a.tracks.size()).arg(b.tracks.size());
    for (std::size_t i = 0; i < a.tracks.size(); ++i) {
        const Track &x = a.tracks[i], &y = b.tracks[i];
        if (x.name != y.name || x.program != y.program || x.channel != y.channel)
            return QStringLiteral("track %1 is named/programmed differently").arg(i);
        if (x.notes.size() != y.notes.size())
            return QStringLiteral("track %1: %2 notes vs %3")
                .arg(QString::fromStdString(x.name))
                .arg(x.notes.size())
                .arg(y.notes.size());
        for (std::size_t k = 0; k < x.notes.size(); ++k)
            if (!(x.notes[k] == y.notes[k]))
                return QStringLiteral("track %1, note %2: %3 vs %4")
                    .arg(QString::fromStdString(x.name))
                    .arg(k)
                    .arg(describe(x.notes[k]), describe(y.notes[k]));
    }
    if (a.chords != b.chords) return QStringLiteral("the chords differ");
    if (a.tempos != b.tempos) return QStringLiteral("the tempos differ");
    if (a.key != b.key) return QStringLiteral("the keys differ");
    if (a.length != b.length) return QStringLiteral("length %1 vs %2").arg(a.length).arg(b.length);
    return QStringLiteral("the time signatures or ticks per beat differ");
}

class RoundTrips {
public:
    RoundTrips(studio::MainWindow& w, QString projectPath) : w_(w), path_(std::move(projectPath)) {}

    /// A problem an action found (once).
    QString lastProblem() { return std::exchange(problem_, {}); }
    /// A generation finished (called after the app has shown its candidates): they fit their chords (the FGG
    /// guarantee), and they are offered only for the piece they were made for.
    QString checkFinished(const std::vector<Score>& candidates) const {
        for (const Score& c : candidates)
            if (QString p = harmonyProblem(job_, c); !p.isEmpty()) return p;
        if (job_.piece != piece_ && w_.candidates()->count() > 0)
            return QStringLiteral("candidates generated for the piece that was closed are offered for the "
                                  "piece opened since");
        return {};
    }
    /// After every action: once the history is full its oldest steps are dropped, and undo all no longer
    /// reaches the piece as opened.
    void afterAction() {
        if (doc().undoStack()->count() >= doc().undoStack()->undoLimit()) baseKnown_ = false;
    }

    QString saveAndReadBack() {
        const Score score = doc().score();
        const GenerationSettings settings = doc().generationSettings();
        if (!w_.files()->saveTo(path_)) return QStringLiteral("saving %1 failed").arg(path_);
        if (doc().isModified()) return QStringLiteral("the document is still modified after saving");
        try {
            saved_ = studio::loadProject(path_);
        } catch (const std::exception& e) {
            return QStringLiteral("the saved project does not read back: %1")
                .arg(QString::fromUtf8(e.what()));
        }
        haveSaved_ = true;
        if (QString d = scoreDifference(saved_.score, score); !d.isEmpty())
            return QStringLiteral("the saved project differs from the document: %1").arg(d);
        if (!(saved_.generation == settings))
            return QStringLiteral("the saved project's generation settings differ from the document's");
        return {};
    }

    QString openSaved() {
        if (!haveSaved_ || doc().isModified()) // "Save changes?" answered Save
            if (QString p = saveAndReadBack(); !p.isEmpty()) return p;
        if (!w_.files()->openPath(path_)) return QStringLiteral("opening %1 failed").arg(path_);
        if (QString d = scoreDifference(doc().score(), saved_.score); !d.isEmpty())
            return QStringLiteral("the opened piece differs from what was saved: %1").arg(d);
        if (doc().isModified() || doc().undoStack()->count() != 0)
            return QStringLiteral("a piece just opened is modified or has a history");
        if (!(doc().generationSettings() == saved_.generation) ||
            !(w_.generationPanel()->settings() == saved_.generation))
            return QStringLiteral("the opened piece's generation settings are not the saved ones");
        rememberBase();
        return {};
    }

    QString startNewPiece() {
        if (doc().isModified())
            if (QString p = saveAndReadBack(); !p.isEmpty()) return p;
        w_.actions()->newFile->trigger();
        if (doc().isModified() || doc().undoStack()->count() != 0)
            return QStringLiteral("a new piece is modified or has a history");
        if (QString d = scoreDifference(doc().score(), studio::emptyScore()); !d.isEmpty())
            return QStringLiteral("a new piece is not empty: %1").arg(d);
        rememberBase();
        return {};
    }

    /// Undo everything, redo back to where we were, redo everything, undo back again.
    QString checkUndoRoundTrip() {
        QUndoStack* u = doc().undoStack();
        if (u->count() >= u->undoLimit()) baseKnown_ = false; // the oldest steps are gone
        const Score now = doc().score();
        const bool modified = doc().isModified();
        const int index = u->index();
        while (u->canUndo())
            u->undo();
        if (baseKnown_)
            if (QString d = scoreDifference(doc().score(), base_); !d.isEmpty())
                return QStringLiteral("undo all did not return to the piece as opened: %1").arg(d);
        while (u->index() < index)
            u->redo();
        if (QString d = scoreDifference(doc().score(), now); !d.isEmpty())
            return QStringLiteral("undo all + redo did not return to the same score: %1").arg(d);
        while (u->canRedo())
            u->redo();
        while (u->index() > index)
            u->undo();
        if (QString d = scoreDifference(doc().score(), now); !d.isEmpty())
            return QStringLiteral("redo all + undo did not return to the same score: %1").arg(d);
        if (doc().isModified() != modified)
            return QStringLiteral("the round trip changed the modified state");
        return {};
    }

    QString checkAutosave() {
        QString error;
        if (!w_.autosave()->saveNow(&error)) return error;
        const QString path = w_.autosave()->path();
        if (doc().isModified()) {
            try {
                const studio::Project p = studio::loadProject(path);
                if (QString d = scoreDifference(p.score, doc().score()); !d.isEmpty())
                    return QStringLiteral("the autosave differs from the document: %1").arg(d);
            } catch (const std::exception& e) {
                return QStringLiteral("the autosave does not read back: %1").arg(QString::fromUtf8(e.what()));
            }
        } else if (QFile::exists(path)) {
            return QStringLiteral("a clean document left an autosave to recover");
        }
        if (studio::Autosave::recoverable().contains(path))
            return QStringLiteral("this window's own autosave is offered for recovery");
        return {};
    }

protected:
    studio::Document& doc() { return *w_.document(); }
    void fail(const QString& problem) {
        if (problem_.isEmpty() || isKnownIssue(problem_)) problem_ = problem; // a new finding wins
    }
    /// The piece as opened: what undo all must come back to. Candidates of the piece before are no use now.
    void rememberBase() {
        base_ = doc().score();
        baseKnown_ = doc().undoStack()->count() == 0;
        ++piece_;
        if (w_.candidates()->count() > 0)
            fail(QStringLiteral("candidates generated for the piece that was closed are offered for the "
                                "piece just opened"));
    }

    /// Presses Generate or Regenerate (through `press`) and remembers the job it started, if it started one.
    enum class Press { Generate, Regenerate, Continue };
    template <typename PressFn>
    void pressGenerate(Press kind, PressFn press) {
        studio::GenerationController* c = w_.generation()->controller();
        const bool wasBusy = c->isBusy();
        ui::GenerationPanel* panel = w_.generationPanel();
        const auto value = [&](const char* name) {
            return panel->findChild<QComboBox*>(QLatin1String(name))->currentData();
        };
        StartedJob job;
        job.score = doc().score();
        if (kind == Press::Regenerate) {
            job.tracks = {value("regenerateTrack").toString().toStdString()};
            job.from = w_.roll()->region().start;
            job.to = w_.roll()->region().end;
        } else {
            auto task = static_cast<Task>(value("task").toInt());
            if (kind == Press::Continue && task == Task::Accompaniment)
                task = Task::Melody; // as the app does
            if (task != Task::Accompaniment) job.tracks.push_back(kMelodyTrack);
            if (task != Task::Melody) job.tracks.push_back(kAccompanimentTrack);
        }
        job.fggFromChords = static_cast<GuidanceMode>(value("guidance").toInt()) == GuidanceMode::Fgg &&
                            static_cast<ScaleStyle>(value("style").toInt()) == ScaleStyle::FromChords;
        job.piece = piece_;
        press();
        if (!wasBusy && c->isBusy()) job_ = std::move(job);
    }

    /// Accepts candidate `i`: the generated tracks become the candidate's, nothing else changes, one undo
    /// step.
    QString acceptCandidate(int i) {
        ui::CandidateStrip* strip = w_.candidates();
        const Score candidate = strip->candidate(i);
        const Score before = doc().score();
        const int steps = doc().undoStack()->count();
        QTest::mouseClick(strip->acceptButton(i), Qt::LeftButton);
        if (strip->count() != 0) fail(QStringLiteral("the strip kept its candidates after Accept"));
        for (const std::string& name : job_.tracks) {
            const Track* got = doc().score().track(name);
            const Track* want = candidate.track(name);
            if (!got || !want || got->notes != want->notes)
                fail(QStringLiteral("after Accept the %1 track is not candidate %2's")
                         .arg(QString::fromStdString(name))
                         .arg(i + 1));
        }
        if (doc().score().chords != before.chords || doc().score().tempos != before.tempos)
            fail(QStringLiteral("Accept changed the chords or the tempo"));
        if (!(doc().score() == before) && doc().undoStack()->count() > steps + 1)
            fail(QStringLiteral("Accept took more than one undo step"));
        return QStringLiteral("accept candidate %1").arg(i + 1);
    }

    studio::MainWindow& w_;

private:
    QString path_;
    studio::Project saved_;
    bool haveSaved_ = false;
    Score base_;
    bool baseKnown_ = false;
    StartedJob job_;
    int piece_ = 0;
    QString problem_;
};

} // namespace fgg::test
