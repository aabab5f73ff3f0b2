#pragma once
// Preferences: soundfont, MIDI output port, generation device, autosave interval, language.
#include "app/studio/Preferences.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace fgg::studio {

class PreferencesDialog : public QDialog {
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences& prefs, QWidget* parent = nullptr);
    Preferences preferences() const;

private:
    QLineEdit* soundFont_;
    QComboBox* audioDriver_;
    QComboBox* midiPort_;
    QComboBox* device_;
    QSpinBox* autosave_;
    QComboBox* language_;
};

} // namespace fgg::studio
