#include "model/music/Scale.h"

#include "model/music/ChordSymbolSyntax.h"
#include "model/music/Error.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>

namespace fgg {
namespace {

struct ScaleEntry {
    std::string_view name; ///< canonical
    std::vector<int> intervals;
    std::vector<std::string_view> aliases;
};

const std::vector<ScaleEntry>& scaleTable() {
    static const std::vector<ScaleEntry> table{
        {"major", {0, 2, 4, 5, 7, 9, 11}, {"ionian", "maj", "major scale"}},
        {"minor", {0, 2, 3, 5, 7, 8, 10}, {"aeolian", "natural minor", "min", "minor scale"}},
        {"harmonic minor", {0, 2, 3, 5, 7, 8, 11}, {}},
        {"melodic minor", {0, 2, 3, 5, 7, 9, 11}, {"jazz minor"}},
        {"dorian", {0, 2, 3, 5, 7, 9, 10}, {}},
        {"phrygian", {0, 1, 3, 5, 7, 8, 10}, {}},
        {"lydian", {0, 2, 4, 6, 7, 9, 11}, {}},
        {"mixolydian", {0, 2, 4, 5, 7, 9, 10}, {}},
        {"locrian", {0, 1, 3, 5, 6, 8, 10}, {}},
        {"major pentatonic", {0, 2, 4, 7, 9}, {"pentatonic"}},
        {"minor pentatonic", {0, 3, 5, 7, 10}, {}},
        {"blues", {0, 3, 5, 6, 7, 10}, {"blues scale", "minor blues"}},
        {"chromatic", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, {}},
    };
    return table;
}

/// Lower case, '-' and '_' as spaces, runs of spaces collapsed: "Harmonic-Minor" -> "harmonic minor".
std::string simplify(std::string_view text) {
    std::string s;
    for (char c : chordsyntax::trim(text)) {
        char l = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (l == '-' || l == '_' || l == '\t') l = ' ';
        if (l == ' ' && (s.empty() || s.back() == ' ')) continue;
        s += l;
    }
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    return s;
}

std::optional<Scale> findScale(std::string_view name) {
    const std::string key = simplify(name);
    for (const ScaleEntry& e : scaleTable()) {
        bool match = key == e.name;
        for (std::string_view a : e.aliases)
            match = match || key == a;
        if (!match) continue;
        PitchClassSet pcs;
        for (int pc : e.intervals)
            pcs.insert(pc);
        return Scale{std::string(e.name), pcs};
    }
    return std::nullopt;
}

std::string knownNameList() {
    std::string s;
    for (const std::string& n : Scale::knownNames())
        s += (s.empty() ? "" : ", ") + n;
    return s;
}

[[noreturn]] void raise(const std::string& what, std::string_view text, std::size_t byteAt,
                        std::string_view hint) {
    const std::size_t position = chordsyntax::characterCount(text, byteAt);
    throw ParseError(what + " in '" + std::string(text) + "' at position " + std::to_string(position) +
                         std::string(hint),
                     position);
}

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/// A note name filling all of `token`.
std::optional<SpelledPitch> wholeNote(std::string_view token) {
    std::size_t used = 0;
    auto p = SpelledPitch::parse(token, used);
    if (!p || used != token.size()) return std::nullopt;
    return p;
}

/// Spells tone `semitones` above `tonic` for a scale that is not heptatonic: as the nearest major-scale
/// degree (flats for b3 b6 b7 b2, b5 for the blue note), so C blues reads C Eb F Gb G Bb.
SpelledPitch spellAbove(const SpelledPitch& tonic, int semitones) {
    static constexpr std::array<int, 12> kDegree{1, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7};
    return tonic.above(kDegree[static_cast<std::size_t>(PitchClassSet::normalise(semitones))], semitones);
}

} // namespace

Scale Scale::named(std::string_view name) {
    if (auto s = findScale(name)) return *s;
    raise("unknown scale '" + std::string(chordsyntax::trim(name)) + "'", name, 0,
          "; known scales: " + knownNameList());
}

std::vector<std::string> Scale::knownNames() {
    std::vector<std::string> names;
    for (const ScaleEntry& e : scaleTable())
        names.emplace_back(e.name);
    return names;
}

Key Key::parse(std::string_view text) {
    std::size_t lead = 0;
    const std::string_view t = chordsyntax::trim(text, &lead);
    std::size_t used = 0;
    const auto tonic = SpelledPitch::parse(t, used);
    if (!tonic) {
        raise("unknown key tonic '" + std::string(chordsyntax::characterAt(t, 0)) + "'", text, lead,
              " (write a note name and a scale, e.g. C, Am, F# minor, Gb:maj, D dorian)");
    }
    std::size_t at = used;
    if (at < t.size() && t[at] == ':') ++at;
    while (at < t.size() && isSpace(t[at]))
        ++at;
    const std::string_view rest = t.substr(at);
    Key k;
    k.tonic = *tonic;
    if (rest.empty()) return k; // "C" is C major
    if (rest == "m" || rest == "-") {
        k.scale = Scale::named("minor");
        return k;
    }
    if (auto s = findScale(rest)) {
        k.scale = *s;
        return k;
    }
    raise("unknown scale '" + std::string(rest) + "'", text, lead + at, "; known scales: " + knownNameList());
}

std::string Key::toString() const {
    return tonic.name() + " " + scale.name;
}

Key Key::transposed(int semitones) const {
    Key k = *this;
    if (PitchClassSet::normalise(semitones) != 0)
        k.tonic = SpelledPitch::fromPitchClass(tonic.pitchClass() + semitones);
    return k;
}

std::vector<Chord> Key::diatonicChords(bool sevenths) const {
    std::vector<int> steps;
    for (int pc = 0; pc < 12; ++pc)
        if (scale.intervals.contains(pc)) steps.push_back(pc);
    std::vector<Chord> chords;
    const int n = static_cast<int>(steps.size());
    if (n == 7) {
        // Stack scale thirds on each degree; letters follow the degrees, so F# major's vii is E#dim.
        for (int i = 0; i < 7; ++i) {
            const SpelledPitch root = tonic.above(i + 1, steps[static_cast<std::size_t>(i)]);
            PitchClassSet tones;
            for (int k = 0; k < (sevenths ? 4 : 3); ++k) {
                const int j = i + 2 * k;
                tones.insert(steps[static_cast<std::size_t>(j % 7)] - steps[static_cast<std::size_t>(i)]);
            }
            chords.push_back(Chord::fromIntervals(root, tones));
        }
        return chords;
    }
    // Pentatonic, blues, chromatic, custom: on each scale tone, the first common chord that fits the scale.
    static const std::vector<ChordQuality> kTriads{ChordQuality::Major,      ChordQuality::Minor,
                                                   ChordQuality::Sus4,       ChordQuality::Sus2,
                                                   ChordQuality::Diminished, ChordQuality::Augmented};
    static const std::vector<ChordQuality> kSevenths{
        ChordQuality::Major7,          ChordQuality::Dominant7,   ChordQuality::Minor7,
        ChordQuality::HalfDiminished7, ChordQuality::MinorMajor7, ChordQuality::Diminished7,
        ChordQuality::SevenSus4,       ChordQuality::Major6,      ChordQuality::Minor6};
    for (int s : steps) {
        const PitchClassSet rel = scale.intervals.transposed(-s);
        const SpelledPitch root = spellAbove(tonic, s);
        std::optional<ChordQuality> found;
        for (const auto* list : {sevenths ? &kSevenths : &kTriads, &kTriads}) {
            for (ChordQuality q : *list) {
                if (!found && qualityIntervals(q).isSubsetOf(rel)) found = q;
            }
        }
        if (found) chords.emplace_back(root, *found);
    }
    return chords;
}

PitchClassSet parseScaleSpec(std::string_view text) {
    // Tokens separated by spaces or commas.
    std::vector<std::pair<std::size_t, std::string_view>> tokens;
    for (std::size_t i = 0; i < text.size();) {
        while (i < text.size() && (isSpace(text[i]) || text[i] == ','))
            ++i;
        const std::size_t start = i;
        while (i < text.size() && !isSpace(text[i]) && text[i] != ',')
            ++i;
        if (i > start) tokens.emplace_back(start, text.substr(start, i - start));
    }
    if (tokens.empty())
        raise("empty scale", text, 0, " (write e.g. 'A dorian', 'C major pentatonic' or 'C D E G A')");
    // Two note names in front: a custom list "C D E G A"; else "<tonic> <scale name>".
    if (tokens.size() >= 2 && wholeNote(tokens[0].second) && wholeNote(tokens[1].second)) {
        PitchClassSet pcs;
        for (const auto& [at, token] : tokens) {
            const auto note = wholeNote(token);
            if (!note) {
                raise("unknown note '" + std::string(token) + "'", text, at,
                      " (a custom scale is a list of note names, e.g. 'C D E G A')");
            }
            pcs.insert(note->pitchClass());
        }
        return pcs;
    }
    if (!wholeNote(tokens[0].second) && findScale(text)) {
        raise("scale '" + std::string(chordsyntax::trim(text)) + "' needs a tonic", text, tokens[0].first,
              " (write e.g. 'C " + simplify(text) + "')");
    }
    return Key::parse(text).pitchClasses();
}

} // namespace fgg
