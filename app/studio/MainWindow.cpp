#include "app/studio/MainWindow.h"

#include "app/studio/AboutDialog.h"
#include "app/studio/Actions.h"
#include "app/studio/Autosave.h"
#include "app/studio/ChordHelp.h"
#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MenuBuilder.h"
#include "app/studio/MidiExchange.h"
#include "app/studio/MidiKeyboard.h"
#include "app/studio/Playback.h"
#include "app/studio/PreferencesDialog.h"
#include "app/studio/StepInput.h"
#include "app/studio/commands/NoteCommands.h"
#include "model/diffusion/OptionLimits.h"
#include "widgets/chords/ChordLane.h"
#include "widgets/chords/LeadSheetEdit.h"
#include "widgets/exchange/MidiDrag.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"
#include "widgets/sound/SoundPanel.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTimer>
#include <QUndoView>
#include <QVBoxLayout>

// The icons live in a static library: make sure its resources are registered (outside any namespace).
static void initStudioResources() {
    Q_INIT_RESOURCE(resources);
}

namespace fgg::studio {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), doc_(new Document(this)), actions_(new Actions(this)),
      roll_(new ui::PianoRollView), leadSheet_(new ui::LeadSheetEdit), playback_(new Playback(this)),
      keyboard_(new MidiKeyboard(this)), files_(new FileController(doc_, this)),
      autosave_(new Autosave(doc_, this)), exchange_(new MidiExchange(this)) {
    initStudioResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/fgg-studio.svg")));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(leadSheet_);
    layout->addWidget(roll_, 1);
    setCentralWidget(central);
    roll_->setEditor(doc_);

    createDocks();
    flow_ = new GenerationFlow(doc_, panel_, roll_, strip_, playback_, this);
    stepInput_ = new StepInput(doc_, roll_, this);
    actions_->undo = doc_->undoStack()->createUndoAction(this, tr("&Undo"));
    actions_->undo->setShortcut(QKeySequence::Undo);
    actions_->undo->setIcon(QIcon(QStringLiteral(":/icons/undo.svg")));
    actions_->redo = doc_->undoStack()->createRedoAction(this, tr("&Redo"));
    actions_->redo->setShortcut(QKeySequence::Redo);
    actions_->redo->setIcon(QIcon(QStringLiteral(":/icons/redo.svg")));
    createToolBarWidgets();
    buildMenus(this, *actions_, findChildren<QDockWidget*>());
    buildToolBars(this, *actions_, ToolBarWidgets{snap_, drawTrack_, tempo_, key_, bars_, dragMidi_});
    files_->fillRecentMenu(actions_->recentMenu);

    position_ = new QLabel(this);
    pitch_ = new QLabel(this);
    chord_ = new QLabel(this);
    device_ = new QLabel(this);
    for (QLabel* l : {position_, pitch_, chord_}) {
        l->setMinimumWidth(110);
        statusBar()->addPermanentWidget(l);
    }
    statusBar()->addPermanentWidget(device_);

    connectActions();
    connectDocument();
    applyPreferences(loadPreferences());

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    doc_->reset(emptyScore());
    roll_->centrePitch(64);
    statusBar()->showMessage(tr("Type a chord progression above the roll, then press Generate (Ctrl+G)"),
                             10000);
}

MainWindow::~MainWindow() {
    autosave_->finish();
    // The document is a child, deleted by ~QWidget after this window is no longer a MainWindow; its undo
    // stack emits cleanChanged as it goes, which would call updateTitle() on the half-destroyed window
    // (UBSan: downcast of an object that is not a MainWindow). Its signals must not reach us any more.
    doc_->disconnect(this);
}

void MainWindow::createDocks() {
    panel_ = new ui::GenerationPanel;
    auto* scroll = new QScrollArea;
    scroll->setWidget(panel_);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* genDock = new QDockWidget(tr("Generation"), this);
    genDock->setObjectName(QStringLiteral("generationDock"));
    genDock->setWidget(scroll);
    addDockWidget(Qt::RightDockWidgetArea, genDock);

    undoView_ = new QUndoView(doc_->undoStack());
    undoView_->setEmptyLabel(tr("<opened>"));
    auto* undoDock = new QDockWidget(tr("History"), this);
    undoDock->setObjectName(QStringLiteral("historyDock"));
    undoDock->setWidget(undoView_);
    addDockWidget(Qt::RightDockWidgetArea, undoDock);
    tabifyDockWidget(genDock, undoDock);

    sound_ = new ui::SoundPanel;
    sound_->setVolumeRange(kVolumeMinDb, kVolumeMaxDb);
    auto* soundDock = new QDockWidget(tr("Sound"), this);
    soundDock->setObjectName(QStringLiteral("soundDock"));
    soundDock->setWidget(sound_);
    addDockWidget(Qt::RightDockWidgetArea, soundDock);
    tabifyDockWidget(undoDock, soundDock);
    genDock->raise();

    strip_ = new ui::CandidateStrip;
    auto* candDock = new QDockWidget(tr("Candidates"), this);
    candDock->setObjectName(QStringLiteral("candidatesDock"));
    candDock->setWidget(strip_);
    addDockWidget(Qt::BottomDockWidgetArea, candDock);
    resizeDocks({genDock}, {390}, Qt::Horizontal); // wide enough for "Melody and accompaniment" in full
    resizeDocks({candDock}, {150}, Qt::Vertical);
}

