#pragma once
// The candidates of the last generation, side by side as mini-rolls: click one to see it in the roll (as
// ghost notes), play it, and accept it (one undo step), or drag it out of the window as a MIDI file (the
// mini-roll or its "MIDI" handle; the app makes the file). Discard drops them all.
#include "model/music/Score.h"
#include "widgets/exchange/MidiDrag.h"

#include <QWidget>
#include <functional>
#include <vector>

class QFrame;
class QHBoxLayout;
class QLabel;
class QVBoxLayout;
class QPushButton;

namespace fgg::ui {

class MiniRoll;

class CandidateStrip : public QWidget {
    Q_OBJECT
public:
    explicit CandidateStrip(QWidget* parent = nullptr);

    /// Shows `candidates`; `from`..`to` is the regenerated range (0, 0: the whole piece).
    void setCandidates(const std::vector<Score>& candidates, const QString& what, Tick from = 0, Tick to = 0);
    /// While a generation runs: each candidate as it forms (the sampler's current estimate of the clean roll,
    /// decoded), redrawn in place at every step; `status` heads the strip. No buttons: there is nothing to
    /// accept yet. setCandidates() or clear() replaces them.
    void showForming(const std::vector<Score>& forming, const QString& status, Tick from = 0, Tick to = 0);
    int formingCount() const { return static_cast<int>(formingRolls_.size()); }
    void clear();
    int count() const { return static_cast<int>(candidates_.size()); }
    const Score& candidate(int i) const { return candidates_.at(static_cast<std::size_t>(i)); }
    int current() const { return current_; }
    void setCurrent(int i);
    QPushButton* acceptButton(int i) const;
    QPushButton* playButton(int i) const;
    MidiDragButton* dragButton(int i) const;
    /// The regenerated range the candidates were made for (rangeEnd() <= rangeStart(): the whole piece).
    Tick rangeStart() const { return from_; }
    Tick rangeEnd() const { return to_; }
    /// What dragging candidate `index` out of the strip carries (set by the app).
    void setDragProvider(std::function<QMimeData*(int index)> provider) {
        dragProvider_ = std::move(provider);
    }

Q_SIGNALS:
    void previewRequested(int index);
    void auditionRequested(int index);
    void acceptRequested(int index);
    void discarded();
    /// Candidate `index` is being dragged out with `data` (from its mini-roll or its MIDI handle).
    void dragStarting(int index, const QMimeData* data);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// A framed card for candidate `index` (0-based) with its title; the caller fills the layout and places
    /// it.
    struct Card {
        QFrame* frame;
        QVBoxLayout* layout;
        QLabel* title;
    };
    Card newCard(const QString& objectName, int index);

    std::vector<Score> candidates_;
    std::vector<QWidget*> cards_;
    std::vector<QWidget*> formingCards_;
    std::vector<MiniRoll*> formingRolls_;
    std::vector<QPushButton*> accept_;
    std::vector<QPushButton*> play_;
    std::vector<MidiDragButton*> drag_;
    std::function<QMimeData*(int)> dragProvider_;
    DragGesture miniRollDrag_;
    Tick from_ = 0;
    Tick to_ = 0;
    QHBoxLayout* row_;
    QLabel* title_;
    QPushButton* discard_;
    QLabel* empty_;
    int current_ = -1;
};

} // namespace fgg::ui
