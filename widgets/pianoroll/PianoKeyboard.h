#pragma once
// The keyboard at the roll's left: one key per pitch row, C's labelled; a click plays the pitch.
#include <QWidget>

namespace fgg::ui {

class RollAxis;

class PianoKeyboard : public QWidget {
    Q_OBJECT
public:
    explicit PianoKeyboard(RollAxis* axis, QWidget* parent = nullptr);
    void setHoverPitch(int pitch);
    int pitchAt(QPoint pos) const;

Q_SIGNALS:
    void keyPressed(int pitch);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    RollAxis* axis_;
    int hover_ = -1;
    int pressed_ = -1;
};

} // namespace fgg::ui