void MainWindow::createToolBarWidgets() {
    snap_ = new QComboBox(this);
    snap_->setToolTip(tr("Grid that notes snap to when drawn, moved or resized"));
    const std::pair<QString, ui::SnapMode> snaps[] = {{tr("Bar"), ui::SnapMode::Bar},
                                                      {tr("1/4"), ui::SnapMode::Quarter},
                                                      {tr("1/8"), ui::SnapMode::Eighth},
                                                      {tr("1/16"), ui::SnapMode::Sixteenth},
                                                      {tr("1/8 triplet"), ui::SnapMode::EighthTriplet},
                                                      {tr("1/16 triplet"), ui::SnapMode::SixteenthTriplet},
                                                      {tr("Off"), ui::SnapMode::Off}};
    for (const auto& [text, mode] : snaps)
        snap_->addItem(text, static_cast<int>(mode));
    snap_->setCurrentIndex(3);
    drawTrack_ = new QComboBox(this);
    drawTrack_->addItem(tr("Melody"), QString::fromLatin1(kMelodyTrack));
    drawTrack_->addItem(tr("Accompaniment"), QString::fromLatin1(kAccompanimentTrack));
    drawTrack_->setToolTip(tr("The track the draw tool adds notes to"));
    tempo_ = new QDoubleSpinBox(this);
    tempo_->setRange(limits::kTempo.min, limits::kTempo.max);
    tempo_->setDecimals(1);
    tempo_->setSuffix(tr(" bpm"));
    tempo_->setToolTip(tr("Tempo"));
    tempo_->setKeyboardTracking(false);
    key_ = new QComboBox(this);
    key_->setToolTip(tr("Key of the piece: chord suggestions and the Dorian/pentatonic styles use it"));
    for (const char* k : {"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"})
        key_->addItem(tr("%1 major").arg(QLatin1String(k)), QString::fromLatin1(k));
    for (const char* k : {"C", "C#", "D", "Eb", "E", "F", "F#", "G", "G#", "A", "Bb", "B"})
        key_->addItem(tr("%1 minor").arg(QLatin1String(k)), QString::fromLatin1(k) + QStringLiteral("m"));
    bars_ = new QSpinBox(this);
    bars_->setRange(static_cast<int>(limits::kBars.min), static_cast<int>(limits::kBars.max));
    bars_->setToolTip(tr("Length of the piece in bars"));
    bars_->setKeyboardTracking(false);
    dragMidi_ = new ui::MidiDragButton(this);
    dragMidi_->setText(tr("Drag MIDI"));
    dragMidi_->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    dragMidi_->setToolTip(
        tr("Drag from here into your DAW or a folder: the selected notes, or the whole piece "
           "when nothing is selected, as a MIDI file"));
    // Stable names, so tests (and style sheets) find them without knowing the tool bars.
    const std::pair<QWidget*, const char*> names[] = {{snap_, "snap"},   {drawTrack_, "drawTrack"},
                                                      {tempo_, "tempo"}, {key_, "key"},
                                                      {bars_, "bars"},   {dragMidi_, "dragMidi"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));
}

