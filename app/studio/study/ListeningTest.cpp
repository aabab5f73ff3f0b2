#include "app/studio/study/ListeningTest.h"

#include "app/studio/study/ParticipantWindow.h"
#include "app/studio/study/ResultsView.h"
#include "app/studio/study/StimulusBuilder.h"
#include "app/studio/study/StudyDesignerDialog.h"
#include "model/study/Answers.h"
#include "model/study/StimulusBuild.h"
#include "model/study/TrialPlan.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace fgg::studio::listening {

namespace st = fgg::study;

namespace {
constexpr const char* kLastStudyKey = "listeningTest/lastStudy";
}

void openListeningTests(QWidget* parent) {
    static QPointer<ListeningTestWindow> window;
    if (!window) {
        window = new ListeningTestWindow(parent);
        window->setWindowFlag(Qt::Window);
        window->setAttribute(Qt::WA_DeleteOnClose);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

ListeningTestWindow::ListeningTestWindow(QWidget* parent)
    : QWidget(parent), path_(new QLabel(this)), summary_(new QLabel(this)), buildStatus_(new QLabel(this)),
      progress_(new QProgressBar(this)), design_(new QPushButton(tr("Design…"), this)),
      build_(new QPushButton(tr("Build stimuli"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      run_(new QPushButton(tr("Run a participant…"), this)), results_(new QPushButton(tr("Results…"), this)),
      builder_(new StimulusBuilder(this)) {
    setWindowTitle(tr("Listening Test"));
    resize(620, 320);
    path_->setTextInteractionFlags(Qt::TextSelectableByMouse);
    summary_->setWordWrap(true);
    buildStatus_->setWordWrap(true);
    summary_->setObjectName("studySummary");
    buildStatus_->setObjectName("buildStatus");
    progress_->setObjectName("buildProgress");
    design_->setObjectName("designButton");
    build_->setObjectName("buildButton");
    cancel_->setObjectName("cancelBuildButton");
    run_->setObjectName("runButton");
    results_->setObjectName("resultsButton");
    cancel_->setEnabled(false);
    progress_->setRange(0, 1000);
    progress_->setValue(0);

    auto* files = new QHBoxLayout;
    auto* newButton = new QPushButton(tr("New study…"));
    auto* openButton = new QPushButton(tr("Open study…"));
    newButton->setObjectName("newStudyButton");
    openButton->setObjectName("openStudyButton");
    files->addWidget(path_, 1);
    files->addWidget(newButton);
    files->addWidget(openButton);

    auto* steps = new QGridLayout;
    steps->addWidget(new QLabel(tr("<b>1.</b> Conditions, prompts, questions")), 0, 0);
    steps->addWidget(design_, 0, 1);
    steps->addWidget(new QLabel(tr("<b>2.</b> Generate and render every stimulus")), 1, 0);
    auto* buildButtons = new QHBoxLayout;
    buildButtons->addWidget(build_);
    buildButtons->addWidget(cancel_);
    steps->addLayout(buildButtons, 1, 1);
    steps->addWidget(progress_, 2, 0, 1, 2);
    steps->addWidget(buildStatus_, 3, 0, 1, 2);
    steps->addWidget(new QLabel(tr("<b>3.</b> Blind trials, one participant at a time")), 4, 0);
    steps->addWidget(run_, 4, 1);
    steps->addWidget(new QLabel(tr("<b>4.</b> Tables, tests and chart")), 5, 0);
    steps->addWidget(results_, 5, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(files);
    layout->addWidget(summary_);
    layout->addLayout(steps);
    layout->addStretch();

    connect(newButton, &QPushButton::clicked, this, &ListeningTestWindow::newStudy);
    connect(openButton, &QPushButton::clicked, this, &ListeningTestWindow::chooseStudy);
    connect(design_, &QPushButton::clicked, this, &ListeningTestWindow::design);
    connect(build_, &QPushButton::clicked, this, &ListeningTestWindow::build);
    connect(cancel_, &QPushButton::clicked, builder_, &StimulusBuilder::cancel);
    connect(run_, &QPushButton::clicked, this, &ListeningTestWindow::runParticipant);
    connect(results_, &QPushButton::clicked, this, &ListeningTestWindow::showResults);
    connect(builder_, &StimulusBuilder::progress, this,
            [this](int index, int total, const QString& name, double f) {
                progress_->setValue(static_cast<int>(f * 1000));
                if (index < total)
                    buildStatus_->setText(tr("Making %1 (%2 of %3)…").arg(name).arg(index + 1).arg(total));
            });
    const auto done = [this](const QString& message) {
        cancel_->setEnabled(false);
        buildStatus_->setText(message);
        refresh();
    };
    connect(builder_, &StimulusBuilder::finished, this, [done](int made, int skipped, bool wav) {
        done(tr("%1 stimuli made, %2 already there (%3).")
                 .arg(made)
                 .arg(skipped)
                 .arg(wav ? tr("MIDI and WAV") : tr("MIDI")));
    });
    connect(builder_, &StimulusBuilder::warning, this, [this](const QString& message) {
        showError(tr("Build stimuli"), tr("Writing MIDI files only (no WAV): %1").arg(message));
    });
    connect(builder_, &StimulusBuilder::cancelled, this,
            [done] { done(tr("Cancelled: the stimuli made so far are kept; build again to go on.")); });
    connect(builder_, &StimulusBuilder::failed, this, [this, done](const QString& message) {
        done(tr("Stopped: %1").arg(message));
        showError(tr("Build stimuli"), message);
    });

    const QString last = QSettings().value(kLastStudyKey).toString();
    if (!last.isEmpty() && QFileInfo::exists(QDir(last).filePath(st::kStudyFileName)))
        openStudy(last);
    else
        refresh();
}

ListeningTestWindow::~ListeningTestWindow() = default;

void ListeningTestWindow::showError(const QString& title, const QString& message) {
    QMessageBox::warning(this, title, message);
}

bool ListeningTestWindow::openStudy(const QString& dir) {
    try {
        st::loadStudy(dir.toStdString());
    } catch (const std::exception& e) {
        showError(tr("Open study"), QString::fromUtf8(e.what()));
        return false;
    }
    if (resultsView_ && resultsView_->studyDir() != dir) resultsView_->close(); // another study's results
    dir_ = dir;
    QSettings().setValue(kLastStudyKey, dir);
    refresh();
    return true;
}

void ListeningTestWindow::newStudy() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("New study: choose an empty folder"));
    if (dir.isEmpty()) return;
    if (QFileInfo::exists(QDir(dir).filePath(st::kStudyFileName))) {
        openStudy(dir);
        return;
    }
    try {
        st::saveStudy(st::defaultStudy(), dir.toStdString());
    } catch (const std::exception& e) {
        return showError(tr("New study"), QString::fromUtf8(e.what()));
    }
    if (openStudy(dir)) design();
}

void ListeningTestWindow::chooseStudy() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open a study folder"), dir_);
    if (!dir.isEmpty()) openStudy(dir);
}

void ListeningTestWindow::refresh() {
    const bool busy = builder_->isBusy();
    const bool have = !dir_.isEmpty();
    path_->setText(have ? QDir::toNativeSeparators(dir_) : tr("No study open"));
    design_->setEnabled(have && !busy);
    build_->setEnabled(have && !busy);
    run_->setEnabled(have && !busy);
    results_->setEnabled(have);
    if (!have) {
        summary_->setText(
            tr("Create a study (a folder holding its design, stimuli and answers) or open one."));
        return;
    }
    try {
        const std::string dir = dir_.toStdString();
        const st::Study s = st::loadStudy(dir);
        const auto problems = s.problems();
        const auto planned = st::planStimuli(s).size();
        const auto missing = problems.empty() ? st::missingStimuli(s, dir).size() : planned;
        const auto participants = st::participantIds(dir).size();
        QString text =
            tr("<b>%1</b>: %2 conditions, %3 prompts, %4 trials per participant. Stimuli: %5 of %6 built. "
               "Participants: %7.")
                .arg(QString::fromStdString(s.title).toHtmlEscaped())
                .arg(s.conditions.size())
                .arg(s.prompts.size())
                .arg(s.prompts.size() * static_cast<std::size_t>(s.samplesPerPrompt))
                .arg(planned - missing)
                .arg(planned)
                .arg(participants);
        if (!problems.empty())
            text += "<br><font color='#b00'>" +
                    tr("Not ready: %1").arg(QString::fromStdString(problems.front()).toHtmlEscaped()) +
                    "</font>";
        summary_->setText(text);
        build_->setEnabled(!busy && problems.empty() && missing > 0);
        run_->setEnabled(!busy && problems.empty());
    } catch (const std::exception& e) {
        summary_->setText(QString::fromUtf8(e.what()).toHtmlEscaped());
        build_->setEnabled(false);
        run_->setEnabled(false);
    }
}

void ListeningTestWindow::design() {
    try {
        StudyDesignerDialog dialog(dir_, st::loadStudy(dir_.toStdString()), this);
        dialog.exec();
    } catch (const std::exception& e) {
        showError(tr("Design"), QString::fromUtf8(e.what()));
    }
    refresh();
}

void ListeningTestWindow::build() {
    try {
        const st::Study s = st::loadStudy(dir_.toStdString());
        s.validate();
        if (builder_->start(s, dir_)) {
            cancel_->setEnabled(true);
            progress_->setValue(0);
            buildStatus_->setText(tr("Loading the models…"));
        }
    } catch (const std::exception& e) {
        showError(tr("Build stimuli"), QString::fromUtf8(e.what()));
    }
    refresh();
}

void ListeningTestWindow::runParticipant() {
    try {
        const std::string dir = dir_.toStdString();
        const st::Study s = st::loadStudy(dir);
        s.validate();
        if (!st::missingStimuli(s, dir).empty() &&
            QMessageBox::question(
                this, tr("Run a participant"),
                tr("Some stimuli are not built yet: participants will find them missing. Run anyway?")) !=
                QMessageBox::Yes)
            return;
        const int number = st::nextParticipantNumber(dir);
        // Those who stopped midway, so that resuming one is not mistaken for starting a new id.
        const int trials = static_cast<int>(s.prompts.size()) * s.samplesPerPrompt;
        QStringList unfinished;
        for (const st::ParticipantLog& log : st::loadAllParticipants(dir))
            if (static_cast<int>(log.completedTrials.size()) < trials)
                unfinished << tr("%1 (%2 of %3 trials done)")
                                  .arg(QString::fromStdString(log.participantId))
                                  .arg(log.completedTrials.size())
                                  .arg(trials);
        QString prompt =
            tr("Participant id (a new id starts a new participant; an existing one resumes where it "
               "stopped):");
        if (!unfinished.isEmpty())
            prompt = tr("Unfinished: %1. Type one of these ids to resume it.").arg(unfinished.join(", ")) +
                     "\n\n" + prompt;
        bool ok = false;
        const QString id =
            QInputDialog::getText(this, tr("Run a participant"), prompt, QLineEdit::Normal,
                                  QStringLiteral("P%1").arg(number + 1, 2, 10, QChar('0')), &ok);
        if (!ok || id.isEmpty()) return;
        if (!st::isValidParticipantId(id.toStdString()))
            return showError(tr("Run a participant"), tr("Use letters, digits, '-' or '_' (at most 40)."));
        ParticipantWindow window(dir_, s, id, number, this);
        window.exec();
    } catch (const std::exception& e) {
        showError(tr("Run a participant"), QString::fromUtf8(e.what()));
    }
    refresh();
}

void ListeningTestWindow::showResults() {
    try {
        // One results window per study: Results… again brings it up with the answers re-read.
        if (resultsView_ && resultsView_->studyDir() == dir_) {
            resultsView_->reload();
        } else {
            if (resultsView_) resultsView_->close();
            resultsView_ = new ResultsView(dir_, this);
            resultsView_->setAttribute(Qt::WA_DeleteOnClose);
        }
        resultsView_->show();
        resultsView_->raise();
        resultsView_->activateWindow();
    } catch (const std::exception& e) {
        showError(tr("Results"), QString::fromUtf8(e.what()));
    }
}

} // namespace fgg::studio::listening
