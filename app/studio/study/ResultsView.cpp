#include "app/studio/study/ResultsView.h"

#include "app/studio/study/BarChart.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <map>

namespace fgg::studio::listening {

namespace st = fgg::study;

namespace {

QTableWidgetItem* cell(const QString& text, bool number = true) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString num(double v, int decimals = 2) {
    return QString::number(v, 'f', decimals);
}

QString pText(double p) {
    return p < 0.001 ? QStringLiteral("< 0.001") : QString::number(p, 'f', 4);
}

void fill(QTableWidget* t, const QStringList& headers, const std::vector<QStringList>& rows) {
    t->clear();
    t->setColumnCount(static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setRowCount(static_cast<int>(rows.size()));
    for (int r = 0; r < static_cast<int>(rows.size()); ++r)
        for (int c = 0; c < rows[static_cast<std::size_t>(r)].size(); ++c)
            t->setItem(r, c, cell(rows[static_cast<std::size_t>(r)][c], c > 0));
    t->resizeColumnsToContents();
}

} // namespace

ResultsView::ResultsView(const QString& studyDir, QWidget* parent)
    : QDialog(parent), studyDir_(studyDir), summary_(new QLabel(this)), question_(new QComboBox(this)),
      descriptives_(new QTableWidget(this)), tests_(new QTableWidget(this)), chart_(new BarChart(this)) {
    setWindowTitle(tr("Listening test results"));
    resize(900, 720);
    question_->setObjectName("questionCombo");
    descriptives_->setObjectName("descriptivesTable");
    tests_->setObjectName("testsTable");
    for (QTableWidget* t : {descriptives_, tests_}) {
        t->verticalHeader()->hide();
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
    }

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Question:")));
    top->addWidget(question_, 1);
    auto* reloadButton = new QPushButton(tr("Reload answers"));
    top->addWidget(reloadButton);

    auto* tables = new QWidget;
    auto* tablesLayout = new QVBoxLayout(tables);
    tablesLayout->setContentsMargins(0, 0, 0, 0);
    tablesLayout->addWidget(descriptives_);
    tablesLayout->addWidget(tests_);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(tables);
    split->addWidget(chart_);

    auto* buttons = new QHBoxLayout;
    auto* png = new QPushButton(tr("Export chart…"));
    auto* csv = new QPushButton(tr("Export summary CSV…"));
    auto* raw = new QPushButton(tr("Export raw answers CSV…"));
    auto* close = new QPushButton(tr("Close"));
    png->setObjectName("exportChartButton");
    csv->setObjectName("exportSummaryButton");
    raw->setObjectName("exportRawButton");
    buttons->addWidget(png);
    buttons->addWidget(csv);
    buttons->addWidget(raw);
    buttons->addStretch();
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary_);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    connect(question_, &QComboBox::currentIndexChanged, this, &ResultsView::showQuestion);
    connect(reloadButton, &QPushButton::clicked, this, &ResultsView::reload);
    connect(png, &QPushButton::clicked, this, &ResultsView::exportChart);
    connect(csv, &QPushButton::clicked, this, [this] { exportCsv(false); });
    connect(raw, &QPushButton::clicked, this, [this] { exportCsv(true); });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    reload();
}

void ResultsView::reload() {
    const std::string dir = studyDir_.toStdString();
    study_ = st::loadStudy(dir);
    logs_ = st::loadAllParticipants(dir);
    report_ = st::makeReport(study_, logs_);
    summary_->setText(tr("<b>%1</b> — %n participant(s), %2 trials completed, %3 answers", nullptr,
                         static_cast<int>(report_.participants.size()))
                          .arg(QString::fromStdString(report_.title).toHtmlEscaped())
                          .arg(report_.trialsCompleted)
                          .arg(report_.answers));
    const int keep = question_->currentIndex();
    QSignalBlocker block(question_);
    question_->clear();
    for (const st::LikertSummary& q : report_.likert)
        question_->addItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(q.questionId),
                                                         QString::fromStdString(q.text)));
    for (const st::PreferenceSummary& q : report_.preferences)
        question_->addItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(q.questionId),
                                                         QString::fromStdString(q.text)));
    question_->setCurrentIndex(keep >= 0 && keep < question_->count() ? keep : 0);
    showQuestion(question_->currentIndex());
}

