#pragma once
// Ticks <-> seconds through a score's tempo changes, both ways in O(log n): the one tempo map of the project
// (MIDI import and POP909's note times, the transport's scheduling). Tempos are clamped to 1..1000 bpm so a
// damaged file cannot stall or race the transport.
#include "model/music/Score.h"

#include <vector>

namespace fgg {

class TempoMap {
public:
    TempoMap() : TempoMap({TempoChange{}}, Score::kDefaultTicksPerBeat) {}
    TempoMap(const std::vector<TempoChange>& tempos, int ticksPerBeat);
    explicit TempoMap(const Score& score) : TempoMap(score.tempos, score.ticksPerBeat) {}

    /// Seconds from tick 0 to `tick` (fractional ticks allowed; before 0 the first tempo extends backwards).
    double secondsAt(double tick) const;
    /// Fractional tick at `seconds`.
    double ticksAt(double seconds) const;
    /// Whole tick at `seconds` (rounded down).
    Tick tickAt(double seconds) const;
    int ticksPerBeat() const { return ticksPerBeat_; }
    bool operator==(const TempoMap&) const = default;

private:
    struct Segment {
        double tick = 0;
        double seconds = 0;
        double secondsPerTick = 0;
        bool operator==(const Segment&) const = default;
    };
    int ticksPerBeat_ = Score::kDefaultTicksPerBeat;
    std::vector<Segment> segments_; ///< sorted by tick, first at tick 0, never empty
};

} // namespace fgg
