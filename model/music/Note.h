#pragma once
// A note is a value: changing one makes a new value (withPitch, withStart, ...).
#include <compare>
#include <cstdint>

namespace fgg {

using Tick = std::int64_t;

struct Note {
    int pitch = 60;    ///< MIDI pitch 0..127
    Tick start = 0;    ///< ticks from the start of the score
    Tick length = 120; ///< ticks, > 0
    int velocity = 100;

    Tick end() const { return start + length; }
    Note withPitch(int p) const { return with(&Note::pitch, p); }
    Note withStart(Tick s) const { return with(&Note::start, s); }
    Note withLength(Tick l) const { return with(&Note::length, l); }
    Note withVelocity(int v) const { return with(&Note::velocity, v); }

    /// Order by start, then pitch, then length, then velocity: the order tracks keep.
    auto operator<=>(const Note& o) const {
        if (auto c = start <=> o.start; c != 0) return c;
        if (auto c = pitch <=> o.pitch; c != 0) return c;
        if (auto c = length <=> o.length; c != 0) return c;
        return velocity <=> o.velocity;
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
