#pragma once
// The menu of chords to put in a slot: the likeliest chords learned from songs (when given), diatonic chords
// of the key, sevenths, borrowed chords and secondary dominants. Hovering an entry plays it; choosing it
// replaces the slot's chord.
#include "model/music/Scale.h"

#include <QMenu>

namespace fgg::ui {

class ChordSuggestionMenu : public QMenu {
    Q_OBJECT
public:
    /// `likely`: learned suggestions for the slot, best first, shown above the key's chords.
    ChordSuggestionMenu(const Key& key, const Chord& current, const std::vector<Chord>& likely = {},
                        QWidget* parent = nullptr);

Q_SIGNALS:
    void chordHovered(const fgg::Chord& chord);
    void chordChosen(const fgg::Chord& chord);

private:
    std::vector<Chord> chords_; ///< by action data index
};

} // namespace fgg::ui
