#pragma once
// Dragging music out of the window as a MIDI file (into a DAW, a file manager). Widgets only start the drag:
// what it carries (a file written by the app, the file's bytes) comes from a provider the app sets, called
// when the drag starts, so widgets never write files themselves.
#include <QToolButton>
#include <functional>

class QMimeData;

namespace fgg::ui {

/// Makes the drag's data when a drag starts; nullptr: there is nothing to drag (the drag does not start).
using MimeProvider = std::function<QMimeData*()>;

/// A copy drag of `data` (taken over) from `source`, with `label` on the drag cursor. Returns the drop
/// action (Qt::IgnoreAction when dropped nowhere or cancelled).
Qt::DropAction startMidiDrag(QWidget* source, QMimeData* data, const QString& label);

/// Tells a press-and-move that is long enough to be a drag (QApplication::startDragDistance).
class DragGesture {
public:
    void press(const QPoint& at) {
        pressed_ = at;
        armed_ = true;
    }
    void release() { armed_ = false; }
    /// True once, when a move with the left button held has gone far enough from the press.
    bool moved(const QPoint& to, Qt::MouseButtons buttons);

private:
    QPoint pressed_;
    bool armed_ = false;
};

/// A tool button to drag from ("Drag MIDI"): press, then move out of the window. A click alone emits
/// clicked() as usual (the app shows how to use it).
class MidiDragButton : public QToolButton {
    Q_OBJECT
public:
    explicit MidiDragButton(QWidget* parent = nullptr);
    void setProvider(MimeProvider provider) { provider_ = std::move(provider); }
    const MimeProvider& provider() const { return provider_; }

Q_SIGNALS:
    /// The drag is about to start with `data` (tests look at what a drop would receive here).
    void dragStarting(const QMimeData* data);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    MimeProvider provider_;
    DragGesture gesture_;
};

} // namespace fgg::ui
