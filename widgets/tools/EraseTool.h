#pragma once
// Erase: click a note, or drag across several; they disappear while dragging and are removed as one step.
#include "widgets/ground/NoteTypes.h"
#include "widgets/tools/RollTool.h"

namespace fgg::ui {

class EraseTool : public RollTool {
public:
    void press(RollToolHost& host, const RollMouse& m) override;
    void move(RollToolHost& host, const RollMouse& m) override;
    void release(RollToolHost& host, const RollMouse& m) override;
    void cancel(RollToolHost& host) override;
    Qt::CursorShape cursorAt(const RollToolHost& host, QPointF pos) const override;

private:
    void collect(RollToolHost& host, QPointF pos);
    bool erasing_ = false;
    NoteSelection erased_;
};

} // namespace fgg::ui
