#include "app/studio/study/ParticipantWindow.h"

#include "app/studio/study/StimulusPlayer.h"
#include "model/midi/MidiFile.h"
#include "model/study/StimulusPlan.h"
#include "widgets/generation/MiniRoll.h"

#include <QButtonGroup>
#include <QDir>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace fgg::studio::listening {

namespace st = fgg::study;

namespace {

/// An answer to `question` in `trial` about the stimulus at `position` (for a preference: choosing it).
st::Answer answerFor(const st::Trial& trial, const st::Question& question, int position) {
    st::Answer a;
    a.trial = trial.index;
    a.promptId = trial.promptId;
    a.sample = trial.sample;
    a.questionId = question.id;
    a.preference = question.kind == st::QuestionKind::Preference;
    a.conditionId = trial.conditionOrder[static_cast<std::size_t>(position)];
    a.position = position;
    return a;
}

} // namespace

ParticipantWindow::ParticipantWindow(const QString& studyDir, const st::Study& study,
                                     const QString& participantId, int participantNumber, QWidget* parent)
    : QDialog(parent), studyDir_(studyDir), study_(study), pages_(new QStackedWidget(this)),
      trialLabel_(new QLabel(this)), progress_(new QProgressBar(this)), trialArea_(new QScrollArea(this)),
      next_(new QPushButton(tr("Next"), this)), status_(new QLabel(this)), player_(new StimulusPlayer(this)) {
    log_ = std::make_unique<st::AnswerLog>(studyDir.toStdString(), participantId.toStdString(),
                                           participantNumber);
    plan_ = st::makeTrialPlan(study_, log_->log().number);
    current_ = std::min(log_->log().nextTrial(), trialCount());

    setWindowTitle(tr("Listening test – %1").arg(participantId));
    resize(760, 640);
    trialLabel_->setObjectName("trialLabel");
    next_->setObjectName("nextButton");
    status_->setObjectName("statusLabel");
    progress_->setTextVisible(false);
    progress_->setMaximumHeight(8);
    trialArea_->setWidgetResizable(true);

    // Instructions page.
    auto* intro = new QWidget;
    auto* introLayout = new QVBoxLayout(intro);
    auto* title =
        new QLabel(QStringLiteral("<h2>%1</h2>").arg(QString::fromStdString(study_.title).toHtmlEscaped()));
    auto* text = new QLabel(QString::fromStdString(study_.instructions));
    text->setWordWrap(true);
    auto* start = new QPushButton(current_ > 0 ? tr("Continue where you stopped") : tr("Start"));
    start->setObjectName("startButton");
    introLayout->addWidget(title);
    introLayout->addWidget(text);
    introLayout->addWidget(new QLabel(tr("%n trial(s).", nullptr, trialCount())));
    introLayout->addStretch();
    introLayout->addWidget(start, 0, Qt::AlignRight);
    connect(start, &QPushButton::clicked, this, [this] { showTrial(current_); });

    // Trial page.
    auto* trialPage = new QWidget;
    auto* trialLayout = new QVBoxLayout(trialPage);
    trialLayout->addWidget(trialLabel_);
    trialLayout->addWidget(progress_);
    trialLayout->addWidget(trialArea_, 1);
    auto* buttons = new QHBoxLayout;
    auto* pause = new QPushButton(tr("Pause (resume later)"));
    pause->setObjectName("pauseButton");
    buttons->addWidget(status_, 1);
    buttons->addWidget(pause);
    buttons->addWidget(next_);
    trialLayout->addLayout(buttons);
    connect(pause, &QPushButton::clicked, this, [this] { QDialog::reject(); });
    connect(next_, &QPushButton::clicked, this, &ParticipantWindow::next);

    // Done page.
    auto* done = new QWidget;
    auto* doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(
        new QLabel(tr("<h2>Thank you!</h2><p>All your answers are saved. You may close this "
                      "window.</p>")));
    auto* close = new QPushButton(tr("Close"));
    close->setObjectName("closeButton");
    doneLayout->addStretch();
    doneLayout->addWidget(close, 0, Qt::AlignRight);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);

    pages_->addWidget(intro);
    pages_->addWidget(trialPage);
    pages_->addWidget(done);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(pages_);

    connect(player_, &StimulusPlayer::playingChanged, this, [this](int playing) {
        for (std::size_t i = 0; i < playButtons_.size(); ++i)
            playButtons_[i]->setText(static_cast<int>(i) == playing ? tr("■ Stop") : tr("▶ Play"));
    });
    connect(player_, &StimulusPlayer::statusChanged, status_, &QLabel::setText);
    if (isFinished())
        showFinished();
    else
        showInstructions();
}

