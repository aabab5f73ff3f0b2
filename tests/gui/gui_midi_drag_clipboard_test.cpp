// Into the DAW (issue 17): dragging the piece, the roll's selection or a generated candidate out of the
// window, and Edit > Copy as MIDI, give a standard MIDI file (a file URL plus audio/midi bytes) that reads
// back note for note through model/midi; the files live in a folder of the session, removed when the window
// goes.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Actions.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/MainWindow.h"
#include "app/studio/MidiExchange.h"
#include "model/midi/MidiFile.h"
#include "tests/gui/HandWrittenPiece.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/exchange/MidiDrag.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QClipboard>
#include <QDrag>
#include <QFileInfo>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <memory>

using namespace fgg;
using namespace fgg::studio;

namespace {

/// The notes of `track` in `s` that start in [from, to), moved back by `shift`.
std::vector<Note> notesIn(const Score& s, const char* track, Tick from, Tick to, Tick shift = 0) {
    std::vector<Note> out;
    for (const Note& n : s.track(track)->notes)
        if (n.start >= from && n.start < to) out.push_back(n.withStart(n.start - shift));
    return out;
}

/// The MIDI file the data points at, checked to be the same bytes as its audio/midi payload.
Score readDropped(const QMimeData* data, QString* fileName = nullptr) {
    if (!data) throw std::runtime_error("no drag data");
    const QList<QUrl> urls = data->urls();
    if (urls.size() != 1 || !urls.front().isLocalFile()) throw std::runtime_error("not one local file URL");
    const QString path = urls.front().toLocalFile();
    if (fileName) *fileName = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw std::runtime_error("the dropped file cannot be read");
    const QByteArray bytes = f.readAll();
    if (data->data(QString::fromLatin1(kMidiMime)) != bytes ||
        data->data(QString::fromLatin1(kMidiMimeOld)) != bytes)
        throw std::runtime_error("audio/midi and the file differ");
    return readMidiFile(path.toStdString());
}

} // namespace

class MidiDragClipboardTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;

    Document* doc() { return window_->document(); }
    Tick bar() { return doc()->score().ticksPerBar(); }

