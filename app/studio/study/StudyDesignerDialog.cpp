#include "app/studio/study/StudyDesignerDialog.h"

#include "model/midi/MidiFile.h"
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
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace fgg::studio::listening {

namespace st = fgg::study;

namespace {

enum ConditionColumn { CId, CLabel, CKind, CTask, CGuidance, CCfg, CSteps, CModel, CCount };
enum PromptColumn { PId, PName, PLeadSheet, PMidi, PTempo, PBars, PCount };
enum QuestionColumn { QId, QText, QKind, QMin, QMax, QLow, QHigh, QCount };

/// A design table: every column as wide as its contents but `stretch`, which takes the rest (the long texts).
QTableWidget* makeTable(const QStringList& headers, int stretch) {
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(stretch, QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    return t;
}

/// The row whose `column` holds the cell widget `w`; -1 when it is gone.
int rowOf(const QTableWidget* t, int column, const QWidget* w) {
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->cellWidget(r, column) == w) return r;
    return -1;
}

/// Greys out cells that do not apply to a row (their values are kept), saying why in their tooltips.
void enableCells(QTableWidget* t, int row, std::initializer_list<int> columns, bool enabled,
                 const QString& why) {
    if (row < 0) return;
    for (int c : columns) {
        const QString tip = enabled ? QString() : why;
        if (QWidget* w = t->cellWidget(row, c)) {
            w->setEnabled(enabled);
            w->setToolTip(tip);
        } else if (QTableWidgetItem* item = t->item(row, c)) {
            const Qt::ItemFlags on = Qt::ItemIsEnabled | Qt::ItemIsEditable;
            item->setFlags(enabled ? item->flags() | on : item->flags() & ~on);
            item->setToolTip(tip);
        }
    }
}

/// `base`, or `base2`, `base3`... whichever no row's id (column 0) has yet.
std::string uniqueId(const QTableWidget* t, const std::string& base) {
    const auto used = [t](const std::string& id) {
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->text().trimmed().toStdString() == id) return true;
        return false;
    };
    std::string id = base;
    for (int n = 2; used(id); ++n)
        id = base + std::to_string(n);
    return id;
}

void setText(QTableWidget* t, int row, int column, const std::string& text) {
    t->setItem(row, column, new QTableWidgetItem(QString::fromStdString(text)));
}

QComboBox* combo(const QStringList& items, const QString& current) {
    auto* c = new QComboBox;
    c->addItems(items);
    c->setCurrentText(current);
    return c;
}

QSpinBox* spin(int lo, int hi, int value) {
    auto* s = new QSpinBox;
    s->setRange(lo, hi);
    s->setValue(value);
    return s;
}

QDoubleSpinBox* doubleSpin(double lo, double hi, double value, int decimals) {
    auto* s = new QDoubleSpinBox;
    s->setRange(lo, hi);
    s->setDecimals(decimals);
    s->setValue(value);
    return s;
}

/// One row of a design table, read back cell by cell (a text item, or the editor widget put in the cell).
struct Row {
    const QTableWidget* table;
    int row;

    std::string text(int column) const {
        const QTableWidgetItem* item = table->item(row, column);
        return item ? item->text().trimmed().toStdString() : std::string();
    }
    std::string choice(int column) const { return widget<QComboBox>(column)->currentText().toStdString(); }
    int integer(int column) const { return widget<QSpinBox>(column)->value(); }
    double number(int column) const { return widget<QDoubleSpinBox>(column)->value(); }

private:
    template <typename W>
    W* widget(int column) const {
        return static_cast<W*>(table->cellWidget(row, column));
    }
};

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
                             tr("Steps"), tr("Model folder (empty: shipped)")},
                            CModel)),
      prompts_(makeTable(
          {tr("Id"), tr("Name"), tr("Lead sheet"), tr("MIDI file"), tr("Tempo"), tr("Bars (0 = all)")},
          PLeadSheet)),
      questions_(makeTable(
          {tr("Id"), tr("Question"), tr("Kind"), tr("Min"), tr("Max"), tr("Low label"), tr("High label")},
          QText)) {
    setWindowTitle(tr("Design the study"));
    resize(900, 560);
    // The seed makes every stimulus and trial order reproducible: a whole number (at most 19 digits).
    seed_->setValidator(new QRegularExpressionValidator(QRegularExpression("[0-9]{1,19}"), seed_));
    title_->setObjectName("titleEdit");
    instructions_->setObjectName("instructionsEdit");
    seed_->setObjectName("seedEdit");
    conditions_->setObjectName("conditionsTable");
    prompts_->horizontalHeaderItem(PLeadSheet)
        ->setToolTip(
            tr("Chords bar by bar (| C G | Am F |); empty for a song with chord markers. A lead sheet "
               "given for a song replaces its chords."));
    prompts_->horizontalHeaderItem(PBars)->setToolTip(tr("Use only the first bars of the prompt (0 = all)."));
    conditions_->horizontalHeaderItem(CLabel)->setToolTip(tr("Shown in the results, never to participants."));
    prompts_->setObjectName("promptsTable");
    questions_->setObjectName("questionsTable");

    auto* general = new QWidget;
    auto* form = new QFormLayout(general);
    form->addRow(tr("Title (participants see it)"), title_);
    form->addRow(tr("Instructions (shown before the first trial)"), instructions_);
    form->addRow(tr("Seed"), seed_);
    form->addRow(tr("Samples per prompt and condition"), samples_);
    form->addRow(QString(), showRoll_);

    auto* addCondition = new QPushButton(tr("Add generated"));
    auto* addOriginal = new QPushButton(tr("Add human original"));
    connect(addCondition, &QPushButton::clicked, this, [this] {
        st::Condition c;
        c.id = uniqueId(conditions_, "cond" + std::to_string(conditions_->rowCount() + 1));
        c.label = c.id;
        this->addCondition(c);
    });
    connect(addOriginal, &QPushButton::clicked, this, [this] {
        st::Condition c;
        c.id = uniqueId(conditions_, "human");
        c.label = "Human original";
        c.kind = st::ConditionKind::Original;
        this->addCondition(c);
    });
    auto* chooseModels = new QPushButton(tr("Model folder…"));
    chooseModels->setObjectName("chooseModelsButton");
    chooseModels->setToolTip(tr("Generate the selected condition with the models (melody.fggm, "
                                "accompaniment.fggm) of another folder, e.g. a checkpoint of your own"));
    connect(chooseModels, &QPushButton::clicked, this, &StudyDesignerDialog::chooseModelFolder);
    auto* addSheet = new QPushButton(tr("Add lead sheet…"));
    auto* importMidi = new QPushButton(tr("Import songs (MIDI)…"));
    importMidi->setObjectName("importSongsButton");
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
    tabs->addTab(
        withButtons(conditions_, {addCondition, addOriginal, chooseModels, removeRowButton(conditions_)}),
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
    connect(prompts_, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == PMidi) enablePromptTempo(item->row());
    });
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
    QComboBox* kind = combo({"generated", "original"}, st::toString(c.kind));
    conditions_->setCellWidget(r, CKind, kind);
    conditions_->setCellWidget(r, CTask, combo({"both", "melody", "accompaniment"}, toString(c.task)));
    conditions_->setCellWidget(r, CGuidance,
                               combo({"fgg", "none", "last-step", "round", "inpaint"}, toString(c.guidance)));
    conditions_->setCellWidget(r, CCfg, doubleSpin(0, 50, c.cfgScale, 2));
    conditions_->setCellWidget(r, CSteps, spin(1, 1000, c.steps));
    setText(conditions_, r, CModel, c.modelDir);
    // The generation settings mean nothing for the human original: greyed out while the kind says so.
    const auto update = [this, kind] {
        enableCells(conditions_, rowOf(conditions_, CKind, kind), {CTask, CGuidance, CCfg, CSteps, CModel},
                    kind->currentText() != "original", tr("The human original is played as imported."));
    };
    connect(kind, &QComboBox::currentTextChanged, this, update);
    update();
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
    enablePromptTempo(r);
}

