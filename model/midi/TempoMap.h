#pragma once
// Ticks -> seconds through a score's tempo changes, in O(log n) per lookup (Score::secondsAt walks the list).
#include "model/music/Score.h"

#include <vector>

namespace fgg {

class TempoMap {
public:
    explicit TempoMap(const Score& score);
    double seconds(Tick tick) const;

private:
    struct Segment {
        Tick tick;
        double seconds;        ///< at `tick`
        double secondsPerTick; ///< from `tick` on
    };
    std::vector<Segment> segments_;
};

} // namespace fgg
