#include "widgets/chords/ChordLane.h"

#include "model/music/Error.h"
#include "widgets/chords/ChordScaleMenu.h"
#include "widgets/chords/ChordSuggestionMenu.h"
#include "widgets/ground/RollAxis.h"
#include "widgets/ground/RollPalette.h"
#include "widgets/ground/ScoreEditor.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <algorithm>
#include <limits>

namespace fgg::ui {

namespace {
constexpr double kBoundaryReach = 4.0;

QColor chordColour(const Chord& c) {
    if (c.isNoChord()) return QColor(0x3a, 0x3e, 0x45);
    // Hue around the circle of fifths, so related chords look related.
    const int fifths = (c.root() * 7) % 12;
    return QColor::fromHsv(fifths * 30, 90, 120);
}
} // namespace

ChordLane::ChordLane(RollAxis* axis, QWidget* parent) : QWidget(parent), axis_(axis) {
    setObjectName(QStringLiteral("chordLane"));
    setFocusPolicy(Qt::ClickFocus);
    setMouseTracking(true);
    setToolTip(tr("Chords: double-click to type a symbol, drag a boundary to move a change, right-click for "
                  "suggestions"));
    editorLine_ = new QLineEdit(this);
    editorLine_->setObjectName(QStringLiteral("chordEditor"));
    editorLine_->hide();
    editorLine_->installEventFilter(this);
    connect(editorLine_, &QLineEdit::textEdited, this, [this] {
        editorLine_->setStyleSheet({});
        errorBubble_->hide();
    });
    errorBubble_ = new QLabel(parent ? parent : this);
    errorBubble_->setObjectName(QStringLiteral("chordError"));
    errorBubble_->setStyleSheet(
        QStringLiteral("background:#5c1f1f;color:#ffdede;border:1px solid #ff6b6b;padding:3px;"));
    errorBubble_->setWordWrap(true);
    errorBubble_->hide();
    connect(axis_, &RollAxis::changed, this, qOverload<>(&QWidget::update));
}

void ChordLane::setEditor(ScoreEditor* editor) {
    editor_ = editor;
    refresh();
}

const std::vector<ChordSpan>& ChordLane::spans() const {
    static const std::vector<ChordSpan> none;
    return editor_ ? editor_->score().chords : none;
}

void ChordLane::refresh() {
    if (selected_ >= static_cast<int>(spans().size())) selected_ = -1;
    update();
}

void ChordLane::selectIndex(int index) {
    if (index >= static_cast<int>(spans().size())) index = -1;
    if (index == selected_) return;
    selected_ = index;
    update();
    Q_EMIT selectionChanged(index);
}

int ChordLane::indexAt(Tick tick) const {
    const auto& s = spans();
    for (std::size_t i = 0; i < s.size(); ++i)
        if (tick >= s[i].start && tick < s[i].end()) return static_cast<int>(i);
    return -1;
}

int ChordLane::boundaryNear(double x) const {
    const auto& s = spans();
    for (std::size_t i = 0; i < s.size(); ++i)
        if (std::abs(axis_->tickToWidgetX(s[i].end()) - x) <= kBoundaryReach) return static_cast<int>(i);
    return -1;
}

Tick ChordLane::snapTick(Tick t) const {
    const PianoRollGeometry& g = axis_->geometry();
    return std::max<Tick>(0, g.snapNearest(t, SnapMode::Quarter));
}

void ChordLane::apply(std::vector<ChordSpan> s, const QString& label) {
    if (!editor_) return;
    std::sort(s.begin(), s.end(), [](const ChordSpan& a, const ChordSpan& b) { return a.start < b.start; });
    s.erase(std::remove_if(s.begin(), s.end(), [](const ChordSpan& c) { return c.length <= 0; }), s.end());
    if (s == spans()) return;
    editor_->setChords(s, label);
}

void ChordLane::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.fillRect(rect(), palette::laneBackground());
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(13);
    p.setFont(f);
    const auto& s = spans();
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double x0 = axis_->tickToWidgetX(s[i].start);
        const double x1 = axis_->tickToWidgetX(s[i].end());
        if (x1 < 0 || x0 > width()) continue;
        const QRectF r(x0 + 1, 3, x1 - x0 - 2, height() - 6);
        const bool sel = static_cast<int>(i) == selected_;
        p.setPen(sel ? QPen(palette::selection(), 2.0) : QPen(QColor(0x15, 0x17, 0x1a), 1.0));
        p.setBrush(chordColour(s[i].chord));
        p.drawRoundedRect(r, 4, 4);
        p.setPen(palette::laneText());
        QString text = s[i].chord.isNoChord() ? QStringLiteral("N.C.")
                                              : QString::fromStdString(s[i].chord.toLeadSheet());
        if (s[i].scale) text += QStringLiteral(" · ") + scaleLabel(s[i]);
        p.drawText(
            r.adjusted(5, 0, -2, 0), Qt::AlignVCenter | Qt::AlignLeft,
            p.fontMetrics().elidedText(text, Qt::ElideRight, std::max(0, static_cast<int>(r.width()) - 6)));
    }
    if (draggingBoundary_ >= 0) {
        const double x = axis_->tickToWidgetX(dragTick_);
        p.setPen(QPen(palette::selection(), 2.0));
        p.drawLine(QPointF(x, 0), QPointF(x, height()));
    }
}

