#pragma once
// A tool of the piano roll (select, draw, erase): turns mouse gestures into selections and edit intents.
#include <QPointF>
#include <Qt>

namespace fgg::ui {

class RollToolHost;

struct RollMouse {
    QPointF pos; ///< content coordinates
    Qt::MouseButton button = Qt::NoButton;
    Qt::MouseButtons buttons;
    Qt::KeyboardModifiers modifiers;
};

class RollTool {
public:
    virtual ~RollTool() = default;
    virtual void press(RollToolHost& host, const RollMouse& m) = 0;
    virtual void move(RollToolHost& host, const RollMouse& m) = 0;
    virtual void release(RollToolHost& host, const RollMouse& m) = 0;
    /// Escape or a focus loss: abandon the gesture, leaving the score as it was.
    virtual void cancel(RollToolHost& host) = 0;
    virtual Qt::CursorShape cursorAt(const RollToolHost& host, QPointF pos) const = 0;
};

} // namespace fgg::ui
