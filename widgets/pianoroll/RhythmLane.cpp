#include "widgets/pianoroll/RhythmLane.h"

#include "widgets/ground/RollAxis.h"
#include "widgets/ground/RollPalette.h"
#include "widgets/ground/ScoreEditor.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace fgg::ui {

RhythmLane::RhythmLane(RollAxis* axis, QWidget* parent) : QWidget(parent), axis_(axis) {
    setObjectName(QStringLiteral("rhythmLane"));
    setToolTip(tr("Rhythm: click or drag to choose where the melody starts notes; Generate follows the bars "
                  "you draw (right-click for more)"));
    connect(axis_, &RollAxis::changed, this, qOverload<>(&QWidget::update));
}

const std::vector<int>& RhythmLane::shown() const {
    static const std::vector<int> none;
    return editor_ ? editor_->score().melodyRhythm : none;
}

Tick RhythmLane::ticksPerStep() const {
    return editor_ ? std::max<Tick>(1, editor_->score().ticksPerSixteenth()) : 120;
}

int RhythmLane::pieceSteps() const {
    if (!editor_) return 0;
    const Score& s = editor_->score();
    return std::max(1, s.bars()) * static_cast<int>(s.ticksPerBar() / ticksPerStep());
}

int RhythmLane::stepAt(double x) const {
    return static_cast<int>(std::max<Tick>(0, axis_->widgetXToTick(x)) / ticksPerStep());
}

void RhythmLane::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette::laneBackground());
    if (!editor_) return;
    const std::vector<int>& on = onsets();
    const Tick step = ticksPerStep();
    const int first = std::max(0, stepAt(0));
    const int last = std::min(pieceSteps(), stepAt(width()) + 1);
    const int perBar = static_cast<int>(editor_->score().ticksPerBar() / step);
    for (int s = first; s < last; ++s) {
        const double x0 = axis_->tickToWidgetX(s * step);
        const double x1 = axis_->tickToWidgetX((s + 1) * step);
        const QRectF cell(x0 + 1, 3, std::max(1.0, x1 - x0 - 2), height() - 6);
        const bool lit = s < static_cast<int>(on.size()) && on[static_cast<std::size_t>(s)] > 0;
        if (lit)
            p.fillRect(cell, palette::trackColour(kMelodyTrack));
        else
            p.fillRect(cell, s % 4 == 0 ? QColor(0x3a, 0x3f, 0x47) : QColor(0x30, 0x34, 0x3a));
        if (perBar > 0 && s % perBar == 0) {
            p.setPen(palette::barLine());
            p.drawLine(QPointF(x0, 0), QPointF(x0, height()));
        }
    }
}

void RhythmLane::paint(int step) {
    if (step < 0 || step >= static_cast<int>(painted_.size())) return;
    if (painted_[static_cast<std::size_t>(step)] == paintValue_) return;
    painted_[static_cast<std::size_t>(step)] = paintValue_;
    update();
}

void RhythmLane::mousePressEvent(QMouseEvent* event) {
    if (!editor_ || event->button() != Qt::LeftButton) return;
    const int step = stepAt(event->position().x());
    if (step >= pieceSteps()) return;
    painted_ = shown();
    painted_.resize(static_cast<std::size_t>(pieceSteps()), 0);
    paintValue_ = painted_[static_cast<std::size_t>(step)] > 0 ? 0 : 1;
    dragging_ = true;
    paint(step);
}

void RhythmLane::mouseMoveEvent(QMouseEvent* event) {
    if (dragging_) paint(stepAt(event->position().x()));
}

void RhythmLane::mouseReleaseEvent(QMouseEvent*) {
    if (!dragging_) return;
    dragging_ = false;
    std::vector<int> onsets = painted_;
    if (std::all_of(onsets.begin(), onsets.end(), [](int v) { return v == 0; })) onsets.clear();
    commit(onsets, tr("Draw rhythm"));
}

void RhythmLane::commit(const std::vector<int>& onsets, const QString& label) {
    if (editor_ && onsets != editor_->score().melodyRhythm) editor_->setMelodyRhythm(onsets, label);
    update();
}

void RhythmLane::takeFromMelody() {
    if (!editor_) return;
    std::vector<int> onsets(static_cast<std::size_t>(pieceSteps()), 0);
    if (const Track* m = editor_->score().track(kMelodyTrack))
        for (const Note& n : m->notes) {
            const Tick s = (n.start + ticksPerStep() / 2) / ticksPerStep();
            if (s >= 0 && s < static_cast<Tick>(onsets.size())) onsets[static_cast<std::size_t>(s)] = 1;
        }
    if (std::all_of(onsets.begin(), onsets.end(), [](int v) { return v == 0; })) onsets.clear();
    commit(onsets, tr("Rhythm from the melody"));
}

void RhythmLane::clear() {
    commit({}, tr("Clear rhythm"));
}

void RhythmLane::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    menu.addAction(tr("Take Rhythm from Melody"), this, &RhythmLane::takeFromMelody);
    QAction* clearAction = menu.addAction(tr("Clear Rhythm"), this, &RhythmLane::clear);
    clearAction->setEnabled(editor_ && !editor_->score().melodyRhythm.empty());
    menu.exec(event->globalPos());
}

} // namespace fgg::ui
