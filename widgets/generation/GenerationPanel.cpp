#include "widgets/generation/GenerationPanel.h"

#include "model/diffusion/OptionLimits.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSlider>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace fgg::ui {

namespace {
template <typename T>
void selectData(QComboBox* box, T value) {
    const int i = box->findData(static_cast<int>(value));
    if (i >= 0) box->setCurrentIndex(i);
}
} // namespace

GenerationPanel::GenerationPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("generationPanel"));
    auto* outer = new QVBoxLayout(this);

    auto* what = new QGroupBox(tr("What"), this);
    auto* form = new QFormLayout(what);
    task_ = new QComboBox(what);
    task_->addItem(tr("Melody and accompaniment"), static_cast<int>(Task::Both));
    task_->addItem(tr("Melody"), static_cast<int>(Task::Melody));
    task_->addItem(tr("Accompaniment (for the melody)"), static_cast<int>(Task::Accompaniment));
    task_->setToolTip(tr("Which tracks to generate from the chords (accompaniment alone keeps your melody)"));
    form->addRow(tr("&Task:"), task_);

    style_ = new QComboBox(what);
    style_->addItem(tr("From the chords"), static_cast<int>(ScaleStyle::FromChords));
    style_->addItem(tr("Dorian"), static_cast<int>(ScaleStyle::Dorian));
    style_->addItem(tr("Pentatonic"), static_cast<int>(ScaleStyle::Pentatonic));
    style_->addItem(tr("Custom scale"), static_cast<int>(ScaleStyle::Custom));
    style_->setToolTip(
        tr("Which pitches are allowed: the chord's scale at each step (the paper's default), or one "
           "scale on the key's tonic for the whole piece"));
    form->addRow(tr("Sc&ale / style:"), style_);
    customScale_ = new QLineEdit(what);
    customScale_->setPlaceholderText(tr("e.g. C D Eb G A  or  A dorian"));
    customScale_->setToolTip(tr("A list of note names, or a tonic and a scale name"));
    form->addRow(tr("Custom scale:"), customScale_);

    auto* densityRow = new QWidget(what);
    auto* densityLayout = new QHBoxLayout(densityRow);
    densityLayout->setContentsMargins(0, 0, 0, 0);
    useDensity_ = new QCheckBox(densityRow);
    useDensity_->setToolTip(
        tr("Off: the melody gets POP909's average density (about 4 notes per bar) and the accompaniment "
           "chooses its own rhythm"));
    density_ = new QSlider(Qt::Horizontal, densityRow);
    density_->setRange(static_cast<int>(limits::kDensity.min * 100),
                       static_cast<int>(limits::kDensity.max * 100));
    density_->setValue(40);
    density_->setToolTip(tr("Rhythm density: how many of the 16th steps start a note"));
    densityLayout->addWidget(useDensity_);
    densityLayout->addWidget(density_, 1);
    form->addRow(tr("Rhythm &density:"), densityRow);
    outer->addWidget(what);

    auto* how = new QGroupBox(tr("How"), this);
    auto* form2 = new QFormLayout(how);
    guidance_ = new QComboBox(how);
    guidance_->addItem(tr("Fine-grained guidance (FGG)"), static_cast<int>(GuidanceMode::Fgg));
    guidance_->addItem(tr("None (model only)"), static_cast<int>(GuidanceMode::None));
    guidance_->addItem(tr("Remove wrong notes at the last step"), static_cast<int>(GuidanceMode::LastStep));
    guidance_->addItem(tr("Round wrong notes at the end"), static_cast<int>(GuidanceMode::Round));
    guidance_->setToolTip(tr("FGG corrects every diffusion step so no note leaves the allowed pitches"));
    form2->addRow(tr("&Guidance:"), guidance_);
    steps_ = new QSpinBox(how);
    steps_->setRange(static_cast<int>(limits::kSteps.min), static_cast<int>(limits::kSteps.max));
    steps_->setToolTip(
        tr("Diffusion steps: more is slower and slightly smoother (10 = the authors' schedule)"));
    form2->addRow(tr("&Steps:"), steps_);
    cfg_ = new QDoubleSpinBox(how);
    cfg_->setRange(limits::kCfgScale.min, limits::kCfgScale.max);
    cfg_->setSingleStep(0.5);
    cfg_->setToolTip(
        tr("Classifier-free guidance scale of the melody: how strongly the chords condition it"));
    form2->addRow(tr("C&FG scale:"), cfg_);
    accompanimentCfg_ = new QDoubleSpinBox(how);
    accompanimentCfg_->setRange(limits::kAccompanimentCfgScale.min, limits::kAccompanimentCfgScale.max);
    accompanimentCfg_->setSingleStep(0.5);
    accompanimentCfg_->setToolTip(
        tr("Classifier-free guidance scale of the accompaniment: lower than the melody's keeps it closer to "
           "the chords and to a pianist's register"));
    form2->addRow(tr("Acc&ompaniment CFG:"), accompanimentCfg_);
    auto* seedRow = new QWidget(how);
    auto* seedLayout = new QHBoxLayout(seedRow);
    seedLayout->setContentsMargins(0, 0, 0, 0);
    seed_ = new QSpinBox(seedRow);
    seed_->setRange(static_cast<int>(limits::kSeed.min), static_cast<int>(limits::kSeed.max));
    seed_->setToolTip(tr("The same seed and settings give the same result"));
    dice_ = new QToolButton(seedRow);
    dice_->setIcon(QIcon(QStringLiteral(":/icons/dice.svg")));
    dice_->setText(tr("Roll"));
    dice_->setToolTip(tr("A new random seed"));
    seedLayout->addWidget(seed_, 1);
    seedLayout->addWidget(dice_);
    form2->addRow(tr("S&eed:"), seedRow);
    candidates_ = new QSpinBox(how);
    candidates_->setRange(static_cast<int>(limits::kCandidates.min),
                          static_cast<int>(limits::kCandidates.max));
    candidates_->setToolTip(tr("How many alternatives to generate at once, to compare and pick from"));
    form2->addRow(tr("Ca&ndidates:"), candidates_);
    humanise_ = new QSpinBox(how);
    humanise_->setRange(static_cast<int>(limits::kHumanise.min * 100),
                        static_cast<int>(limits::kHumanise.max * 100));
    humanise_->setSuffix(QStringLiteral(" %"));
    humanise_->setToolTip(
        tr("How much the loudness of generated notes varies around their accents (downbeats "
           "loudest); 0 = the accents alone"));
    form2->addRow(tr("&Humanise:"), humanise_);
    outer->addWidget(how);

    auto* engine = new QGroupBox(tr("Engine"), this);
    auto* form3 = new QFormLayout(engine);
    model_ = new QComboBox(engine);
    model_->addItem(tr("Shipped models"));
    model_->addItem(tr("Model files…"));
    model_->setToolTip(tr("The shipped checkpoints, or your own .fggm files (from `fgg train`)"));
    form3->addRow(tr("&Model:"), model_);
    modelFiles_ = new QWidget(engine);
    auto* filesForm = new QFormLayout(modelFiles_);
    filesForm->setContentsMargins(0, 0, 0, 0);
    auto fileRow = [&](QLineEdit*& line, const QString& label) {
        auto* row = new QWidget(modelFiles_);
        auto* l = new QHBoxLayout(row);
        l->setContentsMargins(0, 0, 0, 0);
        line = new QLineEdit(row);
        auto* browse = new QToolButton(row);
        browse->setText(QStringLiteral("…"));
        browse->setToolTip(tr("Choose a checkpoint file"));
        QLineEdit* target = line;
        connect(browse, &QToolButton::clicked, this, [this, target] {
            const QString f = chooseModel(target->text());
            if (!f.isEmpty()) target->setText(f);
        });
        l->addWidget(line, 1);
        l->addWidget(browse);
        filesForm->addRow(label, row);
    };
    fileRow(melodyModel_, tr("Melody:"));
    fileRow(accompanimentModel_, tr("Accompaniment:"));
    form3->addRow(modelFiles_);
    deviceInfo_ = new QLabel(tr("(not checked yet)"), engine);
    deviceInfo_->setObjectName(QStringLiteral("deviceInfo"));
    deviceInfo_->setWordWrap(true);
    form3->addRow(tr("Runs on:"), deviceInfo_);
    outer->addWidget(engine);

    generate_ = new QPushButton(QIcon(QStringLiteral(":/icons/generate.svg")), tr("&Generate"), this);
    generate_->setObjectName(QStringLiteral("generateButton"));
    generate_->setToolTip(tr("Generate the whole piece from the chord progression (Ctrl+G)"));
    generate_->setDefault(true);
    generate_->setMinimumHeight(32);
    continue_ = new QPushButton(tr("Continue &melody"), this);
    continue_->setObjectName(QStringLiteral("continueButton"));
    continue_->setToolTip(tr("Keep the melody written so far (your motif) note for note and continue it to "
                             "the end of the progression (Ctrl+Alt+G)"));
    auto* generateRow = new QHBoxLayout;
    generateRow->addWidget(generate_, 2);
    generateRow->addWidget(continue_, 1);
    outer->addLayout(generateRow);

    // Progress right under Generate, where the eye is after clicking it (the dock may scroll below).
    progress_ = new QProgressBar(this);
    progress_->setObjectName(QStringLiteral("generationProgress"));
    progress_->setRange(0, 1);
    progress_->setValue(0);
    progress_->setFormat(tr("idle"));
    progress_->setTextVisible(true);
    cancel_ = new QPushButton(tr("&Cancel"), this);
    cancel_->setObjectName(QStringLiteral("cancelButton"));
    cancel_->setToolTip(tr("Stop the generation (within one diffusion step); the piece stays as it was"));
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(cancel_);
    outer->addLayout(progressRow);
    message_ = new QLabel(this);
    message_->setObjectName(QStringLiteral("generationMessage"));
    message_->setWordWrap(true);
    message_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    outer->addWidget(message_);
    auto* regen = new QGroupBox(tr("Regenerate a part"), this);
    auto* regenLayout = new QFormLayout(regen);
    regenTrack_ = new QComboBox(regen);
    regenTrack_->addItem(tr("Melody"), QStringLiteral("Melody"));
    regenTrack_->addItem(tr("Accompaniment"), QStringLiteral("Accompaniment"));
    regenLayout->addRow(tr("T&rack:"), regenTrack_);
    limitPitch_ = new QCheckBox(tr("Only the marked pitch range"), regen);
    regenLayout->addRow(limitPitch_);
    region_ = new QLabel(tr("Drag on the ruler (or a rectangle in the roll) to mark bars"), regen);
    region_->setWordWrap(true);
    regenLayout->addRow(region_);
    regenerate_ = new QPushButton(tr("&Regenerate selection"), regen);
    regenerate_->setObjectName(QStringLiteral("regenerateButton"));
    regenerate_->setToolTip(
        tr("Generate the marked bars again, keeping everything around them (Ctrl+Shift+G)"));
    regenLayout->addRow(regenerate_);
    outer->addWidget(regen);

    outer->addStretch(1);

    for (QComboBox* c : findChildren<QComboBox*>()) { // let the dock be narrow
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
    }
    // Stable names, so tests (and style sheets) find the inputs without knowing the layout.
    const std::pair<QWidget*, const char*> names[] = {{task_, "task"},
                                                      {style_, "style"},
                                                      {humanise_, "humanise"},
                                                      {guidance_, "guidance"},
                                                      {steps_, "steps"},
                                                      {cfg_, "cfgScale"},
                                                      {accompanimentCfg_, "accompanimentCfgScale"},
                                                      {seed_, "seed"},
                                                      {candidates_, "candidates"},
                                                      {regenTrack_, "regenerateTrack"}};
    for (const auto& [widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    setSettings(GenerationSettings{});

    connect(generate_, &QPushButton::clicked, this, &GenerationPanel::generateRequested);
    connect(regenerate_, &QPushButton::clicked, this, &GenerationPanel::regenerateRequested);
    connect(continue_, &QPushButton::clicked, this, &GenerationPanel::continueRequested);
    connect(cancel_, &QPushButton::clicked, this, &GenerationPanel::cancelRequested);
    connect(dice_, &QToolButton::clicked, this,
            [this] { seed_->setValue(static_cast<int>(QRandomGenerator::global()->bounded(2147483647))); });
    auto changed = [this] {
        updateEnabled();
        Q_EMIT settingsChanged();
    };
    for (QComboBox* c : {task_, guidance_, style_, model_, regenTrack_})
        connect(c, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
    for (QSpinBox* s : {steps_, seed_, candidates_, humanise_})
        connect(s, qOverload<int>(&QSpinBox::valueChanged), this, changed);
    for (QDoubleSpinBox* d : {cfg_, accompanimentCfg_})
        connect(d, qOverload<double>(&QDoubleSpinBox::valueChanged), this, changed);
    connect(density_, &QSlider::valueChanged, this, changed);
    connect(useDensity_, &QCheckBox::toggled, this, changed);
    connect(limitPitch_, &QCheckBox::toggled, this, changed);
    for (QLineEdit* l : {customScale_, melodyModel_, accompanimentModel_})
        connect(l, &QLineEdit::editingFinished, this, changed);
}

QString GenerationPanel::chooseModel(const QString& current) {
    return QFileDialog::getOpenFileName(this, tr("Choose a model checkpoint"), current,
                                        tr("FGG checkpoints (*.fggm);;All files (*)"));
}

GenerationSettings GenerationPanel::settings() const {
    GenerationSettings s;
    s.task = static_cast<Task>(task_->currentData().toInt());
    s.guidance = static_cast<GuidanceMode>(guidance_->currentData().toInt());
    s.style = static_cast<ScaleStyle>(style_->currentData().toInt());
    s.customScale = customScale_->text().toStdString();
    if (useDensity_->isChecked()) s.density = density_->value() / 100.0;
    s.steps = steps_->value();
    s.cfgScale = cfg_->value();
    s.accompanimentCfgScale = accompanimentCfg_->value();
    s.seed = static_cast<std::uint64_t>(seed_->value());
    s.candidates = candidates_->value();
    s.humanise = humanise_->value() / 100.0;
    if (model_->currentIndex() == 1) {
        s.melodyModel = melodyModel_->text().toStdString();
        s.accompanimentModel = accompanimentModel_->text().toStdString();
    }
    s.regenerateTrack = regenTrack_->currentData().toString().toStdString();
    s.limitToPitchRange = limitPitch_->isChecked();
    return s;
}

void GenerationPanel::setSettings(const GenerationSettings& s) {
    const QSignalBlocker blockers[] = {QSignalBlocker(task_),       QSignalBlocker(guidance_),
                                       QSignalBlocker(style_),      QSignalBlocker(steps_),
                                       QSignalBlocker(cfg_),        QSignalBlocker(seed_),
                                       QSignalBlocker(candidates_), QSignalBlocker(model_),
                                       QSignalBlocker(humanise_),   QSignalBlocker(density_),
                                       QSignalBlocker(useDensity_), QSignalBlocker(regenTrack_),
                                       QSignalBlocker(limitPitch_), QSignalBlocker(accompanimentCfg_)};
    selectData(task_, s.task);
    selectData(guidance_, s.guidance);
    selectData(style_, s.style);
    customScale_->setText(QString::fromStdString(s.customScale));
    useDensity_->setChecked(s.density.has_value());
    if (s.density) density_->setValue(static_cast<int>(*s.density * 100 + 0.5));
    steps_->setValue(s.steps);
    cfg_->setValue(s.cfgScale);
    accompanimentCfg_->setValue(s.accompanimentCfgScale);
    seed_->setValue(static_cast<int>(s.seed % 2147483647u));
    candidates_->setValue(s.candidates);
    humanise_->setValue(static_cast<int>(s.humanise * 100 + 0.5));
    const bool custom = !s.melodyModel.empty() || !s.accompanimentModel.empty();
    model_->setCurrentIndex(custom ? 1 : 0);
    melodyModel_->setText(QString::fromStdString(s.melodyModel));
    accompanimentModel_->setText(QString::fromStdString(s.accompanimentModel));
    regenTrack_->setCurrentIndex(
        std::max(0, regenTrack_->findData(QString::fromStdString(s.regenerateTrack))));
    limitPitch_->setChecked(s.limitToPitchRange);
    updateEnabled();
}

void GenerationPanel::updateEnabled() {
    customScale_->setEnabled(style_->currentData().toInt() == static_cast<int>(ScaleStyle::Custom));
    density_->setEnabled(useDensity_->isChecked());
    modelFiles_->setVisible(model_->currentIndex() == 1);
    generate_->setEnabled(!busy_);
    continue_->setEnabled(!busy_);
    regenerate_->setEnabled(!busy_ && hasRegion_);
    cancel_->setEnabled(busy_);
}

void GenerationPanel::setBusy(bool busy) {
    busy_ = busy;
    if (busy) {
        progress_->setRange(0, 0); // busy until the first step arrives (loading the model)
        progress_->setFormat(tr("loading the model…"));
        setMessage({});
    } else {
        progress_->setRange(0, 1);
        progress_->setValue(0);
        progress_->setFormat(tr("idle"));
    }
    updateEnabled();
}

void GenerationPanel::setProgress(int step, int totalSteps, int pass, int totalPasses, const QString& track) {
    progress_->setRange(0, std::max(1, totalSteps));
    progress_->setValue(step);
    QString text = tr("step %1/%2").arg(step).arg(totalSteps);
    if (totalPasses > 1) text += tr(" · pass %1/%2").arg(pass).arg(totalPasses);
    if (!track.isEmpty()) text += QStringLiteral(" · ") + track;
    progress_->setFormat(text);
}

void GenerationPanel::setDeviceText(const QString& text) {
    deviceInfo_->setText(text);
}

void GenerationPanel::setRegion(bool available, const QString& description) {
    hasRegion_ = available;
    region_->setText(available ? description
                               : tr("Drag on the ruler (or a rectangle in the roll) to mark bars"));
    updateEnabled();
}

void GenerationPanel::setMessage(const QString& text, bool error) {
    message_->setText(text);
    message_->setStyleSheet(error ? QStringLiteral("color:#ff6b6b;") : QString());
}

} // namespace fgg::ui