void ResultsView::showQuestion(int index) {
    if (index < 0) return;
    const auto likertCount = static_cast<int>(report_.likert.size());
    std::vector<ChartBar> bars;
    if (index < likertCount) {
        const st::LikertSummary& q = report_.likert[static_cast<std::size_t>(index)];
        std::vector<QStringList> rows;
        std::map<std::string, QString> labels;
        for (const st::ConditionSummary& c : q.conditions) {
            const QString label = QString::fromStdString(c.label);
            labels[c.conditionId] = label;
            rows.push_back({label, QString::number(c.stats.n), num(c.stats.mean), num(c.stats.sd),
                            QStringLiteral("[%1, %2]").arg(num(c.stats.ciLow), num(c.stats.ciHigh))});
            bars.push_back(
                {label, c.stats.mean, c.stats.ciLow, c.stats.ciHigh, static_cast<int>(c.stats.n), {}});
        }
        fill(descriptives_, {tr("Condition"), tr("n"), tr("Mean"), tr("SD"), tr("95% CI")}, rows);
        rows.clear();
        for (const st::PairwiseTest& t : q.pairs)
            rows.push_back({labels[t.conditionA] + tr(" vs ") + labels[t.conditionB],
                            QString::number(t.test.n + t.test.zeros), num(t.meanDifference),
                            num(t.test.wPlus, 1), pText(t.test.p), pText(t.pHolm),
                            t.test.method == st::WilcoxonMethod::Exact ? tr("exact") : tr("normal approx.")});
        fill(tests_,
             {tr("Wilcoxon signed-rank"), tr("Pairs"), tr("Mean diff."), tr("V"), tr("p"), tr("p (Holm)"),
              tr("Method")},
             rows);
        tests_->show();
        chart_->setData(QString::fromStdString(q.text), tr("Rating (%1–%2)").arg(q.scaleMin).arg(q.scaleMax),
                        std::move(bars), q.scaleMin, q.scaleMax);
        return;
    }
    const st::PreferenceSummary& q = report_.preferences[static_cast<std::size_t>(index - likertCount)];
    std::vector<QStringList> rows;
    for (const st::PreferenceCount& c : q.conditions) {
        const QString label = QString::fromStdString(c.label);
        rows.push_back(
            {label, QString::number(c.count), num(100.0 * c.share, 1) + "%", pText(c.p), pText(c.pHolm)});
        // A share of all choices: no error bars; the caption says how many of how many.
        bars.push_back({label, 100.0 * c.share, 100.0 * c.share, 100.0 * c.share, q.total,
                        tr("%1 of %2").arg(c.count).arg(q.total)});
    }
    fill(descriptives_,
         {tr("Condition"), tr("Chosen"), tr("Share"),
          tr("Binomial p (chance %1%)").arg(num(100.0 * q.chance, 1)), tr("p (Holm)")},
         rows);
    tests_->hide();
    ChartStyle style;
    style.errorBars = false;
    style.reference = 100.0 * q.chance;
    style.referenceLabel = tr("chance (%1%)").arg(num(100.0 * q.chance, 1));
    style.decimals = 1;
    style.valueSuffix = "%";
    chart_->setData(QString::fromStdString(q.text), tr("Chosen (% of %1)").arg(q.total), std::move(bars), 0,
                    100, std::move(style));
}

void ResultsView::exportChart() {
    QString selected;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export chart"), QDir(studyDir_).filePath("chart.png"),
                                     tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
    if (path.isEmpty()) return;
    // The name's extension picks the format; without one, the chosen filter does (and adds the extension).
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool svg = suffix == "svg" || (suffix != "png" && selected.contains("svg"));
    const QString file = suffix == "svg" || suffix == "png" ? path : path + (svg ? ".svg" : ".png");
    QString error;
    if (!(svg ? chart_->exportSvg(file, &error) : chart_->exportPng(file, &error)))
        QMessageBox::warning(this, tr("Export chart"), error);
}

void ResultsView::exportCsv(bool raw) {
    const QString path = QFileDialog::getSaveFileName(
        this, raw ? tr("Export raw answers") : tr("Export summary"),
        QDir(studyDir_).filePath(raw ? "answers.csv" : "summary.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    const std::string text = raw ? st::rawAnswersCsv(study_, logs_) : st::reportCsv(report_);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.data(), static_cast<qint64>(text.size())) < 0 ||
        !file.commit())
        QMessageBox::warning(this, tr("Export CSV"), tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace fgg::studio::listening
