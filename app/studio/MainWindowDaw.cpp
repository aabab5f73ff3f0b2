// MainWindow's ways into a DAW and the sound of each part: drag a candidate, the selection or the piece out
// as a MIDI file, Copy as MIDI, the live MIDI port, and the General MIDI program of each track and of the
// chord pad (each change one undo step, saved with the piece and written to exported MIDI).
#include "app/studio/Actions.h"
#include "app/studio/Document.h"
#include "app/studio/MainWindow.h"
#include "app/studio/MidiClip.h"
#include "app/studio/MidiExchange.h"
#include "app/studio/Playback.h"
#include "app/studio/Preferences.h"
#include "model/music/GeneralMidi.h"
#include "widgets/exchange/MidiDrag.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/pianoroll/PianoRollView.h"
#include "widgets/sound/SoundPanel.h"

#include <QAction>
#include <QMimeData>
#include <QStatusBar>

namespace fgg::studio {

namespace {

QString programText(int program) {
    const std::string_view name = gm::programName(program);
    return QString::fromUtf8(name.data(), static_cast<int>(name.size()));
}

QString partName(const QString& track) {
    if (track == QLatin1String(kMelodyTrack)) return MainWindow::tr("melody");
    if (track == QLatin1String(kAccompanimentTrack)) return MainWindow::tr("accompaniment");
    return track;
}

} // namespace

void MainWindow::connectDawAndSound() {
    // What is shared: the selected notes, else the whole piece.
    auto shared = [this] {
        return roll_->hasSelection()
                   ? selectionClip(doc_->score(), toNotes(roll_->selection()), doc_->displayName())
                   : pieceClip(doc_->score(), doc_->displayName());
    };
    auto failed = [this] {
        statusBar()->showMessage(tr("Cannot make the MIDI file: %1").arg(exchange_->lastError()), 8000);
        return nullptr;
    };
    dragMidi_->setProvider([this, shared, failed]() -> QMimeData* {
        QMimeData* data = exchange_->mimeData(shared());
        return data ? data : failed();
    });
    connect(dragMidi_, &QToolButton::clicked, this, [this] {
        statusBar()->showMessage(tr("Drag this button into your DAW or a folder (the selection, or the whole "
                                    "piece); or use Edit > Copy as MIDI"),
                                 8000);
    });
    strip_->setDragProvider([this, failed](int index) -> QMimeData* {
        if (index < 0 || index >= strip_->count()) return nullptr;
        QMimeData* data =
            exchange_->mimeData(candidateClip(doc_->score(), strip_->candidate(index), index,
                                              strip_->rangeStart(), strip_->rangeEnd(), doc_->displayName()));
        return data ? data : failed();
    });
    connect(actions_->copyAsMidi, &QAction::triggered, this, [this, shared] {
        const MidiClip clip = shared();
        if (exchange_->copyToClipboard(clip))
            statusBar()->showMessage(tr("Copied %1.mid: paste it into a DAW or a folder").arg(clip.baseName),
                                     6000);
        else
            statusBar()->showMessage(tr("Cannot copy as MIDI: %1").arg(exchange_->lastError()), 8000);
    });
    connect(actions_->sendLive, &QAction::toggled, this, &MainWindow::sendLive);

    connect(sound_, &ui::SoundPanel::programChosen, this, [this](const QString& track, int program) {
        Score s = doc_->score();
        Track* t = s.track(track.toStdString());
        if (!t || t->program == program) return;
        t->program = program;
        doc_->replaceScore(s, tr("Set the %1's sound to %2").arg(partName(track), programText(program)));
        // Heard at once, in the register the part lives in.
        playback_->previewNote(track == QLatin1String(kMelodyTrack) ? 72 : 60, 90, program);
    });
    connect(sound_, &ui::SoundPanel::volumeChosen, this, [this](int db) {
        prefs_.volumeDb = db;
        savePreferences(prefs_);
        playback_->setVolume(db);
    });
    connect(sound_, &ui::SoundPanel::chordPadChosen, this, [this](bool enabled, int program) {
        Score s = doc_->score();
        s.chordPad = ChordPad{enabled, program};
        doc_->replaceScore(s,
                           enabled ? tr("Chord pad on: %1").arg(programText(program)) : tr("Chord pad off"));
    });
}

void MainWindow::sendLive(bool on) {
    prefs_.liveMidiPort = on;
    savePreferences(prefs_);
    playback_->setLiveOutput(on);
    statusBar()->showMessage(playback_->liveStatus(), 10000);
}

} // namespace fgg::studio
