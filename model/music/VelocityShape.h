#pragma once
// Velocities with a musical shape for generated notes, instead of one fixed value: accents from the meter
// (the bar's downbeat loudest, then the middle of the bar, the other beats, the offbeats), a phrase contour
// (louder toward the phrase's high point, a relaxed last note) and a seeded humanising jitter, all around a
// base velocity per track. Pure: no state, the same input and seed give the same velocities everywhere.
#include "model/music/Note.h"

#include <cstdint>
#include <vector>

namespace fgg {

struct Score;

/// Where the beats fall: a quarter note's ticks and the time signature (6/8, 9/8 and 12/8 count dotted
/// quarters as beats).
struct Meter {
    Tick ticksPerBeat = 480; ///< ticks of a quarter note
    int numerator = 4;
    int denominator = 4;
    /// The score's first time signature.
    static Meter of(const Score& score);
};

/// How strongly a position in the bar is felt, strongest first.
enum class MetricLevel { Downbeat, MidBar, Beat, Offbeat, Weak };

/// The level of `tick`: the bar's first tick, the middle beat of a bar of 4 or more beats (beat 3 in 4/4),
/// another beat, half a beat (an eighth in 4/4, an eighth between dotted quarters in 6/8), anything else.
MetricLevel metricLevel(Tick tick, const Meter& meter);

struct VelocityShape {
    int base = 90; ///< the track's level; accents and contour move around it
    double accent =
        1.0; ///< 0: every position alike; 1: downbeat +10, mid-bar +6, beat +2, offbeat -3, other -6
    double contour = 1.0;  ///< 0: none; 1: a phrase's highest onset +5, its lowest -5, its last onset -3
    double humanise = 0.0; ///< 0..1: a random jitter of up to ±8 velocity steps at 1
    std::uint64_t seed =
        0; ///< the jitter's seed: a note's jitter depends only on it, the note's start and pitch
};

/// `notes` with new velocities (1..127); every other field and the order are unchanged. A phrase is a run of
/// onsets without a rest of a beat or more, at most 4 bars long; notes that start together (a chord) share
/// the contour of their highest pitch. Out-of-range amounts are clamped (accent and contour to 0..2, humanise
/// to 0..1; NaN counts as 0).
std::vector<Note> shapeVelocities(std::vector<Note> notes, const Meter& meter, const VelocityShape& shape);

} // namespace fgg
