// MainWindow's menus and tool bars wired to the document, the roll, playback and generation, one function per
// menu (MainWindow.cpp builds the window; this file connects it).
#include "app/studio/AboutDialog.h"
#include "app/studio/Actions.h"
#include "app/studio/ChordHelp.h"
#include "app/studio/DeviceName.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MainWindow.h"
#include "app/studio/MidiKeyboard.h"
#include "app/studio/Playback.h"
#include "app/studio/StepInput.h"
#include "app/studio/commands/NoteCommands.h"
#include "widgets/chords/ChordLane.h"
#include "widgets/chords/LeadSheetEdit.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QIcon>
#include <QLabel>
#include <QMenu>
#include <QSpinBox>
#include <QStatusBar>

namespace fgg::studio {

void MainWindow::connectActions() {
    Actions& a = *actions_;
    addActions(
        {a.selectTool, a.drawTool, a.eraseTool, a.play, a.stop, a.toStart, a.quantise, a.followPlayhead});
    connectFileActions();
    connectEditActions();
    connectToolAndViewActions();
    connectPlaybackActions();
    connectGenerateActions();
    connectHelpAndToolBar();
    connectDawAndSound();
}

/// File menu: new, open, save, import and export, preferences, quit.
void MainWindow::connectFileActions() {
    Actions& a = *actions_;
    connect(a.newFile, &QAction::triggered, files_, &FileController::newFile);
    connect(a.open, &QAction::triggered, files_, &FileController::open);
    connect(a.save, &QAction::triggered, files_, &FileController::save);
    connect(a.saveAs, &QAction::triggered, files_, &FileController::saveAs);
    connect(a.importMidi, &QAction::triggered, files_, &FileController::importMidi);
    connect(a.exportMidi, &QAction::triggered, this,
            [this] { files_->exportMidi(doc_->score(), tr("the piece")); });
    connect(a.exportSelectionMidi, &QAction::triggered, this, [this] {
        if (!roll_->hasSelection()) {
            statusBar()->showMessage(tr("Select notes to export first"), 4000);
            return;
        }
        Score s = doc_->score();
        for (Track& t : s.tracks)
            t.notes.clear();
        insertNotes(s, toNotes(roll_->selection()));
        files_->exportMidi(s, tr("the selection"));
    });
    connect(a.exportMusicXml, &QAction::triggered, files_, &FileController::exportMusicXml);
    connect(a.exportWav, &QAction::triggered, files_, &FileController::exportWav);
    connect(a.preferences, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(a.quit, &QAction::triggered, this, &QWidget::close);
    connect(files_, &FileController::recentFilesChanged, this,
            [this] { files_->fillRecentMenu(actions_->recentMenu); });
    connect(files_, &FileController::message, this,
            [this](const QString& m) { statusBar()->showMessage(m, 6000); });
}

/// Edit menu: clipboard, delete, select, quantise, harmonise, detect chords, transpose.
void MainWindow::connectEditActions() {
    Actions& a = *actions_;
    connect(a.cut, &QAction::triggered, roll_, &ui::PianoRollView::cutSelection);
    connect(a.copy, &QAction::triggered, roll_, &ui::PianoRollView::copySelection);
    connect(a.paste, &QAction::triggered, roll_, &ui::PianoRollView::paste);
    connect(a.duplicate, &QAction::triggered, roll_, &ui::PianoRollView::duplicateSelection);
    connect(a.remove, &QAction::triggered, this, [this] {
        if (roll_->chordLane()->hasFocus())
            roll_->chordLane()->clearSelected();
        else
            roll_->deleteSelection();
    });
    connect(a.selectAll, &QAction::triggered, roll_, &ui::PianoRollView::selectAll);
    connect(a.quantise, &QAction::triggered, roll_, &ui::PianoRollView::quantiseSelection);
    connect(a.lockNotes, &QAction::triggered, roll_, [this] { roll_->setSelectionLocked(true); });
    connect(a.unlockNotes, &QAction::triggered, roll_, [this] { roll_->setSelectionLocked(false); });
    connect(a.harmonise, &QAction::triggered, this,
            [this] { statusBar()->showMessage(harmoniseMelody(*doc_), 8000); });
    connect(a.detectChords, &QAction::triggered, this, [this] {
        statusBar()->showMessage(detectChordsFromSelection(*doc_, roll_->selection(), roll_->region()), 8000);
    });
    connect(a.transposeUp, &QAction::triggered, this, [this] { roll_->nudgeSelection(1, 0); });
    connect(a.transposeDown, &QAction::triggered, this, [this] { roll_->nudgeSelection(-1, 0); });
    connect(a.octaveUp, &QAction::triggered, this, [this] { roll_->nudgeSelection(12, 0); });
    connect(a.octaveDown, &QAction::triggered, this, [this] { roll_->nudgeSelection(-12, 0); });
    auto updateEditActions = [this] {
        const bool sel = roll_->hasSelection();
        for (QAction* x : {actions_->cut, actions_->copy, actions_->duplicate, actions_->exportSelectionMidi})
            x->setEnabled(sel);
        actions_->detectChords->setEnabled(sel || !roll_->region().isEmpty());
    };
    connect(roll_, &ui::PianoRollView::selectionChanged, this, updateEditActions);
    connect(roll_, &ui::PianoRollView::regionChanged, this, updateEditActions);
    updateEditActions();
}

/// Tools and View: the roll's tools, snap, draw track, zoom, track visibility and protection.
void MainWindow::connectToolAndViewActions() {
    Actions& a = *actions_;
    connect(a.selectTool, &QAction::triggered, this,
            [this] { roll_->setTool(ui::PianoRollView::Tool::Select); });
    connect(a.drawTool, &QAction::triggered, this, [this] { roll_->setTool(ui::PianoRollView::Tool::Draw); });
    connect(a.eraseTool, &QAction::triggered, this,
            [this] { roll_->setTool(ui::PianoRollView::Tool::Erase); });
    connect(roll_, &ui::PianoRollView::toolChanged, this, [this](ui::PianoRollView::Tool t) {
        QAction* tools[] = {actions_->selectTool, actions_->drawTool, actions_->eraseTool};
        tools[static_cast<int>(t)]->setChecked(true);
    });
    connect(snap_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { roll_->setSnapMode(static_cast<ui::SnapMode>(snap_->currentData().toInt())); });
    connect(drawTrack_, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this] { roll_->setActiveTrack(drawTrack_->currentData().toString().toStdString()); });

    connect(a.zoomIn, &QAction::triggered, this, [this] { roll_->zoomHorizontally(1.25); });
    connect(a.zoomOut, &QAction::triggered, this, [this] { roll_->zoomHorizontally(0.8); });
    connect(a.zoomInVertical, &QAction::triggered, this, [this] { roll_->zoomVertically(1.2); });
    connect(a.zoomOutVertical, &QAction::triggered, this, [this] { roll_->zoomVertically(1 / 1.2); });
    connect(a.followPlayhead, &QAction::toggled, roll_, &ui::PianoRollView::setFollowPlayhead);
    connect(a.showMelody, &QAction::toggled, this,
            [this](bool on) { roll_->setTrackVisible(kMelodyTrack, on); });
    connect(a.showAccompaniment, &QAction::toggled, this,
            [this](bool on) { roll_->setTrackVisible(kAccompanimentTrack, on); });
    connect(a.lockMelody, &QAction::toggled, this,
            [this](bool on) { roll_->setTrackLocked(kMelodyTrack, on); });
    connect(a.lockAccompaniment, &QAction::toggled, this,
            [this](bool on) { roll_->setTrackLocked(kAccompanimentTrack, on); });
}

/// Transport: play, stop, loop, metronome, MIDI step input; the roll and the chord lane heard and followed.
void MainWindow::connectPlaybackActions() {
    Actions& a = *actions_;
    connect(a.play, &QAction::triggered, this, &MainWindow::togglePlay);
    connect(a.stop, &QAction::triggered, this, [this] { playback_->stop(); });
    connect(a.toStart, &QAction::triggered, this, [this] {
        roll_->setPlayhead(0);
        playback_->seek(0);
        roll_->ensureTickVisible(0);
    });
    connect(a.metronome, &QAction::toggled, playback_, &Playback::setMetronome);
    connect(a.loop, &QAction::toggled, this, &MainWindow::updateLoop);
    connect(a.midiInputGroup, &QActionGroup::triggered, this, [this](QAction* chosen) {
        const Actions& acts = *actions_;
        const StepInputMode mode = chosen == acts.midiInputNotes    ? StepInputMode::Notes
                                   : chosen == acts.midiInputChords ? StepInputMode::Chords
                                                                    : StepInputMode::Off;
        stepInput_->setMode(mode);
        if (mode == StepInputMode::Off) return;
        if (prefs_.midiInput.isEmpty())
            statusBar()->showMessage(tr("No MIDI input chosen: pick your keyboard in Preferences"), 8000);
        else if (!keyboard_->status().isEmpty())
            statusBar()->showMessage(keyboard_->status(), 8000);
    });
    connect(keyboard_, &MidiKeyboard::notePressed, stepInput_, &StepInput::notePressed);
    connect(keyboard_, &MidiKeyboard::noteReleased, stepInput_, &StepInput::noteReleased);
    connect(keyboard_, &MidiKeyboard::chordPlayed, stepInput_, &StepInput::chordPlayed);
    connect(stepInput_, &StepInput::message, this,
            [this](const QString& m) { statusBar()->showMessage(m, 5000); });
    connect(roll_, &ui::PianoRollView::regionChanged, this, &MainWindow::updateLoop);
    connect(playback_, &Playback::playheadMoved, roll_, &ui::PianoRollView::setPlayhead);
    connect(playback_, &Playback::playingChanged, this, [this](bool playing) {
        actions_->play->setIcon(
            QIcon(playing ? QStringLiteral(":/icons/pause.svg") : QStringLiteral(":/icons/play.svg")));
    });
    connect(playback_, &Playback::statusChanged, this, [this](const QString& s) {
        if (!s.isEmpty()) statusBar()->showMessage(s, 8000);
    });
    connect(roll_, &ui::PianoRollView::seekRequested, this, [this](Tick t) {
        roll_->setPlayhead(t);
        playback_->seek(t);
    });
    connect(roll_, &ui::PianoRollView::auditionRequested, this, [this](int pitch, int velocity) {
        const Track* t = doc_->score().track(roll_->activeTrack());
        playback_->previewNote(pitch, velocity, t ? t->program : 0);
    });
    connect(roll_->chordLane(), &ui::ChordLane::chordAuditionRequested, playback_, &Playback::previewChord);
    roll_->chordLane()->setSuggestionProvider(
        [this](int index) { return ChordHelp::instance().suggestionsFor(doc_->score(), index, 6); });
    connect(roll_->chordLane(), &ui::ChordLane::errorMessage, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
    connect(roll_, &ui::PianoRollView::hoverChanged, this, &MainWindow::updateStatus);
    connect(roll_, &ui::PianoRollView::regionChanged, this, [this](const ScoreRegion& r) {
        const Tick bar = doc_->score().ticksPerBar();
        panel_->setRegion(!r.isEmpty(),
                          tr("Marked: bars %1–%2").arg(r.start / bar + 1).arg((r.end - 1) / bar + 1));
        actions_->regenerate->setEnabled(!r.isEmpty());
    });
    actions_->regenerate->setEnabled(false);
}

/// Generate menu and the generation flow's state in the window.
void MainWindow::connectGenerateActions() {
    Actions& a = *actions_;
    connect(a.generate, &QAction::triggered, flow_, &GenerationFlow::generate);
    connect(a.regenerate, &QAction::triggered, flow_, &GenerationFlow::regenerate);
    connect(a.continueMelody, &QAction::triggered, flow_, &GenerationFlow::continueMelody);
    connect(a.cancelGeneration, &QAction::triggered, flow_, &GenerationFlow::cancel);
    connect(flow_, &GenerationFlow::message, this,
            [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(flow_->controller(), &GenerationController::busyChanged, this, [this](bool busy) {
        actions_->generate->setEnabled(!busy);
        actions_->cancelGeneration->setEnabled(busy);
    });
    actions_->cancelGeneration->setEnabled(false);
    connect(flow_->controller(), &GenerationController::deviceProbed, this, [this](const QString& d) {
        device_->setText(tr("Device: %1").arg(shortDeviceName(d)));
        device_->setToolTip(d);
    });
}

/// Help menu and the tool bar's progression, tempo, key and bars.
void MainWindow::connectHelpAndToolBar() {
    Actions& a = *actions_;
    connect(a.about, &QAction::triggered, this, [this] { AboutDialog(this).exec(); });
    connect(a.aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);

    connect(leadSheet_, &ui::LeadSheetEdit::leadSheetEntered, this, [this](const LeadSheet& sheet) {
        const Tick bar = doc_->score().ticksPerBar();
        doc_->setChords(sheet.toChordSpans(bar), tr("Set progression"),
                        static_cast<Tick>(sheet.bars.size()) * bar);
        roll_->setFocus();
    });
    connect(tempo_, qOverload<double>(&QDoubleSpinBox::valueChanged), this, &MainWindow::setTempo);
    connect(key_, qOverload<int>(&QComboBox::activated), this,
            [this] { setKey(key_->currentData().toString()); });
    connect(bars_, qOverload<int>(&QSpinBox::valueChanged), this, &MainWindow::setBars);
}

} // namespace fgg::studio
