#include "app/studio/MenuBuilder.h"

#include "app/studio/Actions.h"
#include "app/studio/study/ListeningTest.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace fgg::studio {

void buildMenus(QMainWindow* window, Actions& a, const QList<QDockWidget*>& docks) {
    QMenuBar* bar = window->menuBar();
    QMenu* file = bar->addMenu(Actions::tr("&File"));
    file->addActions({a.newFile, a.open});
    a.recentMenu = file->addMenu(Actions::tr("Open &Recent"));
    file->addSeparator();
    file->addActions({a.save, a.saveAs});
    file->addSeparator();
    file->addAction(a.importMidi);
    file->addActions({a.exportMidi, a.exportSelectionMidi, a.exportMusicXml, a.exportWav});
    file->addSeparator();
    file->addAction(a.preferences);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = bar->addMenu(Actions::tr("&Edit"));
    edit->addActions({a.undo, a.redo});
    edit->addSeparator();
    edit->addActions({a.cut, a.copy, a.copyAsMidi, a.paste, a.duplicate, a.remove});
    edit->addSeparator();
    edit->addActions({a.selectAll, a.quantise, a.harmonise, a.detectChords});
    edit->addActions({a.lockNotes, a.unlockNotes});
    QMenu* transpose = edit->addMenu(Actions::tr("&Transpose"));
    transpose->addActions({a.transposeUp, a.transposeDown, a.octaveUp, a.octaveDown});
    edit->addSeparator();
    edit->addActions({a.selectTool, a.drawTool, a.eraseTool});
    QMenu* midiInput = edit->addMenu(Actions::tr("&MIDI Input"));
    midiInput->addActions({a.midiInputOff, a.midiInputNotes, a.midiInputChords});

    QMenu* view = bar->addMenu(Actions::tr("&View"));
    view->addActions({a.zoomIn, a.zoomOut, a.zoomInVertical, a.zoomOutVertical});
    view->addSeparator();
    view->addAction(a.followPlayhead);
    view->addSeparator();
    view->addActions({a.showMelody, a.showAccompaniment, a.lockMelody, a.lockAccompaniment});
    view->addSeparator();
    for (QDockWidget* d : docks)
        view->addAction(d->toggleViewAction());

    QMenu* transport = bar->addMenu(Actions::tr("&Transport"));
    transport->addActions({a.play, a.stop, a.toStart, a.loop, a.metronome});
    transport->addSeparator();
    transport->addAction(a.sendLive);

    QMenu* generate = bar->addMenu(Actions::tr("&Generate"));
    generate->addActions({a.generate, a.regenerate, a.continueMelody, a.cancelGeneration});

    QMenu* tools = bar->addMenu(Actions::tr("T&ools"));
    tools->addAction(Actions::tr("&Listening Test…"), window,
                     [window] { listening::openListeningTests(window); });

    QMenu* help = bar->addMenu(Actions::tr("&Help"));
    help->addActions({a.about, a.aboutQt});
}

void buildToolBars(QMainWindow* window, Actions& a, const ToolBarWidgets& w) {
    QToolBar* main = window->addToolBar(Actions::tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    main->addActions({a.newFile, a.open, a.save});
    main->addSeparator();
    main->addActions({a.undo, a.redo});
    main->addSeparator();
    main->addActions({a.play, a.stop, a.loop});
    main->addSeparator();
    main->addAction(a.generate);
    if (w.dragMidi) main->addWidget(w.dragMidi);
    main->addSeparator();
    main->addWidget(new QLabel(Actions::tr(" Tempo "), main));
    main->addWidget(w.tempo);
    main->addWidget(new QLabel(Actions::tr(" Key "), main));
    main->addWidget(w.key);
    main->addWidget(new QLabel(Actions::tr(" Bars "), main));
    main->addWidget(w.bars);

    window->addToolBarBreak();
    QToolBar* edit = window->addToolBar(Actions::tr("Edit"));
    edit->setObjectName(QStringLiteral("editToolBar"));
    edit->addActions({a.selectTool, a.drawTool, a.eraseTool});
    edit->addSeparator();
    edit->addWidget(new QLabel(Actions::tr(" Snap "), edit));
    edit->addWidget(w.snap);
    edit->addWidget(new QLabel(Actions::tr(" Draw into "), edit));
    edit->addWidget(w.drawTrack);
    edit->addSeparator();
    edit->addActions({a.showMelody, a.lockMelody, a.showAccompaniment, a.lockAccompaniment});
    edit->addSeparator();
    edit->addActions({a.zoomIn, a.zoomOut, a.followPlayhead});
}

} // namespace fgg::studio
