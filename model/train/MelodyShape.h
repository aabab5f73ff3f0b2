#pragma once
// Melody-shape metrics (issue 15): how a line moves (leaps, steps, interval size), where it sits against the
// accompaniment, and whether it lands on chord tones. Pure functions on notes; torch-free. Each returns
// counts so that `fgg eval` can pool them over windows (a rate of pooled counts, not a mean of per-window
// rates).
#include "model/music/Score.h"

#include <vector>

namespace fgg {

/// The line a listener follows: at each onset time the highest note starting there (a melody track may hold
/// a double stop), in time order, starting in [from, to).
std::vector<Note> melodyLine(const std::vector<Note>& notes, Tick from, Tick to);

/// Consecutive intervals of the line (absolute semitones).
struct IntervalCounts {
    int intervals = 0;
    int leaps = 0;        ///< > 7 semitones (larger than a fifth)
    int steps = 0;        ///< <= 2 semitones (repeats and seconds)
    double semitones = 0; ///< sum of the intervals
    double leapRate() const { return intervals ? double(leaps) / intervals : 0; }
    double stepRate() const { return intervals ? double(steps) / intervals : 0; }
    double meanInterval() const { return intervals ? semitones / intervals : 0; }
};
IntervalCounts melodyIntervals(const std::vector<Note>& notes, Tick from, Tick to);

/// A share counted over some units: `hits` of `counted`.
struct Share {
    int hits = 0;
    int counted = 0;
    double rate() const { return counted ? double(hits) / counted : 0; }
    Share& operator+=(const Share& o) {
        hits += o.hits;
        counted += o.counted;
        return *this;
    }
};

/// Per 16th step of [from, to) where both sound: is the melody's highest sounding pitch above every sounding
/// accompaniment pitch?
Share melodyAbove(const std::vector<Note>& melody, const std::vector<Note>& accompaniment, Tick ticksPerStep,
                  Tick from, Tick to);

/// Per beat of [from, to) where the melody sounds and a chord is given: is the melody's highest sounding
/// pitch a tone of that chord (its chroma)?
Share chordTonesOnBeats(const std::vector<Note>& melody, const std::vector<ChordSpan>& chords,
                        Tick ticksPerBeat, Tick from, Tick to);

/// Mean over the whole `span`-long pieces of [from, to) of (highest - lowest) pitch of the notes starting in
/// each; pieces with fewer than 2 notes count 0 (as densityStats does).
double rangePerSpan(const std::vector<Note>& notes, Tick span, Tick from, Tick to);

} // namespace fgg