ParticipantWindow::~ParticipantWindow() {
    player_->stop();
}

void ParticipantWindow::reject() {
    // A reflex Esc must not end a participant's session unasked (answers are kept either way).
    if (pages_->currentIndex() == 1 &&
        QMessageBox::question(this, tr("Pause the test?"),
                              tr("Your answers so far are saved. Pause here and go on later?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

void ParticipantWindow::showInstructions() {
    pages_->setCurrentIndex(0);
}

void ParticipantWindow::showFinished() {
    player_->stop();
    pages_->setCurrentIndex(2);
}

void ParticipantWindow::showTrial(int index) {
    player_->stop();
    current_ = index;
    if (isFinished()) return showFinished();
    const st::Trial& trial = plan_.trials[static_cast<std::size_t>(index)];
    trialLabel_->setText(tr("<b>Trial %1 / %2</b>").arg(index + 1).arg(trialCount()));
    progress_->setRange(0, trialCount());
    progress_->setValue(index);
    // Load the stimuli of this trial (MIDI files under stimuli/).
    stimuli_.clear();
    QStringList missing;
    for (const std::string& conditionId : trial.conditionOrder) {
        const st::Condition* c = study_.condition(conditionId);
        const st::Prompt* p = study_.prompt(trial.promptId);
        Score score;
        if (c && p) {
            const st::Stimulus s = st::stimulusFor(study_, *p, *c, trial.sample);
            try {
                score = readMidiFile(
                    QDir(studyDir_).filePath(QString::fromStdString(s.midiPath())).toStdString());
            } catch (const std::exception&) {
                missing << QString::fromStdString(st::positionLetter(static_cast<int>(stimuli_.size())));
            }
        }
        stimuli_.push_back(std::move(score));
    }
    if (!missing.isEmpty())
        status_->setText(
            tr("Stimulus %1 is missing: ask the experimenter to build the stimuli.").arg(missing.join(", ")));
    else
        status_->setText(player_->status());
    delete trialArea_->takeWidget();
    trialArea_->setWidget(buildTrialPage(trial));
    pages_->setCurrentIndex(1);
    updateNext();
}

QWidget* ParticipantWindow::buildTrialPage(const st::Trial& trial) {
    groups_.clear();
    playButtons_.clear();
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    const st::ParticipantLog& log = log_->log();
    const int positions = static_cast<int>(trial.conditionOrder.size());
    int maxPoints = 0; // the longest Likert scale
    for (const st::Question& q : study_.questions)
        if (q.kind == st::QuestionKind::Likert) maxPoints = std::max(maxPoints, q.scaleMax - q.scaleMin + 1);
    for (int pos = 0; pos < positions; ++pos) {
        const QString letter = QString::fromStdString(st::positionLetter(pos));
        const std::string& conditionId = trial.conditionOrder[static_cast<std::size_t>(pos)];
        auto* box = new QGroupBox(tr("Piece %1").arg(letter));
        auto* boxLayout = new QVBoxLayout(box);
        auto* play = new QPushButton(tr("▶ Play"));
        play->setObjectName(QStringLiteral("play_%1").arg(pos));
        play->setEnabled(!stimuli_[static_cast<std::size_t>(pos)].tracks.empty());
        playButtons_.push_back(play);
        connect(play, &QPushButton::clicked, this, [this, pos] { togglePlay(pos); });
        boxLayout->addWidget(play, 0, Qt::AlignLeft);
        if (study_.showPianoRoll) {
            auto* roll = new ui::MiniRoll;
            roll->setScore(stimuli_[static_cast<std::size_t>(pos)]);
            roll->setMinimumHeight(90);
            boxLayout->addWidget(roll);
        }
        // One grid row per question, so the scale points line up under each other: question, low label,
        // the points, high label (after the longest scale).
        auto* grid = new QGridLayout;
        grid->setColumnStretch(0, 1);
        boxLayout->addLayout(grid);
        int row = 0;
        for (const st::Question& q : study_.questions) {
            if (q.kind != st::QuestionKind::Likert) continue;
            auto* label = new QLabel(QString::fromStdString(q.text));
            label->setWordWrap(true);
            grid->addWidget(label, row, 0);
            if (!q.lowLabel.empty())
                grid->addWidget(new QLabel(QString::fromStdString(q.lowLabel)), row, 1, Qt::AlignRight);
            auto* group = new QButtonGroup(page);
            const auto previous = log.rating(trial.index, q.id, conditionId);
            for (int v = q.scaleMin; v <= q.scaleMax; ++v) {
                auto* radio = new QRadioButton(QString::number(v));
                radio->setObjectName(
                    QStringLiteral("q_%1_%2_%3").arg(QString::fromStdString(q.id)).arg(pos).arg(v));
                group->addButton(radio, v);
                grid->addWidget(radio, row, 2 + v - q.scaleMin);
                if (previous == v) radio->setChecked(true);
            }
            if (!q.highLabel.empty())
                grid->addWidget(new QLabel(QString::fromStdString(q.highLabel)), row, 2 + maxPoints);
            connect(group, &QButtonGroup::idClicked, this, [this, trial, q, pos](int value) {
                st::Answer a = answerFor(trial, q, pos);
                a.value = value;
                record(a);
            });
            groups_.push_back(group);
            ++row;
        }
        layout->addWidget(box);
    }
    for (const st::Question& q : study_.questions) {
        if (q.kind != st::QuestionKind::Preference) continue;
        auto* box = new QGroupBox(QString::fromStdString(q.text));
        auto* row = new QHBoxLayout(box);
        auto* group = new QButtonGroup(page);
        const auto previous = log.choice(trial.index, q.id);
        for (int pos = 0; pos < positions; ++pos) {
            auto* radio =
                new QRadioButton(tr("Piece %1").arg(QString::fromStdString(st::positionLetter(pos))));
            radio->setObjectName(QStringLiteral("pref_%1_%2").arg(QString::fromStdString(q.id)).arg(pos));
            group->addButton(radio, pos);
            row->addWidget(radio);
            if (previous && *previous == trial.conditionOrder[static_cast<std::size_t>(pos)])
                radio->setChecked(true);
        }
        row->addStretch();
        connect(group, &QButtonGroup::idClicked, this,
                [this, trial, q](int pos) { record(answerFor(trial, q, pos)); });
        groups_.push_back(group);
        layout->addWidget(box);
    }
    layout->addStretch();
    return page;
}

void ParticipantWindow::record(const st::Answer& answer) {
    try {
        log_->append(answer);
        Q_EMIT answerSaved();
    } catch (const std::exception& e) {
        QMessageBox::critical(
            this, tr("Answer not saved"),
            tr("%1\n\nPlease tell the experimenter before going on.").arg(QString::fromUtf8(e.what())));
    }
    updateNext();
}

void ParticipantWindow::updateNext() {
    bool complete = true;
    for (QButtonGroup* g : groups_)
        complete = complete && g->checkedButton() != nullptr;
    next_->setEnabled(complete);
    next_->setText(current_ + 1 >= trialCount() ? tr("Finish") : tr("Next"));
    next_->setToolTip(complete ? QString() : tr("Answer every question to go on"));
}

void ParticipantWindow::next() {
    updateNext();
    if (!next_->isEnabled() || isFinished()) return;
    try {
        log_->markTrialDone(current_);
    } catch (const std::exception& e) {
        QMessageBox::critical(this, tr("Progress not saved"), QString::fromUtf8(e.what()));
        return;
    }
    showTrial(current_ + 1);
}

void ParticipantWindow::togglePlay(int position) {
    if (player_->playing() == position) return player_->stop();
    if (!player_->play(stimuli_[static_cast<std::size_t>(position)], position))
        status_->setText(player_->status());
}

} // namespace fgg::studio::listening
