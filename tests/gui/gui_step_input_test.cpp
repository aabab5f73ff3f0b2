// Step input from a MIDI keyboard, through the same path as a port's bytes (MidiKeyboard::feed -> the MIDI
// input's callbacks -> queued to the GUI thread): keys held together become notes at the playhead in one undo
// step and the playhead moves on by the snap step; a chord played in chord mode replaces the chord at the
// playhead (or fills a new half bar past the last one) and the playhead moves to the next chord.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Actions.h"
#include "app/studio/Document.h"
#include "app/studio/MainWindow.h"
#include "app/studio/MidiKeyboard.h"
#include "model/music/LeadSheet.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QUndoStack>
#include <memory>

using namespace fgg;
using namespace fgg::studio;

class StepInputTest : public QObject {
    Q_OBJECT

    std::unique_ptr<MainWindow> window_;

    void press(int pitch) { window_->midiKeyboard()->feed({0x90, static_cast<unsigned char>(pitch), 100}); }
    void release(int pitch) { window_->midiKeyboard()->feed({0x80, static_cast<unsigned char>(pitch), 0}); }
    void play(std::initializer_list<int> pitches) {
        for (int p : pitches)
            press(p);
        for (int p : pitches)
            release(p);
        QCoreApplication::processEvents(); // the callbacks are queued to the GUI thread
    }
    const Score& score() const { return window_->document()->score(); }
    std::vector<Note> melody() const { return score().track(kMelodyTrack)->notes; }

private Q_SLOTS:
    void init() {
        qputenv("FGG_NO_AUDIO", "1");
        window_ = std::make_unique<MainWindow>();
        Score s = emptyScore();
        s.chords = LeadSheet::parse("| C | F |").toChordSpans(s.ticksPerBar());
        s.length = 2 * s.ticksPerBar();
        window_->document()->reset(s);
        window_->roll()->setActiveTrack(kMelodyTrack);
        window_->roll()->setPlayhead(0);
    }

    void cleanup() {
        window_->document()->undoStack()->setClean();
        window_.reset();
    }

    void offByDefaultKeysEnterNothing() {
        play({60});
        QVERIFY(melody().empty());
        QCOMPARE(window_->roll()->playhead(), Tick{0});
    }

    void heldKeysBecomeOneStepOfNotesAndThePlayheadMovesOn() {
        window_->actions()->midiInputNotes->trigger();
        const Tick sixteenth = score().ticksPerSixteenth(); // the roll's default snap
        const int before = window_->document()->undoStack()->count();
        play({60, 64, 67});
        QCOMPARE(melody().size(), std::size_t{3});
        for (const Note& n : melody()) {
            QCOMPARE(n.start, Tick{0});
            QCOMPARE(n.length, sixteenth);
            QCOMPARE(n.velocity, 100);
        }
        QCOMPARE(window_->roll()->playhead(), sixteenth);
        QCOMPARE(window_->document()->undoStack()->count(), before + 1); // one gesture, one undo step
        play({62});
        QCOMPARE(melody().size(), std::size_t{4});
        QCOMPARE(melody().back().start, sixteenth);
        QCOMPARE(window_->roll()->playhead(), 2 * sixteenth);
        window_->document()->undoStack()->undo();
        window_->document()->undoStack()->undo();
        QVERIFY(melody().empty());
    }

    void aLockedTrackTakesNoNotes() {
        window_->actions()->midiInputNotes->trigger();
        window_->roll()->setTrackLocked(kMelodyTrack, true);
        play({60});
        QVERIFY(melody().empty());
    }

    void aChordPlayedReplacesTheChordAtThePlayheadAndMovesToTheNext() {
        window_->actions()->midiInputChords->trigger();
        const Tick bar = score().ticksPerBar();
        play({60, 63, 67}); // C minor
        QCOMPARE(score().chords.size(), std::size_t{2});
        QCOMPARE(score().chords[0].chord, Chord::parse("Cm"));
        QCOMPARE(score().chords[0].length, bar); // the span stays
        QCOMPARE(window_->roll()->playhead(), bar);
        play({55, 59, 62, 65}); // G7 over the F
        QCOMPARE(score().chords[1].chord, Chord::parse("G7"));
        QCOMPARE(window_->roll()->playhead(), 2 * bar);
        play({57, 60, 64}); // past the last chord: a new half bar
        QCOMPARE(score().chords.size(), std::size_t{3});
        QCOMPARE(score().chords[2].start, 2 * bar);
        QCOMPARE(score().chords[2].length, bar / 2);
        QCOMPARE(score().chords[2].chord, Chord::parse("Am"));
        QVERIFY(melody().empty()); // chord mode writes no notes
    }
};

int main(int argc, char** argv) {
    return runStudioTest<StepInputTest>(argc, argv);
}

#include "gui_step_input_test.moc"
