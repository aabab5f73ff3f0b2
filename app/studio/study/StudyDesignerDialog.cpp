#include "app/studio/study/StudyDesignerDialog.h"

#include "model/study/Answers.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fgg::studio::listening {

namespace st = fgg::study;

namespace {

enum ConditionColumn { CId, CLabel, CKind, CTask, CGuidance, CCfg, CSteps, CModel, CCount };
enum PromptColumn { PId, PName, PLeadSheet, PMidi, PTempo, PBars, PCount };
enum QuestionColumn { QId, QText, QKind, QMin, QMax, QLow, QHigh, QCount };

QTableWidget* makeTable(const QStringList& headers) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

void setText(QTableWidget* t, int row, int column, const std::string& text) {
    t->setItem(row, column, new QTableWidgetItem(QString::fromStdString(text)));
}

std::string text(const QTableWidget* t, int row, int column) {
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed().toStdString() : std::string();
}

QComboBox* combo(const QStringList& items, const QString& current) {
    auto* c = new QComboBox;
    c->addItems(items);
    c->setCurrentText(current);
    return c;
}

std::string comboText(const QTableWidget* t, int row, int column) {
    return static_cast<QComboBox*>(t->cellWidget(row, column))->currentText().toStdString();
}

QSpinBox* spin(int lo, int hi, int value) {
    auto* s = new QSpinBox;
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

int spinValue(const QTableWidget* t, int row, int column) {
    return static_cast<QSpinBox*>(t->cellWidget(row, column))->value();
}

QDoubleSpinBox* doubleSpin(double lo, double hi, double value, int decimals) {
    auto* s = new QDoubleSpinBox;
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setValue(value);
    return s;
}

double doubleValue(const QTableWidget* t, int row, int column) {
    return static_cast<QDoubleSpinBox*>(t->cellWidget(row, column))->value();
}

QWidget* withButtons(QTableWidget* table, const std::vector<QPushButton*>& buttons) {
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(table, 1);
    auto* row = new QHBoxLayout;
    for (QPushButton* b : buttons)
        row->addWidget(b);
    row->addStretch();
    layout->addLayout(row);
    return page;
}

QPushButton* removeRowButton(QTableWidget* table) {
    auto* b = new QPushButton(QObject::tr("Remove"));
    QObject::connect(b, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0) table->removeRow(row);
    });
    return b;
}

} // namespace

