#pragma once
// Preferences: soundfont, audio driver, MIDI output and input ports, the live port for a DAW (re-listed while
// the dialog is open, as devices come and go), generation device, autosave interval, language.
#include "app/studio/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace fgg::studio {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& prefs, QWidget* parent = nullptr);
    Preferences preferences() const;

private:
    /// Re-reads the MIDI ports into both lists, keeping the choices.
    void listMidiPorts();

    QLineEdit* soundFont_;
    QComboBox* audioDriver_;
    QComboBox* midiPort_;
    QComboBox* midiInput_;
    QCheckBox* livePort_;
    QLabel* midiStatus_;
    QComboBox* device_;
    QSpinBox* autosave_;
    QComboBox* language_;
    Preferences shown_; ///< what the dialog opened with: the settings it has no field for stay as they were
};

} // namespace fgg::studio
