#include "app/studio/StepInput.h"

#include "app/studio/Document.h"
#include "model/music/Chord.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <algorithm>

namespace fgg::studio {

StepInput::StepInput(Document* doc, ui::PianoRollView* roll, QObject* parent)
    : QObject(parent), doc_(doc), roll_(roll) {}

void StepInput::setMode(StepInputMode mode) {
    mode_ = mode;
    held_.clear();
    pending_.clear();
}

Tick StepInput::step() const {
    const Tick snapped = roll_->rollGeometry().snapStep(roll_->snapMode());
    return snapped > 0 ? snapped : doc_->score().ticksPerSixteenth(); // snap off: 16ths
}

void StepInput::moveTo(Tick tick) {
    roll_->setPlayhead(tick);
    roll_->ensureTickVisible(tick);
}

void StepInput::notePressed(int pitch, int velocity) {
    if (mode_ != StepInputMode::Notes) return;
    const std::string track = roll_->activeTrack();
    if (!roll_->isTrackEditable(track)) {
        Q_EMIT message(tr("The %1 track is hidden or locked: step input needs it open")
                           .arg(QString::fromStdString(track)));
        return;
    }
    if (!held_.insert(pitch).second) return;
    pending_.push_back(Note{pitch, roll_->playhead(), step(), std::clamp(velocity, 1, 127)});
}

void StepInput::noteReleased(int pitch) {
    if (mode_ != StepInputMode::Notes || held_.erase(pitch) == 0 || !held_.empty() || pending_.empty())
        return;
    const Tick at = roll_->playhead();
    doc_->addNotes({{roll_->activeTrack(), pending_}},
                   tr("Step input: %n note(s)", nullptr, static_cast<int>(pending_.size())));
    pending_.clear();
    moveTo(at + step());
}

void StepInput::chordPlayed(const Chord& chord) {
    if (mode_ != StepInputMode::Chords) return;
    const Score& s = doc_->score();
    const Tick at = roll_->playhead();
    std::vector<ChordSpan> chords = s.chords;
    Tick next = 0;
    if (const ChordSpan* current = s.chordAt(at)) {
        ChordSpan& replaced = chords[static_cast<std::size_t>(current - s.chords.data())];
        replaced.chord = chord;
        next = replaced.end();
    } else {
        const Tick half = s.ticksPerBar() / 2;
        const Tick start = at - at % half;
        chords.push_back(ChordSpan{start, half, chord});
        std::sort(chords.begin(), chords.end(),
                  [](const ChordSpan& a, const ChordSpan& b) { return a.start < b.start; });
        next = start + half;
    }
    const QString name = QString::fromStdString(chord.toLeadSheet());
    doc_->setChords(chords, tr("Enter chord %1").arg(name), std::max(s.length, next));
    moveTo(next);
    Q_EMIT message(tr("Chord %1 entered").arg(name));
}

} // namespace fgg::studio
