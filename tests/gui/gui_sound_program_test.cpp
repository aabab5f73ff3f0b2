// Sound (issue 17): the General MIDI program of the melody, the accompaniment and the chord pad chosen in the
// Sound panel is one undo step, saved in the project (older projects still load), written to exported MIDI as
// each track's program change, and what playback (FluidSynth and MIDI ports) is given.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/MainWindow.h"
#include "app/studio/Playback.h"
#include "app/studio/Preferences.h"
#include "app/studio/PreferencesDialog.h"
#include "app/studio/ProjectFile.h"
#include "audio/PlaybackSnapshot.h"
#include "model/midi/MidiFile.h"
#include "model/music/GeneralMidi.h"
#include "tests/gui/HandWrittenPiece.h"
#include "tests/gui/StudioTestMain.h"
#include "widgets/sound/SoundPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QSlider>
#include <QTemporaryDir>
#include <memory>

using namespace fgg;
using namespace fgg::studio;

namespace {
constexpr int kViolin = 40, kAcousticBass = 32, kChoirAahs = 52;

/// As a user picks an entry: the box's index moves and activated() fires.
void pick(QComboBox* box, int program) {
    const int index = box->findData(program);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
    Q_EMIT box->activated(index);
}

int programOnChannel(const audio::PlaybackSnapshot& snap, int channel) {
    for (const audio::ChannelSetup& c : snap.channels())
        if (c.channel == channel) return c.program;
    return -1;
}
} // namespace

class SoundProgramTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;
    std::unique_ptr<MainWindow> window_;

    Document* doc() { return window_->document(); }
    ui::SoundPanel* panel() { return window_->soundPanel(); }

    /// Violin melody, acoustic bass accompaniment, choir pad: chosen in the panel.
    void chooseSounds() {
        pick(panel()->programBox(kMelodyTrack), kViolin);
        pick(panel()->programBox(kAccompanimentTrack), kAcousticBass);
        panel()->chordPadCheck()->setChecked(true);
        pick(panel()->chordPadProgramBox(), kChoirAahs);
    }

