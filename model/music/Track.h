#pragma once
#include "model/music/Note.h"

#include <string>
#include <vector>

namespace fgg {

/// A named list of notes, kept sorted by (start, pitch). `program` is the General MIDI program (0-127).
struct Track {
    std::string name;
    int program = 0;
    int channel = 0;
    std::vector<Note> notes;

    /// Inserts keeping the order.
    void add(const Note& n);
    void sort();
    bool empty() const { return notes.empty(); }
    Tick end() const;
    bool operator==(const Track&) const = default;
};

} // namespace fgg
