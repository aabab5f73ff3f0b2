#pragma once
// About fgg-studio: version, what it is, and the licences of what it ships (POP909, the soundfont, Qt,
// LibTorch, FluidSynth, RtMidi).
#include <QDialog>

namespace fgg::studio {

class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);
};

} // namespace fgg::studio
