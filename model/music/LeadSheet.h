#pragma once
// Lead sheets: a string of bars, `| C G | Am7 | F | G7 |`. Chords inside a bar share it equally.
// `%` repeats the previous bar's chords; an empty bar holds the previous chord.
#include "model/music/Score.h"

#include <string>
#include <string_view>
#include <vector>

namespace fgg {

struct LeadSheet {
    std::vector<std::vector<Chord>> bars;

    /// Throws ParseError naming the unknown symbol and its character position.
    static LeadSheet parse(std::string_view text);
    std::string toString() const; ///< `| C G | Am7 | F | G7 |`

    /// Chord spans on a grid of `ticksPerBar`.
    std::vector<ChordSpan> toChordSpans(Tick ticksPerBar) const;
    /// Bars of a chord track (a chord that starts mid-bar splits the bar at the nearest beat).
    static LeadSheet fromChordSpans(const std::vector<ChordSpan>& spans, Tick ticksPerBar, int bars);
    bool operator==(const LeadSheet&) const = default;
};

} // namespace fgg
