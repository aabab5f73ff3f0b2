#pragma once
// Listening tests (Tools > Listening Test…): the one entry point the main window needs. The window it opens
// holds one study folder at a time: design it, build its stimuli (progress, cancel), run participants (new or
// resumed) and look at the results.
#include <QPointer>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace fgg::studio::listening {

class ResultsView;
class StimulusBuilder;

/// Opens (or raises) the listening-test window; `parent` owns it.
void openListeningTests(QWidget* parent);

class ListeningTestWindow : public QWidget {
    Q_OBJECT
public:
    explicit ListeningTestWindow(QWidget* parent = nullptr);
    ~ListeningTestWindow() override;

    /// Opens a study folder (containing study.json); false (with a message box) when it cannot be read.
    bool openStudy(const QString& dir);
    QString studyDir() const { return dir_; }

private:
    void newStudy();
    void chooseStudy();
    void design();
    void build();
    void runParticipant();
    void showResults();
    void refresh();
    void showError(const QString& title, const QString& message);

    QString dir_;
    QLabel* path_;
    QLabel* summary_;
    QLabel* buildStatus_;
    QProgressBar* progress_;
    QPushButton* design_;
    QPushButton* build_;
    QPushButton* cancel_;
    QPushButton* run_;
    QPushButton* results_;
    StimulusBuilder* builder_;
    QPointer<ResultsView> resultsView_; ///< the open results window, reused (and re-read) by Results…
};

} // namespace fgg::studio::listening
