// Chord help in the main window: a MIDI file without chord markers fills the chord lane on import (the import
// dialog offers it, checked), Edit > Harmonise Melody fills it from the melody as one undo step, Edit >
// Detect Chords from Selection fills it over the selected notes (or the marked region) as one undo step, and
// the chord lane's learned suggestions come from the shipped progression table.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Actions.h"
#include "app/studio/ChordHelp.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/MainWindow.h"
#include "app/studio/MidiImport.h"
#include "model/harmony/ChordClass.h"
#include "model/midi/MidiFile.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QAction>
#include <QCheckBox>
#include <QTemporaryDir>

using namespace fgg;
using namespace fgg::studio;

namespace {
constexpr Tick kBar = 1920;
const char* const kChords[] = {"C", "G", "Am", "F"};

/// Four bars: a piano plays C G Am F as block chords, a melody sings chord tones over them.
Score handWrittenSong() {
    Score s;
    s.ensureTrack("Piano");
    s.ensureTrack("Lead Vocal");
    Track& piano = s.tracks[0];
    Track& melody = s.tracks[1];
    const std::vector<std::vector<int>> blocks{
        {48, 64, 67, 72}, {43, 62, 67, 71}, {45, 64, 69, 72}, {41, 65, 69, 72}};
    const std::vector<std::vector<int>> tunes{
        {76, 79, 76, 72}, {74, 71, 74, 79}, {72, 76, 69, 72}, {77, 72, 69, 65}};
    for (std::size_t bar = 0; bar < 4; ++bar) {
        for (int p : blocks[bar])
            piano.notes.push_back(Note{p, static_cast<Tick>(bar) * kBar, kBar, 80});
        for (std::size_t beat = 0; beat < 4; ++beat)
            melody.notes.push_back(Note{
                tunes[bar][beat], static_cast<Tick>(bar) * kBar + static_cast<Tick>(beat) * 480, 480, 100});
    }
    piano.sort();
    melody.sort();
    return s;
}

/// Root and triad class of the chord sounding at the start of each bar.
QString barChords(const Score& s) {
    QStringList out;
    for (Tick bar = 0; bar < 4; ++bar) {
        const ChordSpan* c = s.chordAt(bar * kBar);
        out << (c ? QString::fromStdString(c->chord.toLeadSheet()) : QStringLiteral("-"));
    }
    return out.join(QLatin1Char(' '));
}

bool sameTriads(const Score& s) {
    for (Tick bar = 0; bar < 4; ++bar) {
        const ChordSpan* c = s.chordAt(bar * kBar);
        if (!c || !(harmony::rootTriad(c->chord) == harmony::rootTriad(Chord::parseLeadSheet(kChords[bar]))))
            return false;
    }
    return true;
}
} // namespace

class ChordHelpTest : public QObject {
    Q_OBJECT

