#pragma once
// The main window: assembles the roll (with its chord lane), the lead-sheet line, the generation panel, the
// candidate strip and the undo history, and wires the actions to them. The work itself lives in Document,
// FileController, GenerationFlow and Playback.
#include "app/studio/Preferences.h"
#include "app/studio/Recovery.h"

#include <QMainWindow>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QUndoView;

namespace fgg::ui {
class CandidateStrip;
class GenerationPanel;
class LeadSheetEdit;
class MidiDragButton;
class PianoRollView;
class SoundPanel;
} // namespace fgg::ui

namespace fgg::studio {

class Actions;
class Autosave;
class Document;
class FileController;
class GenerationFlow;
class MidiExchange;
class MidiKeyboard;
class Playback;
class StepInput;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    Document* document() const { return doc_; }
    ui::PianoRollView* roll() const { return roll_; }
    ui::LeadSheetEdit* leadSheet() const { return leadSheet_; }
    ui::GenerationPanel* generationPanel() const { return panel_; }
    ui::CandidateStrip* candidates() const { return strip_; }
    FileController* files() const { return files_; }
    GenerationFlow* generation() const { return flow_; }
    Actions* actions() const { return actions_; }
    Autosave* autosave() const { return autosave_; }
    MidiKeyboard* midiKeyboard() const { return keyboard_; }
    MidiExchange* midiExchange() const { return exchange_; }
    ui::MidiDragButton* dragMidiButton() const { return dragMidi_; }
    ui::SoundPanel* soundPanel() const { return sound_; }
    Playback* playback() const { return playback_; }

    /// Offers to recover what a crashed session autosaved (call once the window shows); true when something
    /// was recovered.
    bool offerRecovery();
    /// How offerRecovery asks; by default a question box. Tests answer here instead.
    void setRecoveryPrompt(RecoveryPrompt prompt) { recoveryPrompt_ = std::move(prompt); }
    void applyPreferences(const Preferences& p);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createDocks();
    void createToolBarWidgets();
    void connectActions(); // MainWindowActions.cpp, one function per menu:
    void connectFileActions();
    void connectEditActions();
    void connectToolAndViewActions();
    void connectPlaybackActions();
    void connectGenerateActions();
    void connectHelpAndToolBar();
    void connectDawAndSound(); // MainWindowDaw.cpp: drag and copy as MIDI, the live port, the parts' sounds
    void sendLive(bool on);
    void connectDocument();
    void syncFromDocument();
    void updateTitle();
    void updateStatus(Tick tick, int pitch);
    void togglePlay();
    /// Loop on: the marked bars, else the whole piece; off: straight through.
    void updateLoop();
    void showPreferences();
    bool askToRecover(const QDateTime& savedAt);
    void setTempo(double bpm);
    void setKey(const QString& text);
    void setBars(int bars);

    Document* doc_;
    Actions* actions_;
    ui::PianoRollView* roll_;
    ui::LeadSheetEdit* leadSheet_;
    ui::GenerationPanel* panel_ = nullptr;
    ui::CandidateStrip* strip_ = nullptr;
    QUndoView* undoView_ = nullptr;
    ui::SoundPanel* sound_ = nullptr;
    ui::MidiDragButton* dragMidi_ = nullptr;
    Playback* playback_;
    MidiKeyboard* keyboard_;
    StepInput* stepInput_ = nullptr;
    FileController* files_;
    GenerationFlow* flow_ = nullptr;
    Autosave* autosave_;
    MidiExchange* exchange_;
    Preferences prefs_;
    RecoveryPrompt recoveryPrompt_;

    QComboBox* snap_ = nullptr;
    QComboBox* drawTrack_ = nullptr;
    QDoubleSpinBox* tempo_ = nullptr;
    QComboBox* key_ = nullptr;
    QSpinBox* bars_ = nullptr;
    QLabel* position_ = nullptr;
    QLabel* pitch_ = nullptr;
    QLabel* chord_ = nullptr;
    QLabel* device_ = nullptr;
};

} // namespace fgg::studio
