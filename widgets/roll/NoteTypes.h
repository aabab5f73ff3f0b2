#pragma once
// Value types the roll widgets share with the app: notes grouped by track, and the snap grid.
#include "model/music/Note.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace fgg::ui {

/// Notes keyed by their track's name (kMelodyTrack, kAccompanimentTrack, ...).
using NotesByTrack = std::map<std::string, std::vector<Note>>;
/// A selection: notes are values, so a selected note is found by value (identical notes are
/// indistinguishable).
using NoteSelection = std::map<std::string, std::multiset<Note>>;

inline int noteCount(const NotesByTrack& n) {
    std::size_t c = 0;
    for (const auto& [track, notes] : n)
        c += notes.size();
    return static_cast<int>(c);
}

inline NotesByTrack toNotes(const NoteSelection& s) {
    NotesByTrack out;
    for (const auto& [track, notes] : s)
        if (!notes.empty()) out[track] = std::vector<Note>(notes.begin(), notes.end());
    return out;
}

inline NoteSelection toSelection(const NotesByTrack& n) {
    NoteSelection out;
    for (const auto& [track, notes] : n)
        if (!notes.empty()) out[track] = std::multiset<Note>(notes.begin(), notes.end());
    return out;
}

enum class SnapMode { Bar, Quarter, Eighth, Sixteenth, EighthTriplet, SixteenthTriplet, Off };

/// A time range (and, when `lowPitch <= highPitch`, a pitch range) the user marked for regeneration.
struct RollRegion {
    Tick start = 0;
    Tick end = 0;
    int lowPitch = 0;
    int highPitch = 127;
    bool hasPitchRange = false;
    bool isEmpty() const { return end <= start; }
    bool operator==(const RollRegion&) const = default;
};

} // namespace fgg::ui