void ChordLane::mousePressEvent(QMouseEvent* e) {
    if (isEditing()) commitEdit();
    if (e->button() != Qt::LeftButton) return;
    const double x = e->position().x();
    draggingBoundary_ = boundaryNear(x);
    if (draggingBoundary_ >= 0) {
        dragTick_ = spans()[static_cast<std::size_t>(draggingBoundary_)].end();
        return;
    }
    const int i = indexAt(axis_->widgetXToTick(x));
    selectIndex(i);
    if (i >= 0) Q_EMIT chordAuditionRequested(spans()[static_cast<std::size_t>(i)].chord);
}

void ChordLane::mouseMoveEvent(QMouseEvent* e) {
    const double x = e->position().x();
    if (draggingBoundary_ < 0) {
        setCursor(boundaryNear(x) >= 0 ? Qt::SplitHCursor : Qt::ArrowCursor);
        return;
    }
    const auto& s = spans();
    const auto b = static_cast<std::size_t>(draggingBoundary_);
    if (b >= s.size()) { // the chords changed under the drag (an undo by shortcut): drop it
        draggingBoundary_ = -1;
        return;
    }
    const Tick beat = axis_->geometry().ticksPerBeat();
    // Between the start of this span and the end of the next one, keeping each at least a beat long.
    const Tick low = s[b].start + beat;
    const Tick high = b + 1 < s.size() && s[b + 1].start == s[b].end() ? s[b + 1].end() - beat
                                                                       : std::numeric_limits<Tick>::max();
    dragTick_ = std::clamp(snapTick(axis_->widgetXToTick(x)), low, std::max(low, high));
    update();
}

void ChordLane::mouseReleaseEvent(QMouseEvent*) {
    if (draggingBoundary_ < 0) return;
    std::vector<ChordSpan> s = spans();
    const auto b = static_cast<std::size_t>(draggingBoundary_);
    draggingBoundary_ = -1;
    if (b >= s.size()) return; // the chords changed under the drag
    const Tick oldEnd = s[b].end();
    if (dragTick_ == oldEnd) {
        update();
        return;
    }
    s[b].length = dragTick_ - s[b].start;
    if (b + 1 < s.size() && s[b + 1].start == oldEnd) {
        const Tick nextEnd = s[b + 1].end();
        s[b + 1].start = dragTick_;
        s[b + 1].length = nextEnd - dragTick_;
    } else if (b + 1 < s.size() && s[b].end() > s[b + 1].start) {
        s[b].length = s[b + 1].start - s[b].start;
    }
    apply(s, tr("Move chord change"));
    update();
}

