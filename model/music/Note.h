#pragma once
// A note is a value: changing one makes a new value (withPitch, withStart, ...). A note has no identity
// besides its value; what the user marks on a note travels with the value (`locked`), so every edit that
// makes a new note from an old one (move, resize, velocity, transpose, copy) keeps the mark without a table
// of ids to maintain (docs/architecture.md, "Note identity").
#include <compare>
#include <cstdint>

namespace fgg {

using Tick = std::int64_t;

struct Note {
    int pitch = 60;    ///< MIDI pitch 0..127
    Tick start = 0;    ///< ticks from the start of the score
    Tick length = 120; ///< ticks, > 0
    int velocity = 100;
    /// Kept bit for bit by Generate and Regenerate, which write around it (issue 17: the inpainting's known
    /// region). Saved in the project file; MIDI files have no place for it.
    bool locked = false;

    Tick end() const { return start + length; }
    Note withPitch(int p) const { return with(&Note::pitch, p); }
    Note withStart(Tick s) const { return with(&Note::start, s); }
    Note withLength(Tick l) const { return with(&Note::length, l); }
    Note withVelocity(int v) const { return with(&Note::velocity, v); }
    Note withLocked(bool l) const { return with(&Note::locked, l); }

    /// Order by start, then pitch, then length, then velocity, then the lock: the order tracks keep.
    auto operator<=>(const Note& o) const {
        if (auto c = start <=> o.start; c != 0) return c;
        if (auto c = pitch <=> o.pitch; c != 0) return c;
        if (auto c = length <=> o.length; c != 0) return c;
        if (auto c = velocity <=> o.velocity; c != 0) return c;
        return locked <=> o.locked;
    }
    bool operator==(const Note&) const = default;

private:
    template <class T>
    Note with(T Note::*field, T value) const {
        Note n = *this;
        n.*field = value;
        return n;
    }
};

} // namespace fgg
