#pragma once
// The generation panel (a dock): what to generate and how, the Generate / Regenerate selection / Cancel
// buttons, and the progress of the running generation ("step 4/10"). It edits the model's GenerationSettings;
// the device is a preference of the machine (Preferences), so the panel only shows where generation runs.
#include "model/diffusion/GenerationSettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;

namespace fgg::ui {

class GenerationPanel : public QWidget {
    Q_OBJECT
public:
    explicit GenerationPanel(QWidget* parent = nullptr);

    GenerationSettings settings() const;
    void setSettings(const GenerationSettings& s);

    void setBusy(bool busy);
    bool isBusy() const { return busy_; }
    void setProgress(int step, int totalSteps, int pass, int totalPasses, const QString& track);
    /// The device generation runs on, as Generator::device() names it.
    void setDeviceText(const QString& text);
    /// Whether a region is marked (enables "Regenerate selection"); `description` says which.
    void setRegion(bool available, const QString& description);
    void setMessage(const QString& text, bool error = false);

    QPushButton* generateButton() const { return generate_; }
    QPushButton* regenerateButton() const { return regenerate_; }
    QPushButton* continueButton() const { return continue_; }
    QPushButton* cancelButton() const { return cancel_; }
    QProgressBar* progressBar() const { return progress_; }

Q_SIGNALS:
    void generateRequested();
    void regenerateRequested();
    void continueRequested();
    void cancelRequested();
    void settingsChanged();

private:
    void updateEnabled();
    QString chooseModel(const QString& current);

    QComboBox* task_;
    QComboBox* guidance_;
    QComboBox* style_;
    QLineEdit* customScale_;
    QCheckBox* useDensity_;
    QSlider* density_;
    QSpinBox* steps_;
    QDoubleSpinBox* cfg_;
    QDoubleSpinBox* accompanimentCfg_;
    QSpinBox* seed_;
    QToolButton* dice_;
    QSpinBox* candidates_;
    QSpinBox* humanise_;
    QComboBox* model_;
    QLineEdit* melodyModel_;
    QLineEdit* accompanimentModel_;
    QWidget* modelFiles_;
    QLabel* deviceInfo_;
    QComboBox* regenTrack_;
    QCheckBox* limitPitch_;
    QLabel* region_;
    QPushButton* generate_;
    QPushButton* regenerate_;
    QPushButton* continue_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* message_;
    bool busy_ = false;
    bool hasRegion_ = false;
};

} // namespace fgg::ui
