#include "widgets/pianoroll/PianoRollView.h"

#include "widgets/chords/ChordLane.h"
#include "widgets/ground/RollPalette.h"
#include "widgets/pianoroll/GridPainter.h"
#include "widgets/pianoroll/NotePainter.h"
#include "widgets/pianoroll/PianoKeyboard.h"
#include "widgets/pianoroll/RhythmLane.h"
#include "widgets/pianoroll/TimeRuler.h"
#include "widgets/pianoroll/VelocityLane.h"
#include "widgets/tools/DrawTool.h"
#include "widgets/tools/EraseTool.h"
#include "widgets/tools/SelectTool.h"

#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <algorithm>
#include <cmath>

namespace fgg::ui {

namespace {
constexpr int kKeyboardWidth = 64;
constexpr int kRulerHeight = 22;
constexpr int kChordLaneHeight = 34;
constexpr int kVelocityHeight = 64;
constexpr int kRhythmHeight = 18;
constexpr Tick kExtraBars = 4; // room to draw past the end
} // namespace

PianoRollView::PianoRollView(QWidget* parent) : QAbstractScrollArea(parent), axis_(new RollAxis(this)) {
    setObjectName(QStringLiteral("pianoRoll"));
    tools_[0] = std::make_unique<SelectTool>();
    tools_[1] = std::make_unique<DrawTool>();
    tools_[2] = std::make_unique<EraseTool>();
    activeTool_ = tools_[0].get();
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setViewportMargins(kKeyboardWidth, kRulerHeight + kChordLaneHeight, 0, kRhythmHeight + kVelocityHeight);

    ruler_ = new TimeRuler(axis_, this);
    chordLane_ = new ChordLane(axis_, this);
    keyboard_ = new PianoKeyboard(axis_, this);
    velocityLane_ = new VelocityLane(axis_, this);
    rhythmLane_ = new RhythmLane(axis_, this);
    auto* chordsLabel = new QLabel(tr("Chords"), this);
    auto* velocityLabel = new QLabel(tr("Velocity"), this);
    auto* rhythmLabel = new QLabel(tr("Rhythm"), this);
    for (QLabel* l : {chordsLabel, velocityLabel, rhythmLabel}) {
        l->setAlignment(Qt::AlignCenter);
        l->setStyleSheet(QStringLiteral("background:#1f2226;color:#9aa3ad;font-size:10px;"));
    }
    corners_ = {chordsLabel, velocityLabel, rhythmLabel};
    velocityLane_->setHost(this);

    connect(keyboard_, &PianoKeyboard::keyPressed, this, [this](int pitch) { audition(pitch, 100); });
    connect(ruler_, &TimeRuler::seekRequested, this, &PianoRollView::seekRequested);
    connect(ruler_, &TimeRuler::rangeSelected, this, [this](Tick a, Tick b) {
        ScoreRegion r;
        r.start = a;
        r.end = b;
        setRegion(r);
    });
    connect(axis_, &RollAxis::changed, this, [this] { invalidate(); });
    horizontalScrollBar()->setSingleStep(20);
    verticalScrollBar()->setSingleStep(12);
    setTrackVisible(kMelodyTrack, true);
}

PianoRollView::~PianoRollView() = default;

void PianoRollView::setEditor(ScoreEditor* editor) {
    editor_ = editor;
    chordLane_->setEditor(editor);
    velocityLane_->setEditor(editor);
    rhythmLane_->setEditor(editor);
    ruler_->setEditor(editor);
    refresh();
}

void PianoRollView::refresh() {
    if (editor_) {
        const Score& s = editor_->score();
        PianoRollGeometry& g = axis_->geometry();
        g.setTicksPerBeat(s.ticksPerBeat);
        if (!s.timeSignatures.empty()) g.setBeatsPerBar(s.timeSignatures.front().numerator);
        // Keep only selected notes that still exist (after undo, an edit elsewhere, a generation).
        NoteSelection kept = toSelection(notesStillIn(s, toNotes(selection_)));
        if (kept != selection_) {
            selection_ = std::move(kept);
            Q_EMIT selectionChanged();
        }
    }
    updateScrollBars();
    invalidate();
    chordLane_->refresh();
    ruler_->update();
    velocityLane_->update();
    rhythmLane_->update();
}

void PianoRollView::setTool(Tool tool) {
    if (activeTool_) activeTool_->cancel(*this);
    toolKind_ = tool;
    activeTool_ = tools_[static_cast<std::size_t>(tool)].get();
    viewport()->setCursor(tool == Tool::Draw ? Qt::CrossCursor : Qt::ArrowCursor);
    Q_EMIT toolChanged(tool);
}

std::string PianoRollView::activeTrack() const {
    if (isTrackEditable(activeTrack_)) return activeTrack_;
    for (const char* t : {kMelodyTrack, kAccompanimentTrack})
        if (isTrackEditable(t)) return t;
    return {};
}

bool PianoRollView::isTrackVisible(const std::string& track) const {
    auto it = hidden_.find(track);
    return it == hidden_.end() || !it->second;
}

bool PianoRollView::isTrackLocked(const std::string& track) const {
    auto it = locked_.find(track);
    return it != locked_.end() && it->second;
}

void PianoRollView::setTrackVisible(const std::string& track, bool visible) {
    hidden_[track] = !visible;
    if (!visible && selection_.erase(track)) Q_EMIT selectionChanged();
    invalidate();
    velocityLane_->update();
}

void PianoRollView::setTrackLocked(const std::string& track, bool locked) {
    locked_[track] = locked;
    if (locked && selection_.erase(track)) Q_EMIT selectionChanged();
    invalidate();
    velocityLane_->update();
}

void PianoRollView::setGhostNotes(const NotesByTrack& notes) {
    ghosts_ = notes;
    viewport()->update();
}

void PianoRollView::setPlayhead(Tick tick) {
    if (tick == playhead_) return;
    playhead_ = tick;
    if (follow_) {
        const double x = axis_->geometry().tickToX(tick);
        const int sx = horizontalScrollBar()->value();
        const int w = viewport()->width();
        if (x < sx || x > sx + w * 0.9) horizontalScrollBar()->setValue(static_cast<int>(x - w * 0.1));
    }
    viewport()->update();
    ruler_->setPlayhead(tick);
    chordLane_->update();
}

void PianoRollView::ensureTickVisible(Tick tick) {
    const double x = axis_->geometry().tickToX(tick);
    const int sx = horizontalScrollBar()->value();
    if (x < sx || x > sx + viewport()->width() - 20)
        horizontalScrollBar()->setValue(static_cast<int>(x - 20));
}

void PianoRollView::centrePitch(int pitch) {
    const double y = axis_->geometry().pitchToY(pitch);
    verticalScrollBar()->setValue(static_cast<int>(y - viewport()->height() / 2.0));
}

void PianoRollView::setSelection(const NoteSelection& selection) {
    // Only notes of the score: a gesture may offer notes it saw when it began that are gone since (the
    // select tool's shift-band keeps the selection it started from while a key edits the notes).
    NoteSelection clean = editor_ ? toSelection(notesStillIn(editor_->score(), toNotes(selection)))
                                  : toSelection(toNotes(selection));
    if (clean == selection_) return;
    selection_ = std::move(clean);
    invalidate();
    velocityLane_->update();
    Q_EMIT selectionChanged();
}

void PianoRollView::setRegion(const ScoreRegion& region) {
    if (region == region_) return;
    region_ = region;
    viewport()->update();
    ruler_->setRegion(region.start, region.end);
    chordLane_->setMarkedRange(region.start, region.end);
    Q_EMIT regionChanged(region_);
}

bool PianoRollView::hasSelection() const {
    for (const auto& [track, notes] : selection_)
        if (!notes.empty()) return true;
    return false;
}

std::optional<NoteHit> PianoRollView::noteAt(QPointF pos) const {
    if (!editor_) return std::nullopt;
    const PianoRollGeometry& g = axis_->geometry();
    const Tick tick = g.xToTick(pos.x());
    const int pitch = g.yToPitch(pos.y());
    const auto order = paintOrder();
    for (auto it = order.rbegin(); it != order.rend(); ++it) { // topmost first
        if (!isTrackEditable(*it)) continue;
        const Track* t = editor_->score().track(*it);
        if (!t) continue;
        const auto [first, last] = visibleNoteRange(t->notes, tick, tick + 1);
        for (std::size_t i = last; i-- > first;) {
            const Note& n = t->notes[i];
            if (n.pitch != pitch || n.start > tick || n.end() <= tick) continue;
            const QRectF r = g.noteRect(n);
            const double edge = std::min(6.0, r.width() / 3.0);
            return NoteHit{*it, n, pos.x() >= r.right() - edge};
        }
    }
    return std::nullopt;
}

NotesByTrack PianoRollView::notesIn(const QRectF& rect) const {
    NotesByTrack out;
    if (!editor_) return out;
    const PianoRollGeometry& g = axis_->geometry();
    const Tick from = g.xToTick(rect.left());
    const Tick to = g.xToTick(rect.right()) + 1;
    const int high = g.yToPitch(rect.top());
    const int low = g.yToPitch(rect.bottom());
    for (const std::string& track : paintOrder()) {
        if (!isTrackEditable(track)) continue;
        const Track* t = editor_->score().track(track);
        if (!t) continue;
        const auto [first, last] = visibleNoteRange(t->notes, from, to);
        for (std::size_t i = first; i < last; ++i) {
            const Note& n = t->notes[i];
            if (n.pitch >= low && n.pitch <= high && n.end() > from && n.start < to) out[track].push_back(n);
        }
    }
    return out;
}

void PianoRollView::setPreview(const NoteSelection& hidden, const NotesByTrack& shown) {
    if (hidden != previewHidden_) {
        previewHidden_ = hidden;
        invalidate();
    }
    previewShown_ = shown;
    viewport()->update();
}

void PianoRollView::clearPreview() {
    setPreview({}, {});
}

void PianoRollView::setRubberBand(const std::optional<QRectF>& rect) {
    rubberBand_ = rect;
    viewport()->update();
}

void PianoRollView::audition(int pitch, int velocity) {
    Q_EMIT auditionRequested(pitch, velocity);
}

void PianoRollView::zoomHorizontally(double factor) {
    const double anchor = horizontalScrollBar()->value() + viewport()->width() / 2.0;
    const double newAnchor = axis_->geometry().zoomHorizontal(factor, anchor);
    updateScrollBars();
    horizontalScrollBar()->setValue(static_cast<int>(newAnchor - viewport()->width() / 2.0));
    syncAxis();
    axis_->notifyChanged();
    Q_EMIT zoomChanged();
}

void PianoRollView::zoomToFit() {
    if (!editor_) return;
    PianoRollGeometry& g = axis_->geometry();
    const Tick end = std::max<Tick>(editor_->score().endTick(), 4 * g.ticksPerBar());
    const double beats = static_cast<double>(end) / g.ticksPerBeat();
    g.setPixelsPerBeat(std::clamp((viewport()->width() - 24) / beats, 12.0, 96.0));
    updateScrollBars();
    horizontalScrollBar()->setValue(0);
    syncAxis();
    axis_->notifyChanged();
    Q_EMIT zoomChanged();
}

void PianoRollView::zoomVertically(double factor) {
    const double anchor = verticalScrollBar()->value() + viewport()->height() / 2.0;
    const double newAnchor = axis_->geometry().zoomVertical(factor, anchor);
    updateScrollBars();
    verticalScrollBar()->setValue(static_cast<int>(newAnchor - viewport()->height() / 2.0));
    syncAxis();
    axis_->notifyChanged();
    Q_EMIT zoomChanged();
}

// --- layout and painting ---

Tick PianoRollView::contentEndTick() const {
    const PianoRollGeometry& g = axis_->geometry();
    const Tick end = editor_ ? editor_->score().endTick() : 0;
    const Tick bars = std::max<Tick>(8, (end + g.ticksPerBar() - 1) / g.ticksPerBar() + kExtraBars);
    return bars * g.ticksPerBar();
}

void PianoRollView::updateScrollBars() {
    const PianoRollGeometry& g = axis_->geometry();
    const QSize vp = viewport()->size();
    horizontalScrollBar()->setPageStep(vp.width());
    horizontalScrollBar()->setRange(
        0, std::max(0, static_cast<int>(g.contentWidth(contentEndTick())) - vp.width()));
    verticalScrollBar()->setPageStep(vp.height());
    verticalScrollBar()->setRange(0, std::max(0, static_cast<int>(g.contentHeight()) - vp.height()));
    syncAxis();
}

void PianoRollView::syncAxis() {
    axis_->setScroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void PianoRollView::layoutLanes() {
    const QRect vp = viewport()->geometry();
    ruler_->setGeometry(vp.left(), vp.top() - kRulerHeight - kChordLaneHeight, vp.width(), kRulerHeight);
    chordLane_->setGeometry(vp.left(), vp.top() - kChordLaneHeight, vp.width(), kChordLaneHeight);
    keyboard_->setGeometry(vp.left() - kKeyboardWidth, vp.top(), kKeyboardWidth, vp.height());
    rhythmLane_->setGeometry(vp.left(), vp.bottom() + 1, vp.width(), kRhythmHeight);
    velocityLane_->setGeometry(vp.left(), vp.bottom() + 1 + kRhythmHeight, vp.width(), kVelocityHeight);
    corners_[0]->setGeometry(vp.left() - kKeyboardWidth, vp.top() - kRulerHeight - kChordLaneHeight,
                             kKeyboardWidth, kRulerHeight + kChordLaneHeight);
    corners_[2]->setGeometry(vp.left() - kKeyboardWidth, vp.bottom() + 1, kKeyboardWidth, kRhythmHeight);
    corners_[1]->setGeometry(vp.left() - kKeyboardWidth, vp.bottom() + 1 + kRhythmHeight, kKeyboardWidth,
                             kVelocityHeight);
}

void PianoRollView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    layoutLanes();
    updateScrollBars();
    invalidate();
}

void PianoRollView::scrollContentsBy(int, int) {
    syncAxis();
    invalidate();
}

void PianoRollView::invalidate() {
    cacheValid_ = false;
    viewport()->update();
    keyboard_->update();
}

std::vector<std::string> PianoRollView::paintOrder() const {
    // Accompaniment below, melody on top, other tracks first of all.
    std::vector<std::string> order;
    if (!editor_) return order;
    for (const Track& t : editor_->score().tracks)
        if (t.name != kMelodyTrack && t.name != kAccompanimentTrack) order.push_back(t.name);
    order.push_back(kAccompanimentTrack);
    order.push_back(kMelodyTrack);
    return order;
}

QPointF PianoRollView::toContent(QPointF p) const {
    return p + QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value());
}