void StudyDesignerDialog::enablePromptTempo(int row) {
    const QTableWidgetItem* midi = prompts_->item(row, PMidi);
    enableCells(prompts_, row, {PTempo}, !midi || midi->text().trimmed().isEmpty(),
                tr("A MIDI file keeps its own tempo."));
}

void StudyDesignerDialog::chooseModelFolder() {
    const int row = conditions_->currentRow();
    const auto* kind = row >= 0 ? static_cast<QComboBox*>(conditions_->cellWidget(row, CKind)) : nullptr;
    if (!kind || kind->currentText() == "original") {
        QMessageBox::information(this, tr("Model folder"), tr("Select a generated condition first."));
        return;
    }
    const QTableWidgetItem* item = conditions_->item(row, CModel);
    const QString dir = QFileDialog::getExistingDirectory(
        this, tr("Folder with melody.fggm and accompaniment.fggm"), item ? item->text() : QString());
    if (dir.isEmpty()) return;
    if (!QFileInfo::exists(QDir(dir).filePath("melody.fggm")) &&
        !QFileInfo::exists(QDir(dir).filePath("accompaniment.fggm")))
        QMessageBox::warning(this, tr("Model folder"),
                             tr("%1 holds neither melody.fggm nor accompaniment.fggm: building the stimuli "
                                "will fail until it does.")
                                 .arg(QDir::toNativeSeparators(dir)));
    setText(conditions_, row, CModel, dir.toStdString());
}

