#pragma once
// The menus and tool bars of the main window, from the Actions.
#include <QList>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace fgg::studio {

class Actions;

void buildMenus(QMainWindow* window, Actions& a, const QList<QDockWidget*>& docks);

/// Widgets the tool bars carry besides actions.
struct ToolBarWidgets {
    QWidget* snap = nullptr;      ///< snap combo
    QWidget* drawTrack = nullptr; ///< "draw into" combo
    QWidget* tempo = nullptr;     ///< tempo spin box
    QWidget* key = nullptr;       ///< key combo
    QWidget* bars = nullptr;      ///< length in bars
    QWidget* dragMidi = nullptr;  ///< "Drag MIDI": the selection or the piece dragged out as a MIDI file
};

void buildToolBars(QMainWindow* window, Actions& a, const ToolBarWidgets& w);

} // namespace fgg::studio
