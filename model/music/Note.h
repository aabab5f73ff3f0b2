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
    Note withPitch(int p) const {
        Note n = *this;
        n.pitch = p;
        return n;
    }
    Note withStart(Tick s) const {
        Note n = *this;
        n.start = s;
        return n;
    }
    Note withLength(Tick l) const {
        Note n = *this;
        n.length = l;
        return n;
    }
    Note withVelocity(int v) const {
        Note n = *this;
        n.velocity = v;
        return n;
    }

    /// Order by start, then pitch, then length, then velocity: the order tracks keep.
    auto operator<=>(const Note& o) const {
        if (auto c = start <=> o.start; c != 0) return c;
        if (auto c = pitch <=> o.pitch; c != 0) return c;
        if (auto c = length <=> o.length; c != 0) return c;
        return velocity <=> o.velocity;
    }
    bool operator==(const Note&) const = default;
};

} // namespace fgg