    QTemporaryDir dir_;
    QString path_;

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(dir_.isValid());
        path_ = dir_.filePath(QStringLiteral("no-markers.mid"));
        writeMidiFile(handWrittenSong(), path_.toStdString());
        QVERIFY(readMidiFile(path_.toStdString()).chords.empty());
        QVERIFY2(ChordHelp::instance().progressions(), ChordHelp::instance().loadError().c_str());
    }

    void importDialogOffersDetection() {
        const Score file = readMidiFile(path_.toStdString());
        MidiImportDialog dialog(file, QStringLiteral("no-markers.mid"));
        auto* box = dialog.findChild<QCheckBox*>(QStringLiteral("detectChords"));
        QVERIFY(box);
        QVERIFY(box->isChecked());
        QVERIFY(dialog.detectChords());
        box->setChecked(false);
        QVERIFY(!dialog.detectChords());
    }

    void importFillsTheChordLane() {
        MainWindow w;
        QVERIFY(w.files()->importMidiPath(path_, /*askRoles=*/false));
        const Score& s = w.document()->score();
        QVERIFY2(sameTriads(s), qPrintable(barChords(s)));
        QVERIFY(s.key.has_value());
        QCOMPARE(s.key->tonic.pitchClass(), 0); // C major
        // Generation needs chords: with them the Generate action is ready at once.
        QVERIFY(w.actions()->generate->isEnabled());
        // Learned suggestions for the slot after G (the second chord) include Am or F.
        const std::vector<Chord> next = ChordHelp::instance().suggestionsFor(s, 2, 5);
        QVERIFY(!next.empty());
        QVERIFY(std::find(next.begin(), next.end(), Chord::parseLeadSheet("Am")) != next.end() ||
                std::find(next.begin(), next.end(), Chord::parseLeadSheet("F")) != next.end());
    }

    void harmoniseMelodyIsOneUndoStep() {
        MainWindow w;
        QVERIFY(w.files()->importMidiPath(path_, /*askRoles=*/false));
        Document* doc = w.document();
        doc->setChords({}, QStringLiteral("Clear chords"));
        QVERIFY(doc->score().chords.empty());
        const int steps = doc->undoStack()->count();
        QAction* harmonise = w.findChild<QAction*>(QStringLiteral("harmoniseMelody"));
        QVERIFY(harmonise);
        harmonise->trigger();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const Score& s = doc->score();
        QVERIFY(!s.chords.empty());
        // The melody alone sings C G A F's chord tones on the beats: the harmoniser finds at least the
        // outer bars' C and F.
        QVERIFY2(s.chordAt(0) && harmony::rootTriad(s.chordAt(0)->chord).root == 0, qPrintable(barChords(s)));
        doc->undoStack()->undo();
        QVERIFY(doc->score().chords.empty());
    }

    void detectChordsFromSelectionFillsTheLaneThere() {
        MainWindow w;
        QVERIFY(w.files()->importMidiPath(path_, /*askRoles=*/false));
        Document* doc = w.document();
        const Chord f = Chord::parseLeadSheet("F");
        doc->setChords({{0, 4 * kBar, f}}, QStringLiteral("One chord"));
        QAction* detect = w.findChild<QAction*>(QStringLiteral("detectChordsFromSelection"));
        QVERIFY(detect);
        QVERIFY(!detect->isEnabled()); // nothing selected, no region

        // Select every note of bars 2 and 3 (G, Am), piano and melody.
        NoteSelection selection;
        for (const Track& t : doc->score().tracks)
            for (const Note& n : t.notes)
                if (n.start >= kBar && n.start < 3 * kBar) selection[t.name].insert(n);
        QVERIFY(!selection.empty());
        w.roll()->setSelection(selection);
        QVERIFY(detect->isEnabled());
        const int steps = doc->undoStack()->count();
        detect->trigger();
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        const Score& s = doc->score();
        // G and Am where the selection is; the F around it stays.
        QCOMPARE(QString::fromStdString(s.chordAt(kBar)->chord.toLeadSheet()), QStringLiteral("G"));
        QCOMPARE(QString::fromStdString(s.chordAt(2 * kBar)->chord.toLeadSheet()), QStringLiteral("Am"));
        QCOMPARE(s.chordAt(0)->chord, f);
        QCOMPARE(s.chordAt(0)->end(), kBar);
        QCOMPARE(s.chordAt(3 * kBar)->chord, f);
        QCOMPARE(s.chordAt(3 * kBar)->start, 3 * kBar);
        doc->undoStack()->undo();
        QCOMPARE(doc->score().chords.size(), std::size_t(1));

        // Without a selection, a region marked over bar 1 reads every track there: C.
        w.roll()->setSelection({});
        ScoreRegion region;
        region.start = 0;
        region.end = kBar;
        w.roll()->setRegion(region);
        QVERIFY(detect->isEnabled());
        detect->trigger();
        QCOMPARE(QString::fromStdString(doc->score().chordAt(0)->chord.toLeadSheet()), QStringLiteral("C"));
        QCOMPARE(doc->score().chordAt(kBar)->chord, f);
    }
};

int main(int argc, char** argv) {
    return runStudioTest<ChordHelpTest>(argc, argv);
}
#include "gui_chord_help_test.moc"