private Q_SLOTS:
    void initTestCase() {
        qputenv("FGG_NO_AUDIO", "1");
        QVERIFY(dir_.isValid());
    }

    void init() {
        // One window for every case (building and closing one costs seconds while the models load).
        if (!window_) {
            window_ = std::make_unique<MainWindow>();
            window_->show();
        }
        doc()->reset(test::handWrittenPiece());
    }

    void cleanupTestCase() {
        doc()->undoStack()->setClean();
        window_.reset();
    }

    void programBoxesListTheGeneralMidiSetAndShowThePiece() {
        QComboBox* melody = panel()->programBox(kMelodyTrack);
        int programs = 0;
        for (int i = 0; i < melody->count(); ++i)
            programs += melody->itemData(i).isValid();
        QCOMPARE(programs, gm::kPrograms);
        QCOMPARE(melody->currentData().toInt(), doc()->score().track(kMelodyTrack)->program);
        QVERIFY(melody->currentText().contains(QStringLiteral("Flute")));
        QVERIFY(!panel()->chordPadCheck()->isChecked());
    }

    void programChosenInThePanelIsOneUndoStep() {
        const int before = doc()->undoStack()->count();
        pick(panel()->programBox(kMelodyTrack), kViolin);
        QCOMPARE(doc()->score().track(kMelodyTrack)->program, kViolin);
        QCOMPARE(doc()->undoStack()->count(), before + 1);
        QVERIFY(doc()->undoStack()->text(before).contains(QStringLiteral("Violin")));
        doc()->undoStack()->undo();
        QCOMPARE(doc()->score().track(kMelodyTrack)->program, gm::kFlute);
        QCOMPARE(panel()->programBox(kMelodyTrack)->currentData().toInt(), gm::kFlute); // the panel follows
        doc()->undoStack()->redo();
        QCOMPARE(panel()->programBox(kMelodyTrack)->currentData().toInt(), kViolin);
    }

    void chordPadProgramIsPartOfThePiece() {
        panel()->chordPadCheck()->setChecked(true);
        QVERIFY(doc()->score().chordPad.enabled);
        QCOMPARE(doc()->score().chordPad.program, gm::kWarmPad);
        pick(panel()->chordPadProgramBox(), kChoirAahs);
        QCOMPARE(doc()->score().chordPad.program, kChoirAahs);
        doc()->undoStack()->undo();
        doc()->undoStack()->undo();
        QVERIFY(!doc()->score().chordPad.enabled);
        QVERIFY(!panel()->chordPadCheck()->isChecked());
    }

    void programIsSavedInTheProject() {
        chooseSounds();
        const QString path = dir_.filePath(QStringLiteral("sounds.fggproj"));
        QVERIFY(window_->files()->saveTo(path));
        const Project back = loadProject(path);
        QCOMPARE(back.score.track(kMelodyTrack)->program, kViolin);
        QCOMPARE(back.score.track(kAccompanimentTrack)->program, kAcousticBass);
        QVERIFY(back.score.chordPad.enabled);
        QCOMPARE(back.score.chordPad.program, kChoirAahs);
        QCOMPARE(back.score, doc()->score());
        // Opened in a window, the panel shows them.
        doc()->reset(Score{});
        QVERIFY(window_->files()->openPath(path));
        QCOMPARE(panel()->programBox(kAccompanimentTrack)->currentData().toInt(), kAcousticBass);
        QCOMPARE(panel()->chordPadProgramBox()->currentData().toInt(), kChoirAahs);
    }

    void programOfAnOlderProjectWithoutAChordPadLoads() {
        // A project from before the chord pad was saved: no "chordPad", an out-of-range program.
        const QByteArray old =
            R"({"format": "fgg-studio project", "version": 1, "score": {"ticksPerBeat": 480,
            "tracks": [{"name": "Melody", "program": 73, "channel": 0, "notes": [[0, 480, 72, 90]]},
                       {"name": "Accompaniment", "program": 999, "channel": 1, "notes": []}]}})";
        const Project p = projectFromJson(old, QStringLiteral("old.fggproj"));
        QVERIFY(!p.score.chordPad.enabled);
        QCOMPARE(p.score.chordPad.program, gm::kWarmPad);
        QCOMPARE(p.score.track(kMelodyTrack)->program, gm::kFlute);
        QCOMPARE(p.score.track(kAccompanimentTrack)->program, 127); // clamped to General MIDI's range
    }

    void programIsWrittenToExportedMidi() {
        chooseSounds();
        const QString path = dir_.filePath(QStringLiteral("sounds.mid"));
        QVERIFY(window_->files()->exportMidiTo(doc()->score(), path));
        const Score back = readMidiFile(path.toStdString());
        QCOMPARE(back.track(kMelodyTrack)->program, kViolin);
        QCOMPARE(back.track(kAccompanimentTrack)->program, kAcousticBass);
        const Track* pad = back.track("Chords");
        QVERIFY(pad);
        QCOMPARE(pad->program, kChoirAahs);
        QVERIFY(!pad->notes.empty());
        QCOMPARE(back.track(kMelodyTrack)->notes, doc()->score().track(kMelodyTrack)->notes);
    }

    void programReachesPlayback() {
        chooseSounds();
        const Score& s = doc()->score();
        const auto snap = audio::PlaybackSnapshot::build(s, audio::playbackOptionsFor(s));
        QCOMPARE(programOnChannel(*snap, s.track(kMelodyTrack)->channel), kViolin);
        QCOMPARE(programOnChannel(*snap, s.track(kAccompanimentTrack)->channel), kAcousticBass);
        bool padHeard = false;
        for (const audio::ChannelSetup& c : snap->channels())
            padHeard |= c.program == kChoirAahs;
        QVERIFY(padHeard);
    }

    void volumeIsAPreferenceNotAnEditOfThePiece() {
        const int undoSteps = doc()->undoStack()->count();
        QSlider* slider = panel()->volumeSlider();
        QCOMPARE(slider->minimum(), kVolumeMinDb);
        QCOMPARE(slider->maximum(), kVolumeMaxDb);
        slider->setValue(-12); // as a user drags it
        QCOMPARE(window_->playback()->volumeDb(), -12);
        QCOMPARE(loadPreferences().volumeDb, -12);
        QCOMPARE(doc()->undoStack()->count(), undoSteps);
        QVERIFY(!doc()->isModified());
        // A second window (the next start) plays at the volume the user left.
        MainWindow next;
        QCOMPARE(next.playback()->volumeDb(), -12);
        QCOMPARE(next.soundPanel()->volumeSlider()->value(), -12);
        // The Preferences dialog has no volume field: accepting it keeps the volume.
        Preferences shown = loadPreferences();
        QCOMPARE(PreferencesDialog(shown).preferences().volumeDb, -12);
        slider->setValue(0);
        QCOMPARE(loadPreferences().volumeDb, 0);
    }
};

int main(int argc, char** argv) {
    return runStudioTest<SoundProgramTest>(argc, argv);
}

#include "gui_sound_program_test.moc"
