#pragma once
// Notes grouped by track, a selection of notes, and a region of a score: the value types that edits, the
// roll and the generator speak in.
#include "model/music/Note.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace fgg {

/// Notes keyed by their track's name (kMelodyTrack, kAccompanimentTrack, ...).
using NotesByTrack = std::map<std::string, std::vector<Note>>;
/// A selection: notes are values (Note.h), so a selected note is found by value.
using NoteSelection = std::map<std::string, std::multiset<Note>>;

int noteCount(const NotesByTrack& notes);
NotesByTrack toNotes(const NoteSelection& selection);
NoteSelection toSelection(const NotesByTrack& notes);
/// Equal as multisets, track by track (the order of the notes does not matter).
bool sameNotes(const NotesByTrack& a, const NotesByTrack& b);

/// A time range (and, when `hasPitchRange`, a pitch range) of a score: what the user marked in the roll, what
/// Regenerate rewrites.
struct ScoreRegion {
    Tick start = 0;
    Tick end = 0;
    int lowPitch = 0;
    int highPitch = 127;
    bool hasPitchRange = false;
    bool isEmpty() const { return end <= start; }
    bool operator==(const ScoreRegion&) const = default;
};

} // namespace fgg
