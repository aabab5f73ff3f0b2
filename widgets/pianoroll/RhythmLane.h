#pragma once
// The rhythm lane under the roll: one cell per 16th, lit where the user asks the melody to start a note
// (Score::melodyRhythm). Click a cell to toggle it, drag to paint; Generate follows the drawn bars through
// the rhythm guidance, and leaves bars with nothing drawn to the density. One gesture is one undo step.
#include <QWidget> // first: moc must see Qt before <compare>

#include "model/music/Score.h"

namespace fgg::ui {

class RollAxis;
class ScoreEditor;

class RhythmLane : public QWidget {
    Q_OBJECT
public:
    explicit RhythmLane(RollAxis* axis, QWidget* parent = nullptr);
    void setEditor(ScoreEditor* editor) { editor_ = editor; }

    /// The onsets as shown (during a drag: with the cells painted so far).
    const std::vector<int>& onsets() const { return dragging_ ? painted_ : shown(); }
    /// Every melody onset of the score as the lane's rhythm (Take from Melody).
    void takeFromMelody();
    void clear();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;

private:
    const std::vector<int>& shown() const;
    int stepAt(double x) const;
    Tick ticksPerStep() const;
    /// Steps of the whole piece (whole bars).
    int pieceSteps() const;
    void paint(int step);
    void commit(const std::vector<int>& onsets, const QString& label);

    RollAxis* axis_;
    ScoreEditor* editor_ = nullptr;
    bool dragging_ = false;
    int paintValue_ = 1; ///< what a drag paints: the opposite of the first cell it touched
    std::vector<int> painted_;
};

} // namespace fgg::ui
