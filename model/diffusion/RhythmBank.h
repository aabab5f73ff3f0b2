#pragma once
// Rhythms a melody would have (issue 15): a bank of bar-long melody onset patterns from POP909's training
// songs, each with how often it occurs, the chord rhythm of its bar (the 16ths where the chord changes) and
// its place in a 4-bar phrase (learned from the songs by model/train/RhythmBankLearning). When the user draws
// no rhythm, RhythmPlan draws the melody's bars from it, matched to the chords' rhythm and to the requested
// density. Torch-free. docs/generation.md says why.
#include "model/music/PitchClassSet.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fgg {

/// One bar-long pattern. Bit i of a mask is the bar's 16th step i.
struct BarRhythm {
    int phrasePosition = 0;         ///< the bar's index in its 4-bar phrase, 0..3
    std::uint16_t chordChanges = 0; ///< steps where a chord starts or changes
    std::uint16_t onsets = 0;       ///< steps where a melody note starts
    int count = 0;                  ///< bars of the training songs with this pattern
    bool operator==(const BarRhythm&) const = default;
};

class RhythmBank {
public:
    RhythmBank() = default;
    explicit RhythmBank(std::vector<BarRhythm> bars);

    /// The text form: '#' comment lines, then one pattern a line, "position changes onsets count" with the
    /// masks as 4 hex digits. parse() throws Error naming `source` and the line.
    std::string format() const;
    static RhythmBank parse(const std::string& text, const std::string& source);

    /// The bank that ships with the program (resources/rhythm/melody-rhythms.txt, or the file named by
    /// FGG_RHYTHM_BANK; "none" there disables it), read once; nullopt when there is none.
    static const std::optional<RhythmBank>& shipped();

    const std::vector<BarRhythm>& bars() const { return bars_; }

    /// Onsets per step (0 or 1) for `chordChangesPerBar.size()` bars: each bar drawn from the patterns of its
    /// phrase position and chord rhythm (widening to the same beats' changes, then to any, when fewer than
    /// kMinMatches bars match), weighted by count and tilted so that the expected onsets per bar equal
    /// `density` x 16.
    std::vector<int> choose(double density, const std::vector<std::uint16_t>& chordChangesPerBar,
                            std::uint64_t seed) const;

    static constexpr int kMinMatches = 30;

private:
    std::vector<BarRhythm> bars_;
};

/// The chord-change mask of each bar of a piece from its chroma per 16th step (a change wherever the chroma
/// differs from the step before; a piece's first chord counts as a change).
std::vector<std::uint16_t> chordChangesPerBar(const std::vector<PitchClassSet>& chroma);

} // namespace fgg
