// Parsing chord symbols: Harte labels (Harte et al., ISMIR 2005, with the JAMS extensions) and lead-sheet
// symbols.
#include "model/music/ChordSymbolSyntax.h"
#include "model/music/Error.h"

#include <algorithm>
#include <cctype>

namespace fgg::chordsyntax {
namespace {

using Q = ChordQuality;

constexpr std::string_view kLeadSheetHint = " (write e.g. C, Cm, C7, Cmaj7, Cm7, Cdim7, Cm7b5, Csus4, "
                                            "C7sus4, Cadd9, C/E, N.C., or a Harte label like "
                                            "C:min7)";
constexpr std::string_view kHarteHint =
    " (Harte qualities: maj, min, dim, aug, sus2, sus4, 5, 7, maj7, min7, "
    "minmaj7, dim7, hdim7, maj6, min6, 9, maj9, min9, 11, 13; e.g. "
    "Bb:min7/b7, G:sus4(b7), C:maj(9))";

/// A failure to report: what, and the byte offset in the symbol it refers to.
struct Failure {
    std::string what;
    std::size_t at = 0;
    std::string_view hint;
};

[[noreturn]] void raise(std::string_view symbol, const SymbolContext& ctx, const Failure& f) {
    const std::size_t position = ctx.offset + characterCount(symbol, f.at);
    throw ParseError(f.what + " in '" + std::string(symbol) + "' at position " + std::to_string(position) +
                         ctx.where + std::string(f.hint),
                     position);
}

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

/// A Harte degree at `at`: accidentals ('b', '#') then 1..13. Returns the bytes read, 0 if none.
std::size_t readDegree(std::string_view s, std::size_t at, ChordDegree& out) {
    std::size_t i = at;
    int accidental = 0;
    while (i < s.size() && (s[i] == 'b' || s[i] == '#'))
        accidental += s[i++] == '#' ? 1 : -1;
    const std::size_t digits = i;
    int value = 0;
    while (i < s.size() && isDigit(s[i]) && i - digits < 3)
        value = value * 10 + (s[i++] - '0');
    if (i == digits || value < 1 || value > 13) return 0;
    out = ChordDegree{value, accidental};
    return i - at;
}

PitchClassSet minus(const PitchClassSet& a, const PitchClassSet& b) {
    return PitchClassSet::fromMask(static_cast<std::uint16_t>(a.mask() & ~b.mask()));
}

Chord make(SpelledPitch root, Q q, PitchClassSet added, PitchClassSet omitted,
           std::optional<ChordDegree> bass) {
    normalise(q, added, omitted);
    Chord c(root, q, bass);
    c.setExtensions(added, omitted);
    return c;
}

bool isNoChordLeadSheet(std::string_view s) {
    std::string lower;
    for (char c : s)
        lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower == "n.c." || lower == "n.c" || lower == "nc" || lower == "n";
}

/// The spelled root at the start of `s`, or a failure naming the first character.
SpelledPitch readRoot(std::string_view s, std::string_view symbol, const SymbolContext& ctx,
                      std::size_t& used) {
    const auto root = SpelledPitch::parse(s, used);
    if (!root) {
        raise(symbol, ctx,
              {"unknown root note '" + std::string(characterAt(s, 0)) + "'", 0,
               " (a chord starts with a note A-G, then any '#' or 'b')"});
    }
    return *root;
}

// --- Harte
// ----------------------------------------------------------------------------------------------------

/// Harte's degree list `(9,*3,b7)`: `at` is on '('; returns the byte after ')'.
std::size_t readDegreeList(std::string_view s, std::size_t at, std::string_view symbol,
                           const SymbolContext& ctx, PitchClassSet& added, PitchClassSet& omitted) {
    std::size_t i = at + 1;
    for (;;) {
        while (i < s.size() && s[i] == ' ')
            ++i;
        const bool omit = i < s.size() && s[i] == '*';
        if (omit) ++i;
        ChordDegree d;
        const std::size_t n = readDegree(s, i, d);
        if (n == 0) {
            std::size_t end = i;
            while (end < s.size() && s[end] != ',' && s[end] != ')')
                ++end;
            const std::string bad(s.substr(i, end - i));
            raise(symbol, ctx,
                  {bad.empty() ? "missing chord degree" : "unknown chord degree '" + bad + "'", i,
                   " (a degree is 1..13 with optional b/#, e.g. b7, #9; '*' removes one, e.g. *3)"});
        }
        (omit ? omitted : added).insert(d.semitones());
        i += n;
        while (i < s.size() && s[i] == ' ')
            ++i;
        if (i < s.size() && s[i] == ',') {
            ++i;
            continue;
        }
        if (i < s.size() && s[i] == ')') return i + 1;
        raise(symbol, ctx, {i < s.size() ? "expected ',' or ')'" : "missing ')'", i, ""});
    }
}

} // namespace

Chord parseHarte(std::string_view text, const SymbolContext& outer) {
    std::size_t leading = 0;
    const std::string_view symbol = trim(text, &leading);
    SymbolContext ctx = outer;
    ctx.offset += characterCount(text, leading);
    if (symbol.empty()) raise(symbol, ctx, {"empty chord label", 0, kHarteHint});
    if (symbol == "N" || symbol == "X") return Chord();
    std::size_t i = 0;
    const SpelledPitch root = readRoot(symbol, symbol, ctx, i);

    Q q = Q::Major; // `C` and `C/3` are Harte for C:maj
    PitchClassSet added, omitted;
    bool listOnly = false;
    if (i < symbol.size() && symbol[i] == ':') {
        ++i;
        std::size_t end = i;
        while (end < symbol.size() && symbol[end] != '(' && symbol[end] != '/')
            ++end;
        const std::string_view shorthand = symbol.substr(i, end - i);
        if (shorthand.empty()) {
            if (end >= symbol.size() || symbol[end] != '(')
                raise(symbol, ctx, {"missing chord quality after ':'", i, kHarteHint});
            listOnly = true; // `C:(1,b3,5)`: the degrees alone make the chord
        } else {
            const auto& table = harteShorthands();
            const auto it = std::find_if(table.begin(), table.end(), [&](const QualitySpelling& s) {
                return s.text == shorthand && s.harteDegrees.empty();
            });
            if (it == table.end())
                raise(symbol, ctx, {"unknown chord quality '" + std::string(shorthand) + "'", i, kHarteHint});
            q = it->quality;
            added = it->added;
            omitted = it->omitted;
        }
        i = end;
        if (i < symbol.size() && symbol[i] == '(') i = readDegreeList(symbol, i, symbol, ctx, added, omitted);
    }

    std::optional<ChordDegree> bass;
    if (i < symbol.size() && symbol[i] == '/') {
        ++i;
        ChordDegree d;
        const std::size_t n = readDegree(symbol, i, d);
        if (n == 0 || i + n != symbol.size()) {
            raise(symbol, ctx,
                  {"unknown bass degree '" + std::string(symbol.substr(i)) + "'", i,
                   " (a Harte bass is a degree of the root, e.g. /3, /b7, /5)"});
        }
        bass = d;
        i += n;
    }
    if (i < symbol.size()) {
        raise(symbol, ctx, {"unexpected '" + std::string(symbol.substr(i)) + "'", i, kHarteHint});
    }

    if (listOnly) {
        const PitchClassSet tones = minus(added, omitted);
        Chord c = Chord::fromIntervals(root, tones, bass);
        if (c.isNoChord()) raise(symbol, ctx, {"chord with no tones", 0, kHarteHint});
        return c;
    }
    return make(root, q, added, omitted, bass);
}

// --- lead sheet
// -----------------------------------------------------------------------------------------------

namespace {

struct Suffix {
    Q quality = Q::Major;
    PitchClassSet added, omitted;
    std::size_t end = 0; ///< byte after the suffix (at '/' or the end)
};

bool startsWithAt(std::string_view s, std::size_t at, std::string_view word) {
    return s.substr(at).starts_with(word);
}

/// Modifiers after the quality name: `add9`, `no3`/`omit3`, alterations `b9` `#11` (`b5` / `#5` replace the
/// 5th), and a list `(b9,#11,add13,no5)`. Stops at '/' or the end; on an unknown word returns a failure.
bool readModifiers(std::string_view s, Suffix& out, Failure& fail) {
    std::size_t i = out.end;
    auto unknown = [&](std::size_t at) {
        std::size_t end = at;
        while (end < s.size() && s[end] != '/')
            ++end;
        // Nothing left before the end or the bass: an unfinished `(` list.
        fail = end == at ? Failure{"missing ')'", at, kLeadSheetHint}
                         : Failure{"unknown chord quality '" + std::string(s.substr(at, end - at)) + "'", at,
                                   kLeadSheetHint};
        return false;
    };
    auto item = [&](std::size_t at, bool inList) -> std::size_t {
        // Returns bytes read, 0 when nothing matches.
        ChordDegree d;
        if (startsWithAt(s, at, "add")) {
            const std::size_t n = readDegree(s, at + 3, d);
            if (n) out.added.insert(d.semitones());
            return n ? n + 3 : 0;
        }
        for (std::string_view word :
             {std::string_view("omit"), std::string_view("no"), std::string_view("*")}) {
            if (!startsWithAt(s, at, word)) continue;
            const std::size_t n = readDegree(s, at + word.size(), d);
            if (n) out.omitted.insert(d.semitones());
            return n ? n + word.size() : 0;
        }
        const std::size_t n = readDegree(s, at, d);
        if (n == 0) return 0;
        if (!inList && d.accidental == 0) return 0;          // a bare number after the quality is no modifier
        if (!inList && d.degree == 5) out.omitted.insert(7); // C7b5: the altered 5th replaces the 5th
        out.added.insert(d.semitones());
        return n;
    };
    while (i < s.size() && s[i] != '/') {
        if (s[i] == '(') {
            std::size_t j = i + 1;
            for (;;) {
                while (j < s.size() && s[j] == ' ')
                    ++j;
                const std::size_t n = item(j, true);
                if (n == 0) return unknown(j);
                j += n;
                while (j < s.size() && s[j] == ' ')
                    ++j;
                if (j < s.size() && s[j] == ',') {
                    ++j;
                    continue;
                }
                if (j < s.size() && s[j] == ')') break;
                return unknown(j);
            }
            i = j + 1;
            continue;
        }
        const std::size_t n = item(i, false);
        if (n == 0) return unknown(i);
        i += n;
    }
    out.end = i;
    return true;
}

} // namespace

Chord parseLeadSheet(std::string_view text, const SymbolContext& outer) {
    std::size_t leading = 0;
    const std::string_view symbol = trim(text, &leading);
    SymbolContext ctx = outer;
    ctx.offset += characterCount(text, leading);
    if (symbol.empty()) raise(symbol, ctx, {"empty chord symbol", 0, kLeadSheetHint});
    if (isNoChordLeadSheet(symbol)) return Chord();
    std::size_t i = 0;
    const SpelledPitch root = readRoot(symbol, symbol, ctx, i);

    // Try the quality names that match here, longest first, and keep the first that leaves a valid rest
    // (`Comit3` is C + omit3, not C° + "mit3"). Report the failure that got furthest.
    std::vector<const QualitySpelling*> candidates;
    for (const QualitySpelling& s : leadSheetSuffixes())
        if (startsWithAt(symbol, i, s.text)) candidates.push_back(&s);
    std::stable_sort(
        candidates.begin(), candidates.end(),
        [](const QualitySpelling* a, const QualitySpelling* b) { return a->text.size() > b->text.size(); });
    std::optional<Suffix> suffix;
    Failure furthest{"", 0, ""};
    for (const QualitySpelling* c : candidates) {
        Suffix s{c->quality, c->added, c->omitted, i + c->text.size()};
        Failure f;
        if (readModifiers(symbol, s, f)) {
            suffix = s;
            break;
        }
        if (furthest.what.empty() || f.at > furthest.at) furthest = f;
    }
    if (!suffix) raise(symbol, ctx, furthest);
    i = suffix->end;

    std::optional<ChordDegree> bass;
    if (i < symbol.size() && symbol[i] == '/') {
        ++i;
        std::size_t used = 0;
        const auto note = SpelledPitch::parse(symbol.substr(i), used);
        if (!note || i + used != symbol.size()) {
            raise(symbol, ctx,
                  {"unknown bass note '" + std::string(symbol.substr(i)) + "'", i,
                   " (a slash bass is a note name, e.g. C/E, Bbm/Db, C#/E#)"});
        }
        bass = ChordDegree::between(root, *note);
    }
    return make(root, suffix->quality, suffix->added, suffix->omitted, bass);
}

Chord parseAny(std::string_view text, const SymbolContext& ctx) {
    // Detection looks at the trimmed symbol; the parsers trim (and count the offset) themselves.
    const std::string_view symbol = trim(text);
    if (symbol.find(':') != std::string_view::npos || symbol == "N" || symbol == "X")
        return parseHarte(text, ctx);
    // `C/3`, `Bb/b7`: a Harte root with a degree bass (lead-sheet basses are note names).
    std::size_t used = 0;
    if (SpelledPitch::parse(symbol, used) && used < symbol.size() && symbol[used] == '/') {
        ChordDegree d;
        const std::size_t n = readDegree(symbol, used + 1, d);
        if (n && used + 1 + n == symbol.size()) return parseHarte(text, ctx);
    }
    return parseLeadSheet(text, ctx);
}

} // namespace fgg::chordsyntax
