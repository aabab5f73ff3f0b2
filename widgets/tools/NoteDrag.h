#pragma once
// Moving or resizing the selected notes with the mouse, snapped to the grid: previewed while dragging and
// sent to the editor as one intent on release (Ctrl at the start copies instead of moving).
#include "widgets/ground/NoteTypes.h"

#include <QPointF>

namespace fgg::ui {

class RollToolHost;
struct NoteHit;

class NoteDrag {
public:
    enum class Kind { Move, Resize };

    bool active() const { return active_; }
    /// Starts dragging the current selection, grabbed at `hit` (which must be selected).
    void begin(RollToolHost& host, const NoteHit& hit, QPointF pos, bool copy);
    void update(RollToolHost& host, QPointF pos);
    /// Sends the edit (if anything changed) and selects the result.
    void finish(RollToolHost& host);
    void cancel(RollToolHost& host);

private:
    NotesByTrack moved(const RollToolHost& host, QPointF pos) const;

    bool active_ = false;
    bool copy_ = false;
    Kind kind_ = Kind::Move;
    Note anchor_;
    QPointF startPos_;
    NotesByTrack before_;
    NotesByTrack after_;
    int lastAuditioned_ = -1;
};

} // namespace fgg::ui