void ChordLane::mouseDoubleClickEvent(QMouseEvent* e) {
    const Tick tick = axis_->widgetXToTick(e->position().x());
    beginEdit(indexAt(tick), tick);
}

void ChordLane::contextMenuEvent(QContextMenuEvent* e) {
    const Tick tick = axis_->widgetXToTick(e->pos().x());
    const int i = indexAt(tick);
    selectIndex(i);
    QMenu menu(this);
    menu.addAction(tr("Edit chord…"), this, [this, i, tick] { beginEdit(i, tick); });
    if (i >= 0) {
        const Chord current = spans()[static_cast<std::size_t>(i)].chord;
        const Key key = editor_ && editor_->score().key ? *editor_->score().key : Key{};
        const std::vector<Chord> likely = suggest_ ? suggest_(i) : std::vector<Chord>();
        auto* suggestions = new ChordSuggestionMenu(key, current, likely, &menu);
        connect(suggestions, &ChordSuggestionMenu::chordHovered, this, &ChordLane::chordAuditionRequested);
        connect(suggestions, &ChordSuggestionMenu::chordChosen, this, [this](const Chord& c) {
            setSelectedChord(c);
            Q_EMIT chordAuditionRequested(c);
        });
        menu.addMenu(suggestions);
        menu.addSeparator();
        menu.addAction(tr("Split here"), this, [this, tick] { splitSelected(snapTick(tick)); });
        QAction* merge = menu.addAction(tr("Merge with next"), this, [this] { mergeSelectedWithNext(); });
        merge->setEnabled(i + 1 < static_cast<int>(spans().size()));
        menu.addAction(tr("Clear (no chord)"), this, [this] { clearSelected(); });
        menu.addSeparator();
        const ChordSpan& span = spans()[static_cast<std::size_t>(i)];
        auto* scales = new ChordScaleMenu(span.chord, span.scale, &menu);
        connect(scales, &ChordScaleMenu::scaleChosen, this,
                [this, i](const std::optional<PitchClassSet>& scale) { setScale(i, scale); });
        menu.addMenu(scales);
    } else if (suggest_) {
        // An empty slot: the likeliest chords after the ones before it.
        int before = 0;
        for (const ChordSpan& s : spans())
            before += s.start < tick;
        const std::vector<Chord> likely = suggest_(before);
        if (!likely.empty()) {
            const Key key = editor_ && editor_->score().key ? *editor_->score().key : Key{};
            auto* suggestions = new ChordSuggestionMenu(key, Chord(), likely, &menu);
            suggestions->setTitle(tr("Next chord (learned)"));
            connect(suggestions, &ChordSuggestionMenu::chordHovered, this,
                    &ChordLane::chordAuditionRequested);
            connect(suggestions, &ChordSuggestionMenu::chordChosen, this, [this, tick](const Chord& c) {
                insertChordAt(tick, c);
                Q_EMIT chordAuditionRequested(c);
            });
            menu.addMenu(suggestions);
        }
    }
    menu.exec(e->globalPos());
}

void ChordLane::keyPressEvent(QKeyEvent* e) {
    switch (e->key()) {
    case Qt::Key_F2:
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (selected_ >= 0) beginEdit(selected_);
        break;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        clearSelected();
        break;
    case Qt::Key_Left:
        if (selected_ > 0) selectIndex(selected_ - 1);
        break;
    case Qt::Key_Right:
        if (selected_ + 1 < static_cast<int>(spans().size())) selectIndex(selected_ + 1);
        break;
    default:
        QWidget::keyPressEvent(e);
        return;
    }
    e->accept();
}

bool ChordLane::eventFilter(QObject* watched, QEvent* event) {
    if (watched == editorLine_ && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape) {
            cancelEdit();
            return true;
        }
        // Consumed here: a line edit passes Return on to its parent, which would open the editor again.
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            commitEdit();
            return true;
        }
    }
    if (watched == editorLine_ && event->type() == QEvent::FocusOut && editorLine_->isVisible() &&
        errorBubble_->isHidden())
        commitEdit(); // clicking elsewhere keeps a valid edit, as spreadsheets do
    return QWidget::eventFilter(watched, event);
}

