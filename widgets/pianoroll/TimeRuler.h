#pragma once
// The bar/beat ruler above the roll: a click moves the playhead, a drag marks a time range (for "regenerate
// selection" and loop playback).
#include <QWidget> // first: moc must see Qt before <compare>

#include "model/music/Note.h"

namespace fgg::ui {

class RollAxis;
class ScoreEditor;

class TimeRuler : public QWidget {
    Q_OBJECT
public:
    explicit TimeRuler(RollAxis* axis, QWidget* parent = nullptr);
    void setEditor(ScoreEditor* editor) { editor_ = editor; }
    void setPlayhead(Tick tick);
    void setRegion(Tick start, Tick end);

Q_SIGNALS:
    void seekRequested(fgg::Tick tick);
    void rangeSelected(fgg::Tick start, fgg::Tick end);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    Tick snapped(double x) const;

    RollAxis* axis_;
    ScoreEditor* editor_ = nullptr;
    Tick playhead_ = 0;
    Tick regionStart_ = 0;
    Tick regionEnd_ = 0;
    bool dragging_ = false;
    double pressX_ = 0;
    Tick pressTick_ = 0;
};

} // namespace fgg::ui