StudyDesignerDialog::StudyDesignerDialog(const QString& studyDir, const st::Study& study, QWidget* parent)
    : QDialog(parent), dir_(studyDir), title_(new QLineEdit), instructions_(new QPlainTextEdit),
      seed_(new QLineEdit), samples_(spin(1, 100, 1)),
      showRoll_(new QCheckBox(tr("Show the notes (piano roll) to participants"))),
      conditions_(makeTable({tr("Id"), tr("Label"), tr("Kind"), tr("Task"), tr("Guidance"), tr("CFG"),
                             tr("Steps"), tr("Model folder (empty: shipped)")})),
      prompts_(makeTable(
          {tr("Id"), tr("Name"), tr("Lead sheet"), tr("MIDI file"), tr("Tempo"), tr("Bars (0 = all)")})),
      questions_(makeTable(
          {tr("Id"), tr("Question"), tr("Kind"), tr("Min"), tr("Max"), tr("Low label"), tr("High label")})) {
    setWindowTitle(tr("Design the study"));
    resize(900, 560);
    seed_->setValidator(nullptr);

    auto* general = new QWidget;
    auto* form = new QFormLayout(general);
    form->addRow(tr("Title"), title_);
    form->addRow(tr("Instructions"), instructions_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Samples per prompt and condition"), samples_);
    form->addRow(QString(), showRoll_);

    auto* addCondition = new QPushButton(tr("Add generated"));
    auto* addOriginal = new QPushButton(tr("Add human original"));
    connect(addCondition, &QPushButton::clicked, this, [this] {
        st::Condition c;
        c.id = "cond" + std::to_string(conditions_->rowCount() + 1);
        c.label = c.id;
        this->addCondition(c);
    });
    connect(addOriginal, &QPushButton::clicked, this, [this] {
        st::Condition c;
        c.id = "human";
        c.label = "Human original";
        c.kind = st::ConditionKind::Original;
        this->addCondition(c);
    });
    auto* addSheet = new QPushButton(tr("Add lead sheet…"));
    auto* importMidi = new QPushButton(tr("Import songs (MIDI)…"));
    connect(addSheet, &QPushButton::clicked, this, &StudyDesignerDialog::addLeadSheet);
    connect(importMidi, &QPushButton::clicked, this, &StudyDesignerDialog::importSongs);
    auto* addQuestion = new QPushButton(tr("Add question"));
    auto* defaults = new QPushButton(tr("Default questions"));
    connect(addQuestion, &QPushButton::clicked, this, [this] {
        st::Question q;
        q.id = "q" + std::to_string(questions_->rowCount() + 1);
        q.text = "?";
        this->addQuestion(q);
    });
    connect(defaults, &QPushButton::clicked, this, [this] {
        questions_->setRowCount(0);
        for (const st::Question& q : st::defaultQuestions())
            this->addQuestion(q);
    });

    auto* tabs = new QTabWidget;
    tabs->addTab(general, tr("General"));
    tabs->addTab(withButtons(conditions_, {addCondition, addOriginal, removeRowButton(conditions_)}),
                 tr("Conditions"));
    tabs->addTab(withButtons(prompts_, {addSheet, importMidi, removeRowButton(prompts_)}), tr("Prompts"));
    tabs->addTab(withButtons(questions_, {addQuestion, defaults, removeRowButton(questions_)}),
                 tr("Questions"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(tabs, 1);
    layout->addWidget(
        new QLabel(tr("Participants never see condition ids or labels: they hear pieces A, B, C…")));
    layout->addWidget(buttons);
    load(study);
}

void StudyDesignerDialog::load(const st::Study& s) {
    title_->setText(QString::fromStdString(s.title));
    instructions_->setPlainText(QString::fromStdString(s.instructions));
    seed_->setText(QString::number(s.seed));
    samples_->setValue(s.samplesPerPrompt);
    showRoll_->setChecked(s.showPianoRoll);
    conditions_->setRowCount(0);
    prompts_->setRowCount(0);
    questions_->setRowCount(0);
    for (const st::Condition& c : s.conditions)
        addCondition(c);
    for (const st::Prompt& p : s.prompts)
        addPrompt(p);
    for (const st::Question& q : s.questions)
        addQuestion(q);
}

void StudyDesignerDialog::addCondition(const st::Condition& c) {
    const int r = conditions_->rowCount();
    conditions_->insertRow(r);
    setText(conditions_, r, CId, c.id);
    setText(conditions_, r, CLabel, c.label);
    conditions_->setCellWidget(r, CKind, combo({"generated", "original"}, st::toString(c.kind)));
    conditions_->setCellWidget(r, CTask, combo({"both", "melody", "accompaniment"}, toString(c.task)));
    conditions_->setCellWidget(r, CGuidance,
                               combo({"fgg", "none", "last-step", "round", "inpaint"}, toString(c.guidance)));
    conditions_->setCellWidget(r, CCfg, doubleSpin(0, 50, c.cfgScale, 2));
    conditions_->setCellWidget(r, CSteps, spin(1, 1000, c.steps));
    setText(conditions_, r, CModel, c.modelDir);
}

void StudyDesignerDialog::addPrompt(const st::Prompt& p) {
    const int r = prompts_->rowCount();
    prompts_->insertRow(r);
    setText(prompts_, r, PId, p.id);
    setText(prompts_, r, PName, p.name);
    setText(prompts_, r, PLeadSheet, p.leadSheet);
    setText(prompts_, r, PMidi, p.midiFile);
    prompts_->setCellWidget(r, PTempo, doubleSpin(20, 400, p.tempo, 1));
    prompts_->setCellWidget(r, PBars, spin(0, 512, p.bars));
}

void StudyDesignerDialog::addQuestion(const st::Question& q) {
    const int r = questions_->rowCount();
    questions_->insertRow(r);
    setText(questions_, r, QId, q.id);
    setText(questions_, r, QText, q.text);
    questions_->setCellWidget(r, QKind, combo({"likert", "preference"}, st::toString(q.kind)));
    questions_->setCellWidget(r, QMin, spin(-10, 100, q.scaleMin));
    questions_->setCellWidget(r, QMax, spin(-10, 100, q.scaleMax));
    setText(questions_, r, QLow, q.lowLabel);
    setText(questions_, r, QHigh, q.highLabel);
}

void StudyDesignerDialog::addLeadSheet() {
    bool ok = false;
    const QString sheet = QInputDialog::getText(this, tr("Add lead sheet"), tr("Chords, bar by bar:"),
                                                QLineEdit::Normal, "| C G | Am F | C G | F C |", &ok);
    if (!ok || sheet.trimmed().isEmpty()) return;
    st::Prompt p;
    p.id = "ls" + std::to_string(prompts_->rowCount() + 1);
    p.name = p.id;
    p.leadSheet = sheet.trimmed().toStdString();
    addPrompt(p);
}

void StudyDesignerDialog::importSongs() {
    const QStringList files =
        QFileDialog::getOpenFileNames(this, tr("Import songs"), QString(), tr("MIDI files (*.mid *.midi)"));
    if (files.isEmpty()) return;
    // Copies go into the study folder, so the study stays portable.
    QDir dir(dir_);
    dir.mkpath("prompts");
    for (const QString& file : files) {
        const QFileInfo info(file);
        const QString relative = "prompts/" + info.fileName();
        if (QFileInfo(dir.filePath(relative)) != info) {
            QFile::remove(dir.filePath(relative));
            if (!QFile::copy(file, dir.filePath(relative))) {
                QMessageBox::warning(this, tr("Import songs"),
                                     tr("Cannot copy %1 into %2.").arg(file, dir.filePath("prompts")));
                continue;
            }
        }
        st::Prompt p;
        QString id = info.completeBaseName();
        id.replace(QRegularExpression("[^A-Za-z0-9_-]"), "_");
        p.id = id.left(40).toStdString();
        p.name = info.completeBaseName().toStdString();
        p.midiFile = relative.toStdString();
        p.bars = 8;
        addPrompt(p);
    }
}

st::Study StudyDesignerDialog::study() const {
    st::Study s;
    s.title = title_->text().trimmed().toStdString();
    s.instructions = instructions_->toPlainText().toStdString();
    s.seed = seed_->text().trimmed().toULongLong();
    s.samplesPerPrompt = samples_->value();
    s.showPianoRoll = showRoll_->isChecked();
    for (int r = 0; r < conditions_->rowCount(); ++r) {
        st::Condition c;
        c.id = text(conditions_, r, CId);
        c.label = text(conditions_, r, CLabel);
        if (c.label.empty()) c.label = c.id;
        c.kind = comboText(conditions_, r, CKind) == "original" ? st::ConditionKind::Original
                                                                : st::ConditionKind::Generated;
        c.task = parseTask(comboText(conditions_, r, CTask));
        c.guidance = parseGuidance(comboText(conditions_, r, CGuidance));
        c.cfgScale = doubleValue(conditions_, r, CCfg);
        c.steps = spinValue(conditions_, r, CSteps);
        c.modelDir = text(conditions_, r, CModel);
        s.conditions.push_back(c);
    }
    for (int r = 0; r < prompts_->rowCount(); ++r) {
        st::Prompt p;
        p.id = text(prompts_, r, PId);
        p.name = text(prompts_, r, PName);
        p.leadSheet = text(prompts_, r, PLeadSheet);
        p.midiFile = text(prompts_, r, PMidi);
        p.tempo = doubleValue(prompts_, r, PTempo);
        p.bars = spinValue(prompts_, r, PBars);
        s.prompts.push_back(p);
    }
    for (int r = 0; r < questions_->rowCount(); ++r) {
        st::Question q;
        q.id = text(questions_, r, QId);
        q.text = text(questions_, r, QText);
        q.kind = comboText(questions_, r, QKind) == "preference" ? st::QuestionKind::Preference
                                                                 : st::QuestionKind::Likert;
        q.scaleMin = spinValue(questions_, r, QMin);
        q.scaleMax = spinValue(questions_, r, QMax);
        q.lowLabel = text(questions_, r, QLow);
        q.highLabel = text(questions_, r, QHigh);
        s.questions.push_back(q);
    }
    return s;
}

bool StudyDesignerDialog::save() {
    const st::Study s = study();
    const auto problems = s.problems();
    if (!problems.empty()) {
        QStringList lines;
        for (const std::string& p : problems)
            lines << QString::fromStdString(p);
        // A study that cannot run yet may still be saved (designing takes several sittings).
        if (QMessageBox::question(
                this, tr("Save study"),
                tr("The study cannot run yet:\n\n• %1\n\nSave it anyway?").arg(lines.join("\n• "))) !=
            QMessageBox::Yes)
            return false;
    }
    if (!st::participantIds(dir_.toStdString()).empty() &&
        QMessageBox::question(
            this, tr("Save study"),
            tr("Participants have answered already. Changing conditions, prompts, samples or the "
               "seed changes their trials. Save anyway?")) != QMessageBox::Yes)
        return false;
    try {
        st::saveStudy(s, dir_.toStdString());
    } catch (const std::exception& e) {
        QMessageBox::warning(this, tr("Save study"), QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

void StudyDesignerDialog::accept() {
    if (save()) QDialog::accept();
}

} // namespace fgg::studio::listening
