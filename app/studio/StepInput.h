#pragma once
// Step input from a MIDI keyboard (Edit > MIDI Input), as in a DAW's step recording, at the playhead:
//  Notes:  the keys held together become notes one snap step long in the drawing track (one undo step per
//          gesture); the playhead then moves on by that step.
//  Chords: the chord the held keys name (ChordRecognizer) replaces the chord at the playhead, keeping its
//  span,
//          or fills a new half bar where there is none; the playhead moves to the next chord.
#include <QObject> // first: moc must see Qt before <compare>

#include "model/music/Note.h"

#include <set>
#include <vector>

namespace fgg {
class Chord;
}
namespace fgg::ui {
class PianoRollView;
}

namespace fgg::studio {

class Document;

enum class StepInputMode { Off, Notes, Chords };

class StepInput : public QObject {
    Q_OBJECT
public:
    StepInput(Document* doc, ui::PianoRollView* roll, QObject* parent = nullptr);

    void setMode(StepInputMode mode);
    StepInputMode mode() const { return mode_; }

    void notePressed(int pitch, int velocity);
    void noteReleased(int pitch);
    void chordPlayed(const Chord& chord);

Q_SIGNALS:
    void message(const QString& text);

private:
    Tick step() const;
    void moveTo(Tick tick);

    Document* doc_;
    ui::PianoRollView* roll_;
    StepInputMode mode_ = StepInputMode::Off;
    std::set<int> held_;
    std::vector<Note> pending_; ///< this gesture's notes, added when the last key lifts
};

} // namespace fgg::studio
