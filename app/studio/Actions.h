#pragma once
// Every command of the main window as a QAction, with its shortcut, tooltip and icon, in one place. The menus
// and tool bars (MenuBuilder) and the window's wiring (MainWindow) use these.
#include <QObject>

class QAction;
class QActionGroup;
class QMenu;

namespace fgg::studio {

class Actions : public QObject {
    Q_OBJECT
public:
    explicit Actions(QObject* parent);

    // File
    QAction* newFile;
    QAction* open;
    QAction* save;
    QAction* saveAs;
    QAction* importMidi;
    QAction* exportMidi;
    QAction* exportSelectionMidi;
    QAction* exportMusicXml;
    QAction* exportWav;
    QAction* preferences;
    QAction* quit;
    QMenu* recentMenu = nullptr; ///< filled by MainWindow

    // Edit
    QAction* undo = nullptr; ///< created from the undo stack
    QAction* redo = nullptr;
    QAction* cut;
    QAction* copy;
    QAction* copyAsMidi; ///< the selection (or the piece) on the clipboard as a MIDI file
    QAction* paste;
    QAction* duplicate;
    QAction* remove;
    QAction* selectAll;
    QAction* quantise;
    QAction* harmonise;    ///< fills the chord lane from the melody (model/harmony)
    QAction* detectChords; ///< fills the chord lane over the selection from its notes
    QAction* lockNotes;    ///< the selected notes are kept by Generate and Regenerate
    QAction* unlockNotes;
    QAction* transposeUp;
    QAction* transposeDown;
    QAction* octaveUp;
    QAction* octaveDown;
    QActionGroup* midiInputGroup; ///< MIDI keyboard step input: off, notes, chords
    QAction* midiInputOff;
    QAction* midiInputNotes;
    QAction* midiInputChords;

    // Tools and snap
    QActionGroup* toolGroup;
    QAction* selectTool;
    QAction* drawTool;
    QAction* eraseTool;

    // View
    QAction* zoomIn;
    QAction* zoomOut;
    QAction* zoomInVertical;
    QAction* zoomOutVertical;
    QAction* followPlayhead;
    QAction* showMelody;
    QAction* showAccompaniment;
    QAction* lockMelody;
    QAction* lockAccompaniment;

    // Transport
    QAction* play;
    QAction* stop;
    QAction* toStart;
    QAction* metronome;
    QAction* loop;
    QAction* sendLive; ///< play into the live MIDI port a DAW connects to (Preferences::liveMidiPort)

    // Generate
    QAction* generate;
    QAction* regenerate;
    QAction* continueMelody; ///< the melody so far (a motif) carried on to the end
    QAction* cancelGeneration;

    // Help
    QAction* about;
    QAction* aboutQt;
};

} // namespace fgg::studio
