// Playback in the app as a user drives it, heard through a MIDI port on a private JACK server (dummy
// backend): Play sends the document to the port chosen in the preferences while the playhead moves; Loop
// repeats the marked bars; an edit made while playing is heard on the next pass; Stop silences; Send Live
// offers a port a DAW connects to. Skips (with the reason) only where jackd cannot start.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Actions.h"
#include "app/studio/Document.h"
#include "app/studio/MainWindow.h"
#include "app/studio/MidiKeyboard.h"
#include "app/studio/Playback.h"
#include "tests/audio/JackMidi.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <memory>

using namespace fgg;
using namespace fgg::studio;

namespace {

std::vector<int> pitchesOf(const std::vector<test::Received>& got) {
    std::vector<int> out;
    for (const test::Received& r : got)
        out.push_back(r.pitch);
    return out;
}

} // namespace

class PlaybackTest : public QObject {
    Q_OBJECT

    std::unique_ptr<test::JackServer> jack_;
    std::unique_ptr<test::Receiver> rx_;
    std::unique_ptr<MainWindow> window_;

    /// 120 bpm (a bar is 2 s): bar 1 holds C D E G as quarters, bar 2 a high C, 2 bars long.
    static Score twoBars() {
        Score s = emptyScore();
        s.tempos = {TempoChange{0, 120.0}};
        s.length = 2 * s.ticksPerBar();
        const Tick q = s.ticksPerBeat;
        Track& melody = *s.track(kMelodyTrack);
        int beat = 0;
        for (int pitch : {60, 62, 64, 67})
            melody.add(Note{pitch, beat++ * q, q / 2, 90});
        melody.add(Note{84, s.ticksPerBar(), q / 2, 90});
        return s;
    }

    void playAndWaitForNotes(int count) {
        window_->actions()->play->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(static_cast<int>(rx_->ons().size()) >= count, 8000);
    }

private Q_SLOTS:
    void initTestCase() {
        jack_ = std::make_unique<test::JackServer>();
        if (!jack_->running()) QSKIP(qPrintable(QString::fromStdString(jack_->why())));
        rx_ = std::make_unique<test::Receiver>();
        QVERIFY2(rx_->input().openVirtual("in"), rx_->input().status().c_str());
    }

    void init() {
        rx_->clear();
        window_ = std::make_unique<MainWindow>();
        Preferences p = loadPreferences();
        p.midiPort = QStringLiteral("fgg-test-receiver:in");
        window_->applyPreferences(p);
        window_->document()->reset(twoBars());
        window_->show();
    }

    void cleanup() {
        window_->actions()->stop->trigger();
        window_->document()->undoStack()->setClean();
        window_.reset();
    }

    void playSendsThePieceToTheMidiPortAndMovesThePlayhead() {
        playAndWaitForNotes(5);
        QCOMPARE(pitchesOf(rx_->ons()), (std::vector<int>{60, 62, 64, 67, 84}));
        QVERIFY(window_->roll()->playhead() > 0);
        QTRY_VERIFY_WITH_TIMEOUT(rx_->offs() >= 5, 4000); // every note released by the end
    }

    void loopRepeatsTheMarkedBarsOnly() {
        const Tick bar = window_->document()->score().ticksPerBar();
        window_->roll()->setRegion(ScoreRegion{0, bar});
        window_->actions()->loop->setChecked(true);
        playAndWaitForNotes(9); // bar 1 twice, and the first note of the third pass
        const std::vector<int> got = pitchesOf(rx_->ons());
        const std::vector<int> bar1{60, 62, 64, 67};
        for (std::size_t i = 0; i < 9; ++i)
            QCOMPARE(got[i], bar1[i % 4]); // never bar 2's high C
        QVERIFY(window_->roll()->playhead() < bar);
    }

    void anEditWhilePlayingIsHeard() {
        const Tick bar = window_->document()->score().ticksPerBar();
        window_->roll()->setRegion(ScoreRegion{0, bar});
        window_->actions()->loop->setChecked(true);
        playAndWaitForNotes(1);
        // Add a note at the end of bar 1 while the loop plays: the next pass (at most 2 s on) plays it.
        window_->document()->addNotes({{kMelodyTrack, {Note{72, bar - bar / 8, bar / 16, 90}}}},
                                      QStringLiteral("add"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                const auto p = pitchesOf(rx_->ons());
                return std::find(p.begin(), p.end(), 72) != p.end();
            }(),
            6000);
    }

    void aKeyboardOnAPortEntersNotesInStepInput() {
        // A keyboard (another JACK client) offers an output port; the preferences pick it as MIDI input.
        audio::MidiOutput keyboard(audio::MidiBackend::Jack, "fgg-test-keyboard");
        QVERIFY2(keyboard.openVirtual("out"), keyboard.status().c_str());
        Preferences p = loadPreferences();
        p.midiPort.clear();
        p.midiInput = QStringLiteral("fgg-test-keyboard:out");
        window_->applyPreferences(p);
        QVERIFY2(window_->midiKeyboard()->status().isEmpty(), qPrintable(window_->midiKeyboard()->status()));
        window_->actions()->midiInputNotes->trigger();
        window_->roll()->setPlayhead(0);
        const std::size_t before = window_->document()->score().track(kMelodyTrack)->notes.size();
        keyboard.send(audio::MidiEvent::noteOn(0, 70, 99));
        keyboard.send(audio::MidiEvent::noteOff(0, 70));
        QTRY_COMPARE_WITH_TIMEOUT(window_->document()->score().track(kMelodyTrack)->notes.size(), before + 1,
                                  5000);
        QVERIFY(window_->roll()->playhead() > 0);
    }

    void sendLiveOffersAPortADawConnectsTo() {
        // No output port chosen: Transport > Send Live to DAW makes fgg-studio-live:out, and a "DAW" (another
        // JACK client) that connects its input there hears the piece, with each track's program first.
        Preferences p = loadPreferences();
        p.midiPort.clear();
        window_->applyPreferences(p);
        window_->actions()->sendLive->trigger();
        QVERIFY2(window_->playback()->liveOutputOpen(), qPrintable(window_->playback()->liveStatus()));
        QVERIFY(loadPreferences().liveMidiPort); // remembered for the next start
        test::Receiver daw;
        QVERIFY2(daw.input().open(std::string(kLiveClient) + ":" + kLivePort), daw.input().status().c_str());
        window_->actions()->play->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(daw.ons().size() >= 5, 8000);
        QCOMPARE(pitchesOf(daw.ons()), (std::vector<int>{60, 62, 64, 67, 84}));
        window_->actions()->stop->trigger();
        window_->actions()->sendLive->trigger(); // off again: the port goes
        QVERIFY(!window_->playback()->liveOutputOpen());
        QVERIFY(!loadPreferences().liveMidiPort);
    }

    void stopSilencesAtOnce() {
        playAndWaitForNotes(1);
        window_->actions()->stop->trigger();
        QTest::qWait(200); // what the scheduler had sent before the stop has arrived
        const std::size_t heard = rx_->ons().size();
        QTest::qWait(1500); // bar 1 would have played two more notes by now
        QCOMPARE(rx_->ons().size(), heard);
        QVERIFY(!window_->findChild<Playback*>()->isPlaying());
    }
};

int main(int argc, char** argv) {
    return runStudioTest<PlaybackTest>(argc, argv);
}

#include "gui_playback_test.moc"
