#include "app/studio/Actions.h"

#include <QAction>
#include <QActionGroup>
#include <QIcon>
#include <QKeySequence>

namespace fgg::studio {

namespace {

QAction* make(QObject* parent, const QString& text, const QString& tip, const QKeySequence& key = {},
              const QString& icon = {}) {
    auto* a = new QAction(text, parent);
    if (!key.isEmpty()) a->setShortcut(key);
    if (!icon.isEmpty()) a->setIcon(QIcon(icon));
    // The tooltip names the shortcut, so users learn it from hovering.
    a->setToolTip(key.isEmpty() ? tip
                                : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    a->setStatusTip(tip);
    return a;
}

QAction* toggle(QObject* parent, const QString& text, const QString& tip, bool on,
                const QKeySequence& key = {}) {
    QAction* a = make(parent, text, tip, key);
    a->setCheckable(true);
    a->setChecked(on);
    return a;
}

} // namespace

Actions::Actions(QObject* parent) : QObject(parent) {
    QObject* p = this;
    newFile =
        make(p, tr("&New"), tr("Start a new piece"), QKeySequence::New, QStringLiteral(":/icons/new.svg"));
    open =
        make(p, tr("&Open…"), tr("Open a project"), QKeySequence::Open, QStringLiteral(":/icons/open.svg"));
    save =
        make(p, tr("&Save"), tr("Save the project"), QKeySequence::Save, QStringLiteral(":/icons/save.svg"));
    saveAs = make(p, tr("Save &As…"), tr("Save the project under a new name"), QKeySequence::SaveAs);
    importMidi =
        make(p, tr("&Import MIDI…"), tr("Read a MIDI file: choose its melody and accompaniment tracks"),
             QKeySequence(Qt::CTRL | Qt::Key_I));
    exportMidi = make(p, tr("&Export MIDI…"),
                      tr("Write a MIDI file with every track, the tempo and the chords as markers"),
                      QKeySequence(Qt::CTRL | Qt::Key_E));
    exportSelectionMidi =
        make(p, tr("Export &Selection as MIDI…"), tr("Write only the selected notes to a MIDI file"));
    exportMusicXml = make(p, tr("Export Music&XML…"),
                          tr("Write the score for notation programs (MuseScore, Dorico, Sibelius)"));
    exportWav = make(p, tr("Export &WAV…"), tr("Render the piece to an audio file with the soundfont"));
    preferences =
        make(p, tr("&Preferences…"), tr("Soundfont, audio output, MIDI port, device, autosave, language"),
             QKeySequence::keyBindings(QKeySequence::Preferences).isEmpty()
                 ? QKeySequence(Qt::CTRL | Qt::Key_Comma) // desktops without a standard binding
                 : QKeySequence(QKeySequence::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    quit = make(p, tr("&Quit"), tr("Close fgg-studio"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    cut = make(p, tr("Cu&t"), tr("Cut the selected notes"), QKeySequence::Cut);
    copy = make(p, tr("&Copy"), tr("Copy the selected notes"), QKeySequence::Copy);
    copyAsMidi =
        make(p, tr("Copy as &MIDI"),
             tr("Put the selected notes (or the whole piece) on the clipboard as a MIDI file, to paste "
                "into a DAW or a folder"),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    copyAsMidi->setObjectName(QStringLiteral("copyAsMidi"));
    paste = make(p, tr("&Paste"), tr("Paste notes at the playhead"), QKeySequence::Paste);
    duplicate = make(p, tr("D&uplicate"), tr("Repeat the selected notes right after themselves"),
                     QKeySequence(Qt::CTRL | Qt::Key_D));
    remove = make(p, tr("&Delete"), tr("Delete the selected notes"), QKeySequence::Delete);
    selectAll =
        make(p, tr("Select &All"), tr("Select every note of the editable tracks"), QKeySequence::SelectAll);
    quantise =
        make(p, tr("&Quantise"), tr("Snap the selected notes (or all) to the grid"), QKeySequence(Qt::Key_Q));
    harmonise = make(p, tr("&Harmonise Melody"),
                     tr("Fill the chord lane with chords for the melody track (learned progressions)"));
    harmonise->setObjectName(QStringLiteral("harmoniseMelody"));
    lockNotes = make(p, tr("&Lock Notes"),
                     tr("Keep the selected notes when generating: Generate and Regenerate write around them"),
                     QKeySequence(Qt::CTRL | Qt::Key_L));
    lockNotes->setObjectName(QStringLiteral("lockNotes"));
    unlockNotes = make(p, tr("U&nlock Notes"), tr("Let generation replace the selected notes again"),
                       QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    unlockNotes->setObjectName(QStringLiteral("unlockNotes"));
    detectChords =
        make(p, tr("&Detect Chords from Selection"),
             tr("Fill the chord lane over the selected notes (or the marked region) with the chords "
                "they make"));
    detectChords->setObjectName(QStringLiteral("detectChordsFromSelection"));
    transposeUp =
        make(p, tr("Transpose Up"), tr("Move the selection a semitone up"), QKeySequence(Qt::Key_Up));
    transposeDown =
        make(p, tr("Transpose Down"), tr("Move the selection a semitone down"), QKeySequence(Qt::Key_Down));
    octaveUp =
        make(p, tr("Octave Up"), tr("Move the selection an octave up"), QKeySequence(Qt::SHIFT | Qt::Key_Up));
    octaveDown = make(p, tr("Octave Down"), tr("Move the selection an octave down"),
                      QKeySequence(Qt::SHIFT | Qt::Key_Down));
    // The roll handles the arrow keys itself while it has focus; these menu entries only show the keys.
    for (QAction* a : {transposeUp, transposeDown, octaveUp, octaveDown})
        a->setShortcutContext(Qt::WidgetShortcut);

    midiInputGroup = new QActionGroup(p);
    midiInputOff =
        toggle(p, tr("MIDI Input &Off"), tr("Keys played on the MIDI keyboard are not entered"), true);
    midiInputNotes =
        toggle(p, tr("MIDI Step Input: &Notes"),
               tr("Keys played on the MIDI keyboard become notes at the playhead, which moves on by one "
                  "snap step"),
               false);
    midiInputChords = toggle(p, tr("MIDI Step Input: &Chords"),
                             tr("A chord played on the MIDI keyboard replaces the chord at the playhead, "
                                "which moves to the next"),
                             false);
    for (QAction* a : {midiInputOff, midiInputNotes, midiInputChords})
        midiInputGroup->addAction(a);

    toolGroup = new QActionGroup(p);
    selectTool =
        make(p, tr("&Select Tool"), tr("Select, move and resize notes; drag a rectangle to mark a region"),
             QKeySequence(Qt::Key_1), QStringLiteral(":/icons/select.svg"));
    drawTool = make(p, tr("D&raw Tool"), tr("Click to draw notes, drag to set their length"),
                    QKeySequence(Qt::Key_2), QStringLiteral(":/icons/draw.svg"));
    eraseTool = make(p, tr("&Erase Tool"), tr("Click or drag across notes to erase them"),
                     QKeySequence(Qt::Key_3), QStringLiteral(":/icons/erase.svg"));
    for (QAction* a : {selectTool, drawTool, eraseTool}) {
        a->setCheckable(true);
        toolGroup->addAction(a);
    }
    selectTool->setChecked(true);

    zoomIn = make(p, tr("Zoom &In"), tr("Zoom in horizontally (Ctrl+wheel)"), QKeySequence::ZoomIn,
                  QStringLiteral(":/icons/zoom-in.svg"));
    zoomOut = make(p, tr("Zoom &Out"), tr("Zoom out horizontally (Ctrl+wheel)"), QKeySequence::ZoomOut,
                   QStringLiteral(":/icons/zoom-out.svg"));
    zoomInVertical = make(p, tr("Taller Rows"), tr("Zoom in vertically (Alt+wheel)"),
                          QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Plus));
    zoomOutVertical = make(p, tr("Shorter Rows"), tr("Zoom out vertically (Alt+wheel)"),
                           QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Minus));
    followPlayhead = toggle(p, tr("&Follow Playhead"), tr("Scroll the roll along with playback"), true,
                            QKeySequence(Qt::Key_F));
    showMelody = toggle(p, tr("Show Melody"), tr("Show or hide the melody track"), true);
    showAccompaniment = toggle(p, tr("Show Accompaniment"), tr("Show or hide the accompaniment track"), true);
    lockMelody = toggle(p, tr("Lock Melody"), tr("Protect the melody from edits"), false);
    lockAccompaniment =
        toggle(p, tr("Lock Accompaniment"), tr("Protect the accompaniment from edits"), false);

    play = make(p, tr("&Play"), tr("Play from the playhead, or pause"), QKeySequence(Qt::Key_Space),
                QStringLiteral(":/icons/play.svg"));
    stop = make(p, tr("S&top"), tr("Stop and return to where playback started"), QKeySequence(Qt::Key_Period),
                QStringLiteral(":/icons/stop.svg"));
    toStart =
        make(p, tr("Go to &Start"), tr("Move the playhead to the beginning"), QKeySequence(Qt::Key_Home));
    metronome =
        toggle(p, tr("&Metronome"), tr("Click on every beat while playing"), false, QKeySequence(Qt::Key_K));
    loop = toggle(p, tr("&Loop"),
                  tr("Repeat the marked bars while playing (the whole piece when none are marked)"), false,
                  QKeySequence(Qt::Key_L));
    loop->setIcon(QIcon(QStringLiteral(":/icons/loop.svg")));
    sendLive =
        toggle(p, tr("Send Live to &DAW"),
               tr("Offer the MIDI port fgg-studio-live:out and play into it: connect a DAW's MIDI input "
                  "to it to record or hear the piece with its instruments"),
               false);
    sendLive->setObjectName(QStringLiteral("sendLive"));

    generate = make(p, tr("&Generate"), tr("Generate music for the chord progression"),
                    QKeySequence(Qt::CTRL | Qt::Key_G), QStringLiteral(":/icons/generate.svg"));
    regenerate = make(p, tr("&Regenerate Selection"), tr("Generate the marked bars again, keeping the rest"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G));
    continueMelody =
        make(p, tr("C&ontinue Melody"),
             tr("Keep the melody written so far (your motif) and continue it through the rest of "
                "the progression"),
             QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_G));
    continueMelody->setObjectName(QStringLiteral("continueMelody"));
    cancelGeneration = make(p, tr("&Cancel Generation"), tr("Stop the running generation"),
                            QKeySequence(Qt::SHIFT | Qt::Key_Escape));

    about = make(p, tr("&About fgg-studio"), tr("Version and licences"));
    about->setMenuRole(QAction::AboutRole);
    aboutQt = make(p, tr("About &Qt"), tr("The Qt toolkit"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

} // namespace fgg::studio
