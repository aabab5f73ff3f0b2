#include "model/music/ScoreEdit.h"

#include <algorithm>

namespace fgg {

int noteCount(const NotesByTrack& notes) {
    std::size_t c = 0;
    for (const auto& [track, list] : notes)
        c += list.size();
    return static_cast<int>(c);
}

NotesByTrack toNotes(const NoteSelection& selection) {
    NotesByTrack out;
    for (const auto& [track, notes] : selection)
        if (!notes.empty()) out[track] = std::vector<Note>(notes.begin(), notes.end());
    return out;
}

NoteSelection toSelection(const NotesByTrack& notes) {
    NoteSelection out;
    for (const auto& [track, list] : notes)
        if (!list.empty()) out[track] = std::multiset<Note>(list.begin(), list.end());
    return out;
}

bool sameNotes(const NotesByTrack& a, const NotesByTrack& b) {
    return toSelection(a) == toSelection(b);
}

void insertNotes(Score& score, const NotesByTrack& notes) {
    for (const auto& [name, list] : notes) {
        if (list.empty()) continue;
        Track& t = score.ensureTrack(name);
        t.notes.insert(t.notes.end(), list.begin(), list.end());
        t.sort();
    }
}

void eraseNotes(Score& score, const NotesByTrack& notes) {
    for (const auto& [name, list] : notes) {
        Track* t = score.track(name);
        if (!t) continue;
        for (const Note& n : list) {
            // Tracks are sorted: find the note by binary search.
            auto it = std::lower_bound(t->notes.begin(), t->notes.end(), n);
            if (it != t->notes.end() && *it == n)
                t->notes.erase(it);
            else if (auto lin = std::find(t->notes.begin(), t->notes.end(), n); lin != t->notes.end())
                t->notes.erase(lin); // an unsorted track (should not happen): still exact
        }
    }
}

void apply(Score& score, const ScoreEdit& edit) {
    eraseNotes(score, edit.erase);
    insertNotes(score, edit.insert);
}

NotesByTrack withLock(const NotesByTrack& notes, bool locked) {
    NotesByTrack out;
    for (const auto& [track, list] : notes)
        for (const Note& n : list)
            out[track].push_back(n.withLocked(locked));
    return out;
}

NotesByTrack lockedNotes(const Score& score) {
    NotesByTrack out;
    for (const Track& t : score.tracks)
        for (const Note& n : t.notes)
            if (n.locked) out[t.name].push_back(n);
    return out;
}

} // namespace fgg
