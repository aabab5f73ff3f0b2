#pragma once
// A line to type the whole progression as a lead sheet, `| C G | Am7 | F | G7 |`. Enter applies it; a symbol
// that does not parse is selected in the line and the parser's message is shown beside it (nothing is
// dropped).
#include "model/music/LeadSheet.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fgg::ui {

class LeadSheetEdit : public QWidget {
    Q_OBJECT
public:
    explicit LeadSheetEdit(QWidget* parent = nullptr);

    /// Shows the score's progression (unless the user is typing).
    void showProgression(const std::vector<ChordSpan>& chords, Tick ticksPerBar, int bars);
    QLineEdit* line() const { return line_; }
    /// Parses the line: emits leadSheetEntered, or shows the error and returns false.
    bool apply();
    QString errorText() const;

Q_SIGNALS:
    void leadSheetEntered(const fgg::LeadSheet& sheet);

private:
    void showError(const QString& message, int position);
    void clearError();

    QLineEdit* line_;
    QPushButton* applyButton_;
    QLabel* error_;
};

} // namespace fgg::ui
