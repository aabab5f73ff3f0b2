#pragma once
// Chord symbols, both Harte labels (`Bb:min7/b7`, `G:sus4(b7)`, `N`) and lead-sheet symbols
// (`Cm7`, `C7sus4`, `Bbm/Db`, `N.C.`), parsed to one value type and printed back in either syntax.
#include "model/music/PitchClassSet.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fgg {

/// A note name with its spelling kept: letter C..B (0..6) and accidentals (-2 = bb ... +2 = ##).
struct SpelledPitch {
    int letter = 0;
    int accidental = 0;

    int pitchClass() const;
    std::string name() const; ///< "C#", "Bb", "E#", "Cb"
    /// Parses a note name at the start of `text` (letter + any number of '#'/'b'); sets `used` to the
    /// characters read.
    static std::optional<SpelledPitch> parse(std::string_view text, std::size_t& used);
    /// The spelled pitch `degree` scale steps (1 = unison, 3 = third...) and `semitones` above this one.
    SpelledPitch above(int degree, int semitones) const;
    /// The plainest spelling of a pitch class: naturals, and Db Eb F# Ab Bb for the black keys.
    static SpelledPitch fromPitchClass(int pc);
    bool operator==(const SpelledPitch&) const = default;
};

/// A chord degree as Harte writes it: `3`, `b7`, `#5`, `9`.
struct ChordDegree {
    int degree = 1;     ///< 1..13
    int accidental = 0; ///< -2..2
    int semitones() const;
    std::string toString() const;
    /// The degree of `note` above `root`, from the letters (C -> E is a 3rd, C -> Fb a b4).
    static ChordDegree between(const SpelledPitch& root, const SpelledPitch& note);
    bool operator==(const ChordDegree&) const = default;
};

enum class ChordQuality {
    NoChord,
    Major,
    Minor,
    Augmented,
    Diminished,
    Sus2,
    Sus4,
    Power, ///< root + fifth
    Dominant7,
    Major7,
    Minor7,
    MinorMajor7,
    Diminished7,
    HalfDiminished7,
    Major6,
    Minor6,
    Dominant9,
    Major9,
    Minor9,
    SevenSus4,
    Add9,
};

/// Intervals (semitones above the root) of a quality, without extensions or bass.
PitchClassSet qualityIntervals(ChordQuality q);
/// The spelled degrees of a quality, root first: `Diminished7` -> 1 b3 b5 bb7.
std::vector<ChordDegree> qualityDegrees(ChordQuality q);

class Chord {
public:
    Chord() = default; ///< no chord (`N`)
    Chord(SpelledPitch root, ChordQuality quality, std::optional<ChordDegree> bass = std::nullopt);

    static Chord noChord() { return Chord(); }
    /// Harte label (contains ':' or is `N`/`X`) or lead-sheet symbol, whichever `text` is.
    static Chord parse(std::string_view text);
    static Chord parseHarte(std::string_view text);
    static Chord parseLeadSheet(std::string_view text);
    /// The chord on `root` whose intervals (semitones above the root) are `intervals`: the quality that
    /// matches exactly, else the nearest one with added / omitted tones. Empty `intervals` -> no chord.
    static Chord fromIntervals(SpelledPitch root, PitchClassSet intervals,
                               std::optional<ChordDegree> bass = std::nullopt);

    std::string toHarte() const;     ///< `Bb:min7/b7`
    std::string toLeadSheet() const; ///< `Bbm7/Ab`

    bool isNoChord() const { return quality_ == ChordQuality::NoChord; }
    ChordQuality quality() const { return quality_; }
    const SpelledPitch& rootSpelling() const { return root_; }
    int root() const { return root_.pitchClass(); }
    const std::optional<ChordDegree>& bass() const { return bass_; }
    /// The bass pitch class: the slash bass, else the root; -1 for no chord.
    int bassPitchClass() const;
    /// The slash bass spelled from the root (`Bb:min/b3` -> Db); nullopt without a slash bass.
    std::optional<SpelledPitch> bassSpelling() const;
    /// The chord tones spelled from the root (quality degrees less omitted, plus added), root first.
    std::vector<SpelledPitch> spelledTones() const;
    /// Extra degrees from a Harte extension list, e.g. `(9)`; removed ones from `(*3)`.
    PitchClassSet addedIntervals() const { return added_; }
    PitchClassSet omittedIntervals() const { return omitted_; }
    void setExtensions(PitchClassSet added, PitchClassSet omitted) {
        added_ = added;
        omitted_ = omitted;
    }

    /// Absolute pitch classes sounding, as mir_eval encodes them: the bass is included (so `C:maj/b7` is C E
    /// G Bb).
    PitchClassSet chroma() const;
    /// The paper's allowed pitch classes for this chord, read from its symbol: table(symbol), ScaleMask.h.
    PitchClassSet allowedPitchClasses() const;

    Chord transposed(int semitones) const;
    bool operator==(const Chord&) const = default;

private:
    SpelledPitch root_{};
    ChordQuality quality_ = ChordQuality::NoChord;
    std::optional<ChordDegree> bass_;
    PitchClassSet added_;
    PitchClassSet omitted_;
};

} // namespace fgg
