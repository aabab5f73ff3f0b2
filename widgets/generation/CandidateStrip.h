#pragma once
// The candidates of the last generation, side by side as mini-rolls: click one to see it in the roll (as
// ghost notes), play it, and accept it (one undo step). Discard drops them all.
#include "model/music/Score.h"

#include <QWidget>
#include <vector>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace fgg::ui {

class CandidateStrip : public QWidget {
    Q_OBJECT
public:
    explicit CandidateStrip(QWidget* parent = nullptr);

    /// Shows `candidates`; `from`..`to` is the regenerated range (0, 0: the whole piece).
    void setCandidates(const std::vector<Score>& candidates, const QString& what, Tick from = 0, Tick to = 0);
    void clear();
    int count() const { return static_cast<int>(candidates_.size()); }
    const Score& candidate(int i) const { return candidates_.at(static_cast<std::size_t>(i)); }
    int current() const { return current_; }
    void setCurrent(int i);
    QPushButton* acceptButton(int i) const;
    QPushButton* playButton(int i) const;

Q_SIGNALS:
    void previewRequested(int index);
    void auditionRequested(int index);
    void acceptRequested(int index);
    void discarded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    std::vector<Score> candidates_;
    std::vector<QWidget*> cards_;
    std::vector<QPushButton*> accept_;
    std::vector<QPushButton*> play_;
    QHBoxLayout* row_;
    QLabel* title_;
    QPushButton* discard_;
    QLabel* empty_;
    int current_ = -1;
};

} // namespace fgg::ui