private Q_SLOTS:
    void initTestCase() {
        qputenv("FGG_NO_AUDIO", "1");
        QVERIFY(dir_.isValid());
    }

    void init() {
        // One window for every case (building and closing one costs seconds while the models load); each case
        // starts from the same piece with nothing selected and no candidates.
        if (!window_) {
            window_ = std::make_unique<MainWindow>();
            window_->show();
        }
        window_->candidates()->clear();
        doc()->reset(test::handWrittenPiece());
        window_->roll()->setSelection({});
        // Named like a user's piece: the files are named after it.
        QVERIFY(window_->files()->saveTo(dir_.filePath(QStringLiteral("song.fggproj"))));
    }

    void cleanupTestCase() { window_.reset(); }

    void dragThePieceGivesAMidiFileThatReadsBackNoteForNote() {
        QVERIFY(!window_->roll()->hasSelection());
        std::unique_ptr<QMimeData> data(window_->dragMidiButton()->provider()());
        QString name;
        const Score back = readDropped(data.get(), &name);
        QCOMPARE(name, QStringLiteral("song.mid"));
        for (const char* t : {kMelodyTrack, kAccompanimentTrack})
            QCOMPARE(back.track(t)->notes, doc()->score().track(t)->notes);
        QCOMPARE(back.chords, doc()->score().chords);
        QCOMPARE(back.bpm(), doc()->score().bpm());
    }

    void dragTheSelectionStartsAtItsFirstBarAndIsNamedAfterIt() {
        // Bars 5-8 of the melody, as a user selects them in the roll.
        const std::vector<Note> chosen = notesIn(doc()->score(), kMelodyTrack, 4 * bar(), 8 * bar());
        QVERIFY(!chosen.empty());
        window_->roll()->setSelection(toSelection({{kMelodyTrack, chosen}}));
        std::unique_ptr<QMimeData> data(window_->dragMidiButton()->provider()());
        QString name;
        const Score back = readDropped(data.get(), &name);
        QCOMPARE(name, QStringLiteral("song-melody-bars5-8.mid"));
        QCOMPARE(back.track(kMelodyTrack)->notes,
                 notesIn(doc()->score(), kMelodyTrack, 4 * bar(), 8 * bar(), 4 * bar()));
        QCOMPARE(back.track(kAccompanimentTrack), nullptr); // only what was selected
        QCOMPARE(back.track(kMelodyTrack)->program, doc()->score().track(kMelodyTrack)->program);
        QVERIFY(!back.chords.empty());
        QCOMPARE(back.chords.front().chord, doc()->score().chordAt(4 * bar())->chord); // bar 5's chord at 0
    }

    void dragWithTheMouseStartsAQDragCarryingTheFile() {
        // A real press-move on the tool bar's handle; the drag loop is left with QDrag::cancel.
        ui::MidiDragButton* handle = window_->dragMidiButton();
        QSignalSpy starting(handle, &ui::MidiDragButton::dragStarting);
        QString dropped;
        connect(handle, &ui::MidiDragButton::dragStarting, this, [&](const QMimeData* d) {
            dropped = d->urls().value(0).fileName();
            QTimer::singleShot(50, [] { QDrag::cancel(); });
        });
        const QPoint c = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, c);
        QMouseEvent move(QEvent::MouseMove, QPointF(c + QPoint(40, 0)),
                         handle->mapToGlobal(QPointF(c + QPoint(40, 0))), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(handle, &move);
        QCOMPARE(starting.count(), 1);
        QCOMPARE(dropped, QStringLiteral("song.mid"));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, c);
    }

    void dragACandidateCarriesTheTracksItChanges() {
        Score candidate = doc()->score();
        Track& m = *candidate.track(kMelodyTrack);
        for (Note& n : m.notes)
            n.pitch += 2; // a "generated" melody; the accompaniment is the piece's own
        window_->candidates()->setCandidates({candidate, candidate}, QStringLiteral("the piece"));
        std::unique_ptr<QMimeData> data(window_->candidates()->dragButton(1)->provider()());
        QString name;
        const Score back = readDropped(data.get(), &name);
        QCOMPARE(name, QStringLiteral("song-candidate2-melody.mid"));
        QCOMPARE(back.track(kMelodyTrack)->notes, m.notes);
        QCOMPARE(back.track(kAccompanimentTrack), nullptr);
    }

    void dragARegeneratedRegionCandidateGivesItsBars() {
        Score candidate = doc()->score();
        std::vector<Note>& notes = candidate.track(kMelodyTrack)->notes;
        for (Note& n : notes)
            if (n.start >= 4 * bar() && n.start < 6 * bar()) n.pitch -= 1;
        window_->candidates()->setCandidates({candidate}, QStringLiteral("bars 5-6"), 4 * bar(), 6 * bar());
        std::unique_ptr<QMimeData> data(window_->candidates()->dragButton(0)->provider()());
        QString name;
        const Score back = readDropped(data.get(), &name);
        QCOMPARE(name, QStringLiteral("song-candidate1-melody-bars5-6.mid"));
        QCOMPARE(back.track(kMelodyTrack)->notes,
                 notesIn(candidate, kMelodyTrack, 4 * bar(), 6 * bar(), 4 * bar()));
    }

    void copyAsMidiPutsTheSelectionOnTheClipboard() {
        const std::vector<Note> chosen = notesIn(doc()->score(), kAccompanimentTrack, 2 * bar(), 3 * bar());
        window_->roll()->setSelection(toSelection({{kAccompanimentTrack, chosen}}));
        window_->actions()->copyAsMidi->trigger();
        const QMimeData* clip = QApplication::clipboard()->mimeData();
        QVERIFY(clip && clip->hasFormat(QString::fromLatin1(kMidiMime)));
        QString name;
        const Score back = readDropped(clip, &name);
        QCOMPARE(name, QStringLiteral("song-accompaniment-bar3.mid"));
        QCOMPARE(back.track(kAccompanimentTrack)->notes,
                 notesIn(doc()->score(), kAccompanimentTrack, 2 * bar(), 3 * bar(), 2 * bar()));
        // The bytes alone (a program that reads audio/midi and not files) give the same notes.
        const QByteArray bytes = clip->data(QString::fromLatin1(kMidiMime));
        const Score fromBytes = readMidi(std::vector<std::uint8_t>(bytes.begin(), bytes.end()));
        QCOMPARE(fromBytes.track(kAccompanimentTrack)->notes, back.track(kAccompanimentTrack)->notes);
        QVERIFY(clip->data(QStringLiteral("x-special/gnome-copied-files")).startsWith("copy\nfile://"));
    }

    void copyAsMidiWithoutASelectionCopiesThePiece() {
        window_->roll()->setSelection({});
        window_->actions()->copyAsMidi->trigger();
        QString name;
        const Score back = readDropped(QApplication::clipboard()->mimeData(), &name);
        QCOMPARE(name, QStringLiteral("song.mid"));
        QCOMPARE(back.track(kMelodyTrack)->notes, doc()->score().track(kMelodyTrack)->notes);
    }

    void dragAndClipFilesGoWithTheSession() {
        const QString folder = window_->midiExchange()->folder();
        QVERIFY(!folder.isEmpty());
        window_->actions()->copyAsMidi->trigger();
        QVERIFY(QFileInfo::exists(folder + QStringLiteral("/song.mid")));
        doc()->undoStack()->setClean();
        window_.reset(); // the app quits (the next case opens a new window)
        QVERIFY(!QFileInfo::exists(folder));
    }

    void untitledPiecesAndOddNamesGiveSafeFileNames() {
        doc()->reset(test::handWrittenPiece()); // no path: "Untitled"
        std::unique_ptr<QMimeData> data(window_->dragMidiButton()->provider()());
        QCOMPARE(data->urls().value(0).fileName(), QStringLiteral("Untitled.mid"));
        QVERIFY(window_->files()->saveTo(dir_.filePath(QStringLiteral("my song: take 2?.fggproj"))));
        data.reset(window_->dragMidiButton()->provider()());
        QCOMPARE(data->urls().value(0).fileName(), QStringLiteral("my-song-take-2.mid"));
    }
};

int main(int argc, char** argv) {
    return runStudioTest<MidiDragClipboardTest>(argc, argv);
}

#include "gui_midi_drag_clipboard_test.moc"
