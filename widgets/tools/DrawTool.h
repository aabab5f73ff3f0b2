#pragma once
// Draw: click on empty space to put a note (snapped), drag to set its length; a press on a note moves or
// resizes it as the select tool does; the right button erases.
#include "widgets/tools/NoteDrag.h"
#include "widgets/tools/RollTool.h"

#include <string>

namespace fgg::ui {

class DrawTool : public RollTool {
public:
    void press(RollToolHost& host, const RollMouse& m) override;
    void move(RollToolHost& host, const RollMouse& m) override;
    void release(RollToolHost& host, const RollMouse& m) override;
    void cancel(RollToolHost& host) override;
    Qt::CursorShape cursorAt(const RollToolHost& host, QPointF pos) const override;

private:
    NoteDrag drag_;
    bool drawing_ = false;
    bool dragged_ = false;
    std::string track_;
    Note note_;
};

} // namespace fgg::ui
