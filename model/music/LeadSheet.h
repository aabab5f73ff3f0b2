#pragma once
// Lead sheets: a string of bars, `| C G | Am7 | F | G7 |`. Chords inside a bar share it equally.
// `%` repeats the previous bar's chords; an empty bar (`| |`) holds the previous chord; `||` is a double bar
// line (no bar). Chords are lead-sheet symbols or Harte labels (`Chord::parse`), `N.C.` for no chord.
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

    /// Chord spans on a grid of `ticksPerBar`: each bar split equally (remainder ticks to the later chords),
    /// one span per chord even where a chord repeats, `N.C.` included, so the spans tile every bar.
    std::vector<ChordSpan> toChordSpans(Tick ticksPerBar) const;
    /// Bars of a chord track (a chord that starts mid-bar splits the bar at the nearest beat): each bar gets
    /// the fewest equal parts (up to 16) its chord changes fall on; gaps read as `N.C.`. `bars` <= 0: as many
    /// as the spans need.
    static LeadSheet fromChordSpans(const std::vector<ChordSpan>& spans, Tick ticksPerBar, int bars);
    bool operator==(const LeadSheet&) const = default;
};

} // namespace fgg
