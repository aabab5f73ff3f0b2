#pragma once
// Chords to suggest for a slot: the diatonic chords of the key (triads and sevenths), common borrowed chords
// (modal interchange) and secondary dominants, each with its function label. Pure, so it is tested on its
// own.
#include "model/music/Scale.h"

#include <QString>
#include <vector>

namespace fgg::ui {

struct ChordSuggestion {
    enum class Group { Diatonic, Sevenths, Borrowed, SecondaryDominant };
    Group group = Group::Diatonic;
    Chord chord;
    QString function; ///< "ii", "V7", "bVII", "V7/vi"
};

std::vector<ChordSuggestion> chordSuggestions(const Key& key);

/// Roman numeral of `chord` over `key`'s tonic, from its root's scale step and its quality ("vi", "V7",
/// "vii°").
QString romanNumeral(const Key& key, const Chord& chord);

} // namespace fgg::ui