void PianoRollView::rebuildCache() {
    const qreal dpr = devicePixelRatioF();
    const QSize size = viewport()->size();
    if (cache_.size() != size * dpr) cache_ = QPixmap(size * dpr);
    cache_.setDevicePixelRatio(dpr);
    QPainter p(&cache_);
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    p.translate(-scroll);
    const QRectF visible(scroll, QSizeF(size));
    static const Score empty;
    const Score& score = editor_ ? editor_->score() : empty;
    GridOptions grid;
    grid.endTick = score.endTick();
    paintGrid(p, axis_->geometry(), visible, score, grid);
    for (const std::string& name : paintOrder()) {
        const Track* t = score.track(name);
        if (!t || !isTrackVisible(name)) continue;
        NoteStyle style{palette::trackColour(name), false, isTrackLocked(name) ? 0.45 : 1.0};
        auto sel = selection_.find(name);
        auto hid = previewHidden_.find(name);
        paintNotes(p, axis_->geometry(), visible, t->notes, style,
                   sel == selection_.end() ? nullptr : &sel->second,
                   hid == previewHidden_.end() ? nullptr : &hid->second);
    }
    cacheValid_ = true;
}

void PianoRollView::paintOverlay(QPainter& p, const QRectF& visible) {
    const PianoRollGeometry& g = axis_->geometry();
    if (!region_.isEmpty()) {
        const double top = region_.hasPitchRange ? g.pitchToY(region_.highPitch) : visible.top();
        const double bottom =
            region_.hasPitchRange ? g.pitchToY(region_.lowPitch) + g.rowHeight() : visible.bottom();
        const QRectF r(QPointF(g.tickToX(region_.start), top), QPointF(g.tickToX(region_.end), bottom));
        p.fillRect(r, palette::region());
        p.setPen(QPen(palette::regionEdge(), 1.0, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
    }
    for (const auto& [track, notes] : ghosts_) {
        std::vector<Note> sorted = notes;
        std::sort(sorted.begin(), sorted.end());
        paintNotes(p, g, visible, sorted, NoteStyle{palette::trackColour(track).lighter(140), true, 1.0});
    }
    for (const auto& [track, notes] : previewShown_) {
        std::vector<Note> sorted = notes;
        std::sort(sorted.begin(), sorted.end());
        const std::multiset<Note> all(sorted.begin(), sorted.end());
        paintNotes(p, g, visible, sorted, NoteStyle{palette::trackColour(track), false, 0.85}, &all);
    }
    if (rubberBand_) {
        p.setPen(QPen(palette::selection(), 1.0, Qt::DashLine));
        p.setBrush(QColor(255, 210, 74, 30));
        p.drawRect(*rubberBand_);
    }
    const double x = std::floor(g.tickToX(playhead_)) + 0.5;
    p.setPen(QPen(palette::playhead(), 1.5));
    p.drawLine(QPointF(x, visible.top()), QPointF(x, visible.bottom()));
}

void PianoRollView::paintEvent(QPaintEvent*) {
    if (!cacheValid_) rebuildCache();
    QPainter p(viewport());
    p.drawPixmap(0, 0, cache_);
    const QPointF scroll(horizontalScrollBar()->value(), verticalScrollBar()->value());
    p.translate(-scroll);
    p.setRenderHint(QPainter::Antialiasing, false);
    paintOverlay(p, QRectF(scroll, QSizeF(viewport()->size())));
}

} // namespace fgg::ui
