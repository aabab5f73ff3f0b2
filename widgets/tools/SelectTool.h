#pragma once
// Select: click a note (Shift/Ctrl-click adds or removes), rubber-band over empty space (which also marks the
// region to regenerate), drag notes to move them, drag a note's end to resize.
#include "widgets/tools/NoteDrag.h"
#include "widgets/tools/RollTool.h"

namespace fgg::ui {

class SelectTool : public RollTool {
public:
    void press(RollToolHost& host, const RollMouse& m) override;
    void move(RollToolHost& host, const RollMouse& m) override;
    void release(RollToolHost& host, const RollMouse& m) override;
    void cancel(RollToolHost& host) override;
    Qt::CursorShape cursorAt(const RollToolHost& host, QPointF pos) const override;

    /// Shared with the draw tool: a press on an existing note selects and starts dragging it. False if no
    /// note.
    static bool pressOnNote(RollToolHost& host, const RollMouse& m, NoteDrag& drag);

private:
    NoteDrag drag_;
    bool banding_ = false;
    QPointF bandStart_;
    NoteSelection bandBase_;
};

} // namespace fgg::ui