void MainWindow::connectDocument() {
    connect(doc_, &Document::changed, this, &MainWindow::syncFromDocument);
    connect(doc_, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(doc_, &Document::filePathChanged, this, [this] {
        updateTitle();
        panel_->setSettings(doc_->generationSettings());
        // A piece was opened (or started): show all of it once the layout has settled.
        QTimer::singleShot(0, roll_, [this] { roll_->zoomToFit(); });
    });
    connect(autosave_, &Autosave::failed, this,
            [this](const QString& m) { statusBar()->showMessage(m, 8000); });
}

void MainWindow::syncFromDocument() {
    const Score& s = doc_->score();
    roll_->refresh();
    leadSheet_->showProgression(s.chords, s.ticksPerBar(), s.bars());
    {
        const QSignalBlocker b1(tempo_), b2(key_), b3(bars_);
        tempo_->setValue(s.bpm());
        bars_->setValue(std::max(1, s.bars()));
        if (s.key) {
            const bool minor = s.key->scale.intervals.contains(3) && !s.key->scale.intervals.contains(4);
            const int pc = s.key->tonic.pitchClass();
            key_->setCurrentIndex(pc + (minor ? 12 : 0));
        }
    }
    sound_->showScore(s);
    playback_->setScore(s); // while playing, the edit is heard from the next scheduler step
    updateLoop();
    updateTitle();
}

void MainWindow::updateTitle() {
    setWindowTitle(QStringLiteral("%1[*] — fgg-studio").arg(doc_->displayName()));
    setWindowModified(doc_->isModified());
    if (!doc_->filePath().isEmpty()) setWindowFilePath(doc_->filePath());
}

void MainWindow::updateStatus(Tick tick, int pitch) {
    if (pitch < 0) {
        pitch_->clear();
        return;
    }
    const Score& s = doc_->score();
    const Tick bar = s.ticksPerBar();
    const Tick inBar = tick % bar;
    position_->setText(tr("Bar %1 · beat %2").arg(tick / bar + 1).arg(inBar / s.ticksPerBeat + 1));
    pitch_->setText(tr("Pitch %1%2 (%3)")
                        .arg(QLatin1String(ui::PianoRollGeometry::pitchClassName(pitch)))
                        .arg(ui::PianoRollGeometry::octaveOf(pitch))
                        .arg(pitch));
    const ChordSpan* c = s.chordAt(tick);
    chord_->setText(c && !c->chord.isNoChord()
                        ? tr("Chord %1").arg(QString::fromStdString(c->chord.toLeadSheet()))
                        : tr("No chord"));
}

void MainWindow::updateLoop() {
    if (!actions_->loop->isChecked()) {
        playback_->setLoop(0, 0);
        return;
    }
    const ScoreRegion& r = roll_->region();
    if (!r.isEmpty())
        playback_->setLoop(r.start, r.end);
    else
        playback_->setLoop(0, doc_->score().endTick());
}

void MainWindow::togglePlay() {
    if (playback_->isPlaying()) {
        playback_->stop();
        return;
    }
    if (!playback_->ensureEngine()) {
        statusBar()->showMessage(tr("Cannot play: %1").arg(playback_->status()), 8000);
        return;
    }
    playback_->setScore(doc_->score());
    playback_->playFrom(roll_->playhead());
}

void MainWindow::setTempo(double bpm) {
    Score s = doc_->score();
    if (s.tempos.empty()) s.tempos.push_back({});
    s.tempos.front().bpm = bpm;
    doc_->replaceScore(s, tr("Set tempo to %1 bpm").arg(bpm), MergeId::SetTempo);
}

void MainWindow::setKey(const QString& text) {
    Score s = doc_->score();
    s.key = Key::parse(text.toStdString());
    doc_->replaceScore(s, tr("Set key to %1").arg(QString::fromStdString(s.key->toString())));
}

void MainWindow::setBars(int bars) {
    Score s = doc_->score();
    s.length = static_cast<Tick>(bars) * s.ticksPerBar();
    doc_->replaceScore(s, tr("Set length to %n bar(s)", nullptr, bars), MergeId::SetLength);
}

void MainWindow::applyPreferences(const Preferences& p) {
    prefs_ = p;
    playback_->configure(p.soundFont, p.midiPort, p.audioDriver);
    playback_->setVolume(p.volumeDb);
    sound_->showVolume(p.volumeDb);
    {
        const QSignalBlocker block(actions_->sendLive);
        actions_->sendLive->setChecked(p.liveMidiPort);
    }
    playback_->setLiveOutput(p.liveMidiPort);
    if (p.liveMidiPort) statusBar()->showMessage(playback_->liveStatus(), 10000);
    if (!keyboard_->listenTo(p.midiInput)) statusBar()->showMessage(keyboard_->status(), 8000);
    files_->setSoundFont(p.soundFont);
    autosave_->setInterval(p.autosaveSeconds);
    flow_->setDevicePreference(p.device);
}

void MainWindow::showPreferences() {
    PreferencesDialog dialog(prefs_, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Preferences p = dialog.preferences();
    savePreferences(p);
    applyPreferences(p);
}

bool MainWindow::askToRecover(const QDateTime& savedAt) {
    const auto answer = QMessageBox::question(
        this, tr("Recover unsaved work?"),
        tr("fgg-studio did not close properly last time. Recover the work it autosaved on %1?")
            .arg(QLocale().toString(savedAt, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

bool MainWindow::offerRecovery() {
    const RecoveryPrompt ask =
        recoveryPrompt_ ? recoveryPrompt_
                        : [this](const QString&, const QDateTime& when) { return askToRecover(when); };
    const RecoveryResult r = recoverAutosaves(doc_, ask, tr("Recover autosaved work"));
    for (const QString& e : r.errors)
        QMessageBox::warning(this, tr("Cannot recover"), e);
    return !r.recovered.isEmpty();
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (!files_->maybeSave()) {
        event->ignore();
        return;
    }
    flow_->cancel();
    playback_->stop();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    autosave_->finish();
    event->accept();
}

} // namespace fgg::studio
