#pragma once
// Note velocities as stems under the roll. Drag a stem (or across several) up or down to change velocities;
// when the stem's note is selected, every selected note follows. One drag is one undo step.
#include <QWidget> // first: moc must see Qt before <compare>

#include "widgets/ground/NoteTypes.h"

namespace fgg::ui {

class PianoRollView;
class RollAxis;
class ScoreEditor;

class VelocityLane : public QWidget {
    Q_OBJECT
public:
    explicit VelocityLane(RollAxis* axis, QWidget* parent = nullptr);
    void setEditor(ScoreEditor* editor) { editor_ = editor; }
    void setHost(PianoRollView* host) { host_ = host; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    int velocityAt(double y) const;
    /// Applies the velocity at `pos` to the notes whose stems are within reach of x.
    void apply(QPointF pos);

    RollAxis* axis_;
    ScoreEditor* editor_ = nullptr;
    PianoRollView* host_ = nullptr;
    bool dragging_ = false;
    bool followSelection_ = false;
    NotesByTrack before_; ///< the notes touched so far, as they were
    NotesByTrack after_;
};

} // namespace fgg::ui