// --- editing ---

bool ChordLane::isEditing() const {
    return editorLine_->isVisible();
}

void ChordLane::beginEdit(int index, Tick tick) {
    if (index >= static_cast<int>(spans().size())) index = -1;
    editTick_ = index >= 0 ? spans()[static_cast<std::size_t>(index)].start : tick;
    double x0 = 0, x1 = 0;
    QString text;
    if (index >= 0) {
        const ChordSpan& s = spans()[static_cast<std::size_t>(index)];
        x0 = axis_->tickToWidgetX(s.start);
        x1 = axis_->tickToWidgetX(s.end());
        text = s.chord.isNoChord() ? QString() : QString::fromStdString(s.chord.toLeadSheet());
    } else {
        const Tick start = axis_->geometry().snapFloor(tick, SnapMode::Quarter);
        x0 = axis_->tickToWidgetX(start);
        x1 = x0 + axis_->geometry().tickToX(axis_->geometry().ticksPerBeat() * 2);
    }
    editorLine_->setGeometry(static_cast<int>(x0) + 1, 2, std::max(70, static_cast<int>(x1 - x0) - 2),
                             height() - 4);
    editorLine_->setText(text);
    editorLine_->setStyleSheet({});
    editorLine_->selectAll();
    editorLine_->show();
    editorLine_->setFocus();
    errorBubble_->hide();
}

void ChordLane::cancelEdit() {
    editorLine_->hide();
    errorBubble_->hide();
    setFocus();
}

void ChordLane::showError(const QString& message) {
    lastError_ = message;
    editorLine_->setStyleSheet(QStringLiteral("background:#5c1f1f;color:#ffdede;border:1px solid #ff6b6b;"));
    editorLine_->setToolTip(message);
    errorBubble_->setText(message);
    errorBubble_->setMaximumWidth(420);
    errorBubble_->adjustSize();
    const QPoint below =
        mapTo(errorBubble_->parentWidget(), editorLine_->geometry().bottomLeft() + QPoint(0, 4));
    errorBubble_->move(below);
    errorBubble_->raise();
    errorBubble_->show();
    Q_EMIT errorMessage(message);
}

