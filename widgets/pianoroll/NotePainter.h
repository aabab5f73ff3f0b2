#pragma once
// Paints note rectangles, finding the visible ones by binary search on the (sorted) start ticks, so a roll
// with thousands of notes paints only what is on screen.
#include "widgets/ground/PianoRollGeometry.h"

#include <QColor>
#include <QRectF>
#include <set>
#include <vector>

class QPainter;

namespace fgg::ui {

struct NoteStyle {
    QColor colour;
    bool outlineOnly = false; ///< ghost notes (the live preview of a generation)
    double opacity = 1.0;
};

/// `notes` sorted by start. Notes in `hidden` are skipped (they are being dragged); notes in `selected` are
/// highlighted. Either set may be null.
void paintNotes(QPainter& p, const PianoRollGeometry& g, const QRectF& visible,
                const std::vector<Note>& notes, const NoteStyle& style,
                const std::multiset<Note>* selected = nullptr, const std::multiset<Note>* hidden = nullptr);

/// The range [first, last) of `notes` (sorted by start) that can intersect ticks [from, to).
std::pair<std::size_t, std::size_t> visibleNoteRange(const std::vector<Note>& notes, Tick from, Tick to);

} // namespace fgg::ui
