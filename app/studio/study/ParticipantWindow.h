#pragma once
// The participant's view of a study: blind trials ("A", "B", "C"; no condition names anywhere), in the order
// the trial plan gives this participant; play and replay each stimulus (notes shown only if the designer
// chose so); every question answered before Next; "Trial 7 / 24"; close at any time and resume later where it
// stopped. Every answer goes to the participant's answer log as it is given.
#include "model/music/Score.h"
#include "model/study/Answers.h"
#include "model/study/Study.h"
#include "model/study/TrialPlan.h"

#include <QDialog>
#include <map>
#include <memory>
#include <vector>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QStackedWidget;

namespace fgg::studio::listening {

class StimulusPlayer;

class ParticipantWindow : public QDialog {
    Q_OBJECT
public:
    /// Opens (or resumes) the participant's answer log; throws fgg::Error when it cannot.
    ParticipantWindow(const QString& studyDir, const fgg::study::Study& study, const QString& participantId,
                      int participantNumber, QWidget* parent = nullptr);
    ~ParticipantWindow() override;

    int currentTrial() const { return current_; }
    int trialCount() const { return static_cast<int>(plan_.trials.size()); }
    bool isFinished() const { return current_ >= trialCount(); }

    /// Esc or the window's close button during the trials: asks before pausing (Pause does not ask).
    void reject() override;

Q_SIGNALS:
    void answerSaved();

private:
    void showInstructions();
    void showTrial(int index);
    void showFinished();
    QWidget* buildTrialPage(const fgg::study::Trial& trial);
    void record(const fgg::study::Answer& answer);
    void updateNext();
    void next();
    void togglePlay(int position);

    QString studyDir_;
    fgg::study::Study study_;
    std::unique_ptr<fgg::study::AnswerLog> log_;
    fgg::study::TrialPlan plan_;
    int current_ = 0;

    QStackedWidget* pages_;
    QLabel* trialLabel_;
    QProgressBar* progress_;
    QScrollArea* trialArea_;
    QPushButton* next_;
    QLabel* status_;
    StimulusPlayer* player_;
    std::vector<QButtonGroup*> groups_; ///< one per question x position (Likert) or question (preference)
    std::vector<QPushButton*> playButtons_;
    std::vector<Score> stimuli_; ///< by position in the current trial
};

} // namespace fgg::studio::listening
