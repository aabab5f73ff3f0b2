#include "widgets/pianoroll/NotePainter.h"

#include "widgets/ground/RollPalette.h"

#include <QPainter>
#include <algorithm>

namespace fgg::ui {

std::pair<std::size_t, std::size_t> visibleNoteRange(const std::vector<Note>& notes, Tick from, Tick to) {
    Tick longest = 0;
    for (const Note& n : notes)
        longest = std::max(longest, n.length);
    auto byStart = [](const Note& n, Tick t) { return n.start < t; };
    const auto first = std::lower_bound(notes.begin(), notes.end(), from - longest, byStart);
    const auto last = std::lower_bound(first, notes.end(), to, byStart);
    return {static_cast<std::size_t>(first - notes.begin()), static_cast<std::size_t>(last - notes.begin())};
}

namespace {
/// A locked note (kept by generation): a golden frame and, where the note is wide enough, a small padlock.
void paintLock(QPainter& p, const QRectF& r) {
    p.save();
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(palette::lockedNote(), 2.0));
    p.drawRect(r.adjusted(1, 1, -1, -1));
    const double h = std::min(r.height() - 4.0, 9.0);
    if (r.width() >= 12 && h >= 6) {
        const QRectF body(r.left() + 3, r.center().y() - h / 2 + h * 0.4, h * 0.8, h * 0.6);
        p.setBrush(palette::lockedNote());
        p.setPen(Qt::NoPen);
        p.drawRect(body);
        p.setBrush(Qt::NoBrush);
        p.setPen(QPen(palette::lockedNote(), 1.2));
        p.drawArc(
            QRectF(body.left() + body.width() * 0.15, body.top() - h * 0.45, body.width() * 0.7, h * 0.8), 0,
            180 * 16);
    }
    p.restore();
}
} // namespace

void paintNotes(QPainter& p, const PianoRollGeometry& g, const QRectF& visible,
                const std::vector<Note>& notes, const NoteStyle& style, const std::multiset<Note>* selected,
                const std::multiset<Note>* hidden) {
    const Tick from = g.xToTick(visible.left());
    const Tick to = g.xToTick(visible.right()) + 1;
    const int highPitch = g.yToPitch(visible.top());
    const int lowPitch = g.yToPitch(visible.bottom());
    const auto [first, last] = visibleNoteRange(notes, from, to);
    p.save();
    p.setOpacity(style.opacity);
    for (std::size_t i = first; i < last; ++i) {
        const Note& n = notes[i];
        if (n.end() <= from || n.pitch < lowPitch || n.pitch > highPitch) continue;
        if (hidden && hidden->count(n)) continue;
        const QRectF r = g.noteRect(n).adjusted(0.5, 0.5, -0.5, -0.5);
        if (style.outlineOnly) {
            p.setPen(QPen(style.colour, 1.5, Qt::DashLine));
            p.setBrush(QColor(style.colour.red(), style.colour.green(), style.colour.blue(), 40));
            p.drawRect(r);
            continue;
        }
        const bool isSelected = selected && selected->count(n);
        // Velocity shows as brightness: soft notes are darker.
        QColor fill = style.colour.darker(100 + (127 - std::clamp(n.velocity, 0, 127)) * 80 / 127);
        if (isSelected) fill = palette::selection();
        p.setPen(QPen(isSelected ? QColor(Qt::white) : fill.darker(180), 1.0));
        p.setBrush(fill);
        p.drawRect(r);
        if (n.locked) paintLock(p, r);
    }
    p.restore();
}

} // namespace fgg::ui
