#pragma once
// Internal to model/music: the chord-symbol grammar shared by Chord, LeadSheet and Key parsing.
// Two syntaxes: Harte labels (`Bb:min7/b7`, `C:maj(9)`, `N`) and lead-sheet symbols (`Bbm7/Ab`, `Cadd9`,
// `N.C.`).
#include "model/music/Chord.h"
#include "model/music/PitchClassSet.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fgg::chordsyntax {

/// Where a symbol sits in the text the user typed, so errors point into that text.
struct SymbolContext {
    std::size_t offset = 0; ///< characters (code points) before the symbol in the whole text
    std::string where;      ///< appended after the position, e.g. " of the lead sheet (bar 3)"
};

/// A name for a quality, possibly with tones beyond it (`11` = `9` plus the 11th).
struct QualitySpelling {
    ChordQuality quality;
    PitchClassSet added;   ///< semitones above the root the name adds to the quality
    PitchClassSet omitted; ///< semitones above the root the name removes from the quality
    std::string_view text;
    std::string_view harteDegrees{}; ///< Harte names that print a degree list: `sus4(b7)`, `maj(9)`
};

/// Harte shorthands; the first entry for a (quality, added, omitted) is the one printed.
const std::vector<QualitySpelling>& harteShorthands();
/// Lead-sheet suffixes; canonical spellings first, then aliases (`CM7`, `C-7`, `C°`, `Cø`, `C+`).
const std::vector<QualitySpelling>& leadSheetSuffixes();

Chord parseHarte(std::string_view symbol, const SymbolContext& ctx);
Chord parseLeadSheet(std::string_view symbol, const SymbolContext& ctx);
/// Harte if the symbol has ':' or is `N`/`X` or is `<root>/<degree>`; `N.C.` / `NC` and the rest: lead sheet.
Chord parseAny(std::string_view symbol, const SymbolContext& ctx);

std::string formatHarte(const Chord& chord);
std::string formatLeadSheet(const Chord& chord);

/// The Harte degree naming an added tone `semitones` above the root: 2 -> 9, 6 -> #11, 10 -> b7; with the
/// 5th omitted, 6 -> b5 and 8 -> #5 (an altered fifth).
ChordDegree addedDegreeName(int semitones, const PitchClassSet& omitted = {});
/// The degree of quality `q` that sounds `semitones` above the root (for `*b3`), else a plain name.
ChordDegree omittedDegreeName(ChordQuality q, int semitones);
/// Puts a parsed chord in canonical form: `sus4` + b7 -> SevenSus4, `maj` + 9 -> Add9, extensions minimal.
void normalise(ChordQuality& q, PitchClassSet& added, PitchClassSet& omitted);

/// Number of characters (UTF-8 code points) in the first `bytes` bytes of `text`.
std::size_t characterCount(std::string_view text, std::size_t bytes);
inline std::size_t characterCount(std::string_view text) {
    return characterCount(text, text.size());
}
/// The UTF-8 character starting at byte `at` (for messages).
std::string_view characterAt(std::string_view text, std::size_t at);
/// `text` without leading/trailing ASCII whitespace; `leading` gets the bytes dropped at the front.
std::string_view trim(std::string_view text, std::size_t* leading = nullptr);

} // namespace fgg::chordsyntax