void StudyDesignerDialog::addQuestion(const st::Question& q) {
    const int r = questions_->rowCount();
    questions_->insertRow(r);
    setText(questions_, r, QId, q.id);
    setText(questions_, r, QText, q.text);
    QComboBox* kind = combo({"likert", "preference"}, st::toString(q.kind));
    questions_->setCellWidget(r, QKind, kind);
    questions_->setCellWidget(r, QMin, spin(-10, 100, q.scaleMin));
    questions_->setCellWidget(r, QMax, spin(-10, 100, q.scaleMax));
    setText(questions_, r, QLow, q.lowLabel);
    setText(questions_, r, QHigh, q.highLabel);
    // A preference is a choice among the pieces of a trial: no scale.
    const auto update = [this, kind] {
        enableCells(questions_, rowOf(questions_, QKind, kind), {QMin, QMax, QLow, QHigh},
                    kind->currentText() != "preference",
                    tr("A preference is a choice among the pieces: it has no scale."));
    };
    connect(kind, &QComboBox::currentTextChanged, this, update);
    update();
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
    QStringList notes;
    for (const QString& file : files) {
        const QFileInfo info(file);
        // A prompt needs chords (the file's chord markers, or a lead sheet typed here); the human original
        // plays the file's notes. Say now what is missing rather than when the stimuli are built.
        Score song;
        try {
            song = readMidiFile(file.toStdString());
        } catch (const std::exception& e) {
            notes << tr("%1 is not imported: %2").arg(info.fileName(), QString::fromUtf8(e.what()));
            continue;
        }
        if (song.chords.empty())
            notes << tr("%1 has no chord markers: type its chords in the Lead sheet column.")
                         .arg(info.fileName());
        if (std::all_of(song.tracks.begin(), song.tracks.end(),
                        [](const Track& t) { return t.notes.empty(); }))
            notes << tr("%1 has no notes: there is no human original to play.").arg(info.fileName());
        const QString relative = "prompts/" + info.fileName();
        if (QFileInfo(dir.filePath(relative)) != info) {
            QFile::remove(dir.filePath(relative));
            if (!QFile::copy(file, dir.filePath(relative))) {
                notes << tr("Cannot copy %1 into %2.").arg(file, dir.filePath("prompts"));
                continue;
            }
        }
        st::Prompt p;
        QString id = info.completeBaseName();
        id.replace(QRegularExpression("[^A-Za-z0-9_-]"), "_");
        p.id = uniqueId(prompts_, id.left(36).toStdString());
        p.name = info.completeBaseName().toStdString();
        p.midiFile = relative.toStdString();
        p.tempo = std::clamp(song.bpm(), 20.0, 400.0); // shown greyed out: the file keeps its own
        p.bars = 8;
        addPrompt(p);
    }
    if (!notes.isEmpty())
        QMessageBox::warning(this, tr("Import songs"),
                             QStringLiteral("• ") + notes.join(QStringLiteral("\n• ")));
}

st::Study StudyDesignerDialog::study() const {
    st::Study s;
    s.title = title_->text().trimmed().toStdString();
    s.instructions = instructions_->toPlainText().toStdString();
    s.seed = seed_->text().trimmed().toULongLong();
    s.samplesPerPrompt = samples_->value();
    s.showPianoRoll = showRoll_->isChecked();
    for (int r = 0; r < conditions_->rowCount(); ++r) {
        const Row row{conditions_, r};
        st::Condition c;
        c.id = row.text(CId);
        c.label = row.text(CLabel);
        if (c.label.empty()) c.label = c.id;
        c.kind = row.choice(CKind) == "original" ? st::ConditionKind::Original : st::ConditionKind::Generated;
        c.task = parseTask(row.choice(CTask));
        c.guidance = parseGuidance(row.choice(CGuidance));
        c.cfgScale = row.number(CCfg);
        c.steps = row.integer(CSteps);
        c.modelDir = row.text(CModel);
        s.conditions.push_back(c);
    }
    for (int r = 0; r < prompts_->rowCount(); ++r) {
        const Row row{prompts_, r};
        st::Prompt p;
        p.id = row.text(PId);
        p.name = row.text(PName);
        p.leadSheet = row.text(PLeadSheet);
        p.midiFile = row.text(PMidi);
        p.tempo = row.number(PTempo);
        p.bars = row.integer(PBars);
        s.prompts.push_back(p);
    }
    for (int r = 0; r < questions_->rowCount(); ++r) {
        const Row row{questions_, r};
        st::Question q;
        q.id = row.text(QId);
        q.text = row.text(QText);
        q.kind = row.choice(QKind) == "preference" ? st::QuestionKind::Preference : st::QuestionKind::Likert;
        q.scaleMin = row.integer(QMin);
        q.scaleMax = row.integer(QMax);
        q.lowLabel = row.text(QLow);
        q.highLabel = row.text(QHigh);
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
