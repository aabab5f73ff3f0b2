#pragma once
// The analysis of a study, as `fgg study report` gives it, in a window: per question a table of n, mean, sd
// and 95 % CI per condition, the pairwise Wilcoxon tests with Holm-corrected p-values, a bar chart with error
// bars (exportable as PNG or SVG); preference counts with binomial tests; the summary and the raw answers as
// CSV.
#include "model/study/StudyReport.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QTableWidget;

namespace fgg::studio::listening {

class BarChart;

class ResultsView : public QDialog {
    Q_OBJECT
public:
    /// Loads the study's answers; throws fgg::Error when a log cannot be read.
    ResultsView(const QString& studyDir, QWidget* parent = nullptr);

    const QString& studyDir() const { return studyDir_; }
    const fgg::study::StudyReport& report() const { return report_; }
    BarChart* chart() const { return chart_; }
    /// Re-reads the answers (participants may be running).
    void reload();

private:
    void showQuestion(int index);
    void exportChart();
    void exportCsv(bool raw);

    QString studyDir_;
    fgg::study::Study study_;
    std::vector<fgg::study::ParticipantLog> logs_;
    fgg::study::StudyReport report_;
    QLabel* summary_;
    QComboBox* question_;
    QTableWidget* descriptives_;
    QTableWidget* tests_;
    BarChart* chart_;
};

} // namespace fgg::studio::listening