bool ChordLane::commitEdit() {
    if (!isEditing()) return true;
    const std::string text = editorLine_->text().trimmed().toStdString();
    Chord chord;
    try {
        chord = text.empty() ? Chord::noChord() : Chord::parse(text);
    } catch (const ParseError& e) {
        showError(tr("'%1' is not a chord symbol: %2")
                      .arg(QString::fromStdString(text), QString::fromUtf8(e.what())));
        return false;
    } catch (const Error& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    lastError_.clear();
    const Tick tick = editTick_;
    editorLine_->hide();
    errorBubble_->hide();
    setFocus();
    // The chords may have changed while the editor was open (an undo, a new lead sheet): the edit goes to
    // the chord at its tick now, or into the empty space there. (An index kept from beginEdit could point
    // past the end, or at another chord; an insertion into space that has since filled overlapped it.)
    const int index = indexAt(tick);
    if (index >= 0) {
        selected_ = index;
        setSelectedChord(chord);
        return true;
    }
    // A new chord in empty space: from the beat clicked (not before the chord ending there) to the next
    // chord or the end of the bar.
    std::vector<ChordSpan> s = spans();
    const PianoRollGeometry& g = axis_->geometry();
    ChordSpan span;
    span.start = std::max<Tick>(0, g.snapFloor(tick, SnapMode::Quarter));
    Tick end = g.snapFloor(tick, SnapMode::Bar) + g.ticksPerBar();
    for (const ChordSpan& c : s) {
        if (c.end() <= tick) span.start = std::max(span.start, c.end());
        if (c.start > tick) end = std::min(end, c.start);
    }
    if (end <= span.start) return true;
    span.length = end - span.start;
    span.chord = chord;
    s.push_back(span);
    apply(s, tr("Add chord %1").arg(QString::fromStdString(text)));
    return true;
}

void ChordLane::insertChordAt(Tick tick, const Chord& chord) {
    if (!editor_ || indexAt(tick) >= 0) return;
    const Tick bar = std::max<Tick>(1, editor_->score().ticksPerBar());
    Tick start = tick / bar * bar, end = start + bar;
    for (const ChordSpan& s : spans()) {
        if (s.end() <= tick) start = std::max(start, s.end());
        if (s.start > tick) end = std::min(end, s.start);
    }
    if (end <= start) return;
    std::vector<ChordSpan> s = spans();
    s.push_back({start, end - start, chord});
    apply(s, tr("Add chord %1").arg(QString::fromStdString(chord.toLeadSheet())));
    selectIndex(indexAt(start));
}

QString ChordLane::scaleLabel(const ChordSpan& span) {
    if (!span.scale) return {};
    for (const auto& [name, set] : chordScaleChoices(span.chord.isNoChord() ? 0 : span.chord.root()))
        if (set == *span.scale) return QString::fromStdString(name);
    return tr("custom scale");
}

void ChordLane::setScale(int index, const std::optional<PitchClassSet>& scale) {
    if (index < 0 || index >= static_cast<int>(spans().size())) return;
    std::vector<ChordSpan> s = spans();
    // Within a marked range, every chord of the range takes the scale (a blues chorus); else this one.
    const ChordSpan& clicked = s[static_cast<std::size_t>(index)];
    const bool inRange =
        markedEnd_ > markedStart_ && clicked.start < markedEnd_ && clicked.end() > markedStart_;
    int changed = 0;
    for (std::size_t k = 0; k < s.size(); ++k) {
        const bool target =
            inRange ? s[k].start < markedEnd_ && s[k].end() > markedStart_ : static_cast<int>(k) == index;
        if (target && s[k].scale != scale) {
            s[k].scale = scale;
            ++changed;
        }
    }
    if (changed == 0) return;
    apply(s, scale ? tr("Set the scale of %n chord(s)", nullptr, changed)
                   : tr("Give %n chord(s) their own scale back", nullptr, changed));
}

void ChordLane::setSelectedChord(const Chord& chord) {
    if (selected_ < 0) return;
    std::vector<ChordSpan> s = spans();
    s[static_cast<std::size_t>(selected_)].chord = chord;
    apply(s,
          tr("Set chord %1")
              .arg(chord.isNoChord() ? QStringLiteral("N.C.") : QString::fromStdString(chord.toLeadSheet())));
}

void ChordLane::splitSelected(Tick at) {
    if (selected_ < 0) return;
    std::vector<ChordSpan> s = spans();
    ChordSpan& span = s[static_cast<std::size_t>(selected_)];
    const Tick beat = axis_->geometry().ticksPerBeat();
    if (at <= span.start || at >= span.end()) // no usable point: split in half, on a beat
        at = span.start + std::max<Tick>(beat, span.length / 2 / beat * beat);
    if (at <= span.start || at >= span.end()) return;
    ChordSpan second = span;
    second.start = at;
    second.length = span.end() - at;
    span.length = at - span.start;
    s.insert(s.begin() + selected_ + 1, second);
    apply(s, tr("Split chord"));
}

void ChordLane::mergeSelectedWithNext() {
    if (selected_ < 0 || selected_ + 1 >= static_cast<int>(spans().size())) return;
    std::vector<ChordSpan> s = spans();
    const auto i = static_cast<std::size_t>(selected_);
    s[i].length = s[i + 1].end() - s[i].start;
    s.erase(s.begin() + selected_ + 1);
    apply(s, tr("Merge chords"));
}

void ChordLane::clearSelected() {
    if (selected_ < 0) return;
    setSelectedChord(Chord::noChord());
}

} // namespace fgg::ui
