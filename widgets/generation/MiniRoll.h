#pragma once
// A small painted piano roll of one score (both tracks), used by the candidate strip; optionally only a time
// range, for regenerated regions.
#include "model/music/Score.h"

#include <QWidget>

namespace fgg::ui {

class MiniRoll : public QWidget {
    Q_OBJECT
public:
    explicit MiniRoll(QWidget* parent = nullptr);
    void setScore(const Score& score, Tick from = 0, Tick to = 0);
    QSize sizeHint() const override { return {220, 90}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Score score_;
    Tick from_ = 0;
    Tick to_ = 0;
};

} // namespace fgg::ui
