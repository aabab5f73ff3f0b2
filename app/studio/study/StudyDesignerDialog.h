#pragma once
// Designing a study: title and instructions, seed, samples per prompt, whether participants see the notes;
// the conditions (generation settings, or the human original), the prompts (lead sheets, or imported songs
// copied into the study folder) and the questions. Saving checks the design and writes study.json atomically.
#include "model/study/Study.h"

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;

namespace fgg::studio::listening {

class StudyDesignerDialog : public QDialog {
    Q_OBJECT
public:
    StudyDesignerDialog(const QString& studyDir, const fgg::study::Study& study, QWidget* parent = nullptr);

    /// The study as the dialog's fields describe it.
    fgg::study::Study study() const;
    /// Checks and saves; false (with a message) when the design has problems or cannot be written.
    bool save();

    void accept() override;

private:
    void load(const fgg::study::Study& study);
    void addCondition(const fgg::study::Condition& c);
    void addPrompt(const fgg::study::Prompt& p);
    void addQuestion(const fgg::study::Question& q);
    void importSongs();
    void addLeadSheet();
    void chooseModelFolder();
    /// A prompt's tempo applies to its lead sheet only: greyed out when it has a MIDI file.
    void enablePromptTempo(int row);

    QString dir_;
    QLineEdit* title_;
    QPlainTextEdit* instructions_;
    QLineEdit* seed_;
    QSpinBox* samples_;
    QCheckBox* showRoll_;
    QTableWidget* conditions_;
    QTableWidget* prompts_;
    QTableWidget* questions_;
};

} // namespace fgg::studio::listening
