// The quality name tables of both chord syntaxes, and printing chords in them.
#include "model/music/ChordSymbolSyntax.h"

#include <algorithm>

namespace fgg::chordsyntax {
namespace {

using Q = ChordQuality;

PitchClassSet minus(const PitchClassSet& a, const PitchClassSet& b) {
    return PitchClassSet::fromMask(static_cast<std::uint16_t>(a.mask() & ~b.mask()));
}

/// The table entry that names the most of the chord's extensions (first listed on ties).
const QualitySpelling& bestSpelling(const std::vector<QualitySpelling>& table, const Chord& c) {
    const QualitySpelling* best = nullptr;
    int bestSize = -1;
    for (const QualitySpelling& s : table) {
        if (s.quality != c.quality()) continue;
        if (!s.added.isSubsetOf(c.addedIntervals()) || !s.omitted.isSubsetOf(c.omittedIntervals())) continue;
        const int size = s.added.size() + s.omitted.size();
        if (size > bestSize) {
            best = &s;
            bestSize = size;
        }
    }
    return *best; // every quality has a plain entry
}

struct Extensions {
    std::vector<ChordDegree> added;
    std::vector<ChordDegree> omitted;
};

/// The extensions the name does not already say, as degrees in ascending order.
Extensions remainingExtensions(const QualitySpelling& name, const Chord& c) {
    Extensions e;
    const PitchClassSet added = minus(c.addedIntervals(), name.added);
    const PitchClassSet omitted = minus(c.omittedIntervals(), name.omitted);
    for (int s = 0; s < 12; ++s) {
        if (added.contains(s)) e.added.push_back(addedDegreeName(s, c.omittedIntervals()));
        if (omitted.contains(s)) e.omitted.push_back(omittedDegreeName(c.quality(), s));
    }
    auto byDegree = [](const ChordDegree& a, const ChordDegree& b) {
        return a.degree != b.degree ? a.degree < b.degree : a.accidental < b.accidental;
    };
    std::sort(e.added.begin(), e.added.end(), byDegree);
    std::sort(e.omitted.begin(), e.omitted.end(), byDegree);
    return e;
}

std::string join(const std::vector<std::string>& items) {
    std::string s;
    for (const std::string& i : items) {
        if (!s.empty()) s += ',';
        s += i;
    }
    return s;
}

} // namespace

const std::vector<QualitySpelling>& harteShorthands() {
    static const std::vector<QualitySpelling> table{
        {Q::Major, {}, {}, "maj"},
        {Q::Minor, {}, {}, "min"},
        {Q::Augmented, {}, {}, "aug"},
        {Q::Diminished, {}, {}, "dim"},
        {Q::Sus2, {}, {}, "sus2"},
        {Q::Sus4, {}, {}, "sus4"},
        {Q::Power, {}, {}, "5"},
        {Q::Dominant7, {}, {}, "7"},
        {Q::Major7, {}, {}, "maj7"},
        {Q::Minor7, {}, {}, "min7"},
        {Q::MinorMajor7, {}, {}, "minmaj7"},
        {Q::Diminished7, {}, {}, "dim7"},
        {Q::HalfDiminished7, {}, {}, "hdim7"},
        {Q::Major6, {}, {}, "maj6"},
        {Q::Minor6, {}, {}, "min6"},
        {Q::Dominant9, {}, {}, "9"},
        {Q::Major9, {}, {}, "maj9"},
        {Q::Minor9, {}, {}, "min9"},
        // Harte has no shorthand for these two: they print as a triad plus a degree list (POP909's
        // `sus4(b7)`).
        {Q::SevenSus4, {}, {}, "sus4", "b7"},
        {Q::Add9, {}, {}, "maj", "9"},
        // The JAMS / mir_eval extensions of Harte's grammar.
        {Q::Power, {}, {7}, "1"},
        {Q::Augmented, {10}, {}, "aug7"},
        {Q::Dominant9, {5}, {}, "11"},
        {Q::Major9, {5}, {}, "maj11"},
        {Q::Minor9, {5}, {}, "min11"},
        {Q::Dominant9, {5, 9}, {}, "13"},
        {Q::Major9, {5, 9}, {}, "maj13"},
        {Q::Minor9, {5, 9}, {}, "min13"},
    };
    return table;
}

const std::vector<QualitySpelling>& leadSheetSuffixes() {
    static const std::vector<QualitySpelling> table{
        // Canonical spellings: what toLeadSheet prints.
        {Q::Major, {}, {}, ""},
        {Q::Minor, {}, {}, "m"},
        {Q::Augmented, {}, {}, "aug"},
        {Q::Diminished, {}, {}, "dim"},
        {Q::Sus2, {}, {}, "sus2"},
        {Q::Sus4, {}, {}, "sus4"},
        {Q::Power, {}, {}, "5"},
        {Q::Dominant7, {}, {}, "7"},
        {Q::Major7, {}, {}, "maj7"},
        {Q::Minor7, {}, {}, "m7"},
        {Q::MinorMajor7, {}, {}, "mMaj7"},
        {Q::Diminished7, {}, {}, "dim7"},
        {Q::HalfDiminished7, {}, {}, "m7b5"},
        {Q::Major6, {}, {}, "6"},
        {Q::Minor6, {}, {}, "m6"},
        {Q::Dominant9, {}, {}, "9"},
        {Q::Major9, {}, {}, "maj9"},
        {Q::Minor9, {}, {}, "m9"},
        {Q::SevenSus4, {}, {}, "7sus4"},
        {Q::Add9, {}, {}, "add9"},
        {Q::Augmented, {10}, {}, "aug7"},
        {Q::Dominant9, {5}, {}, "11"},
        {Q::Major9, {5}, {}, "maj11"},
        {Q::Minor9, {5}, {}, "m11"},
        {Q::Dominant9, {5, 9}, {}, "13"},
        {Q::Major9, {5, 9}, {}, "maj13"},
        {Q::Minor9, {5, 9}, {}, "m13"},
        {Q::SevenSus4, {2}, {}, "9sus4"},
        {Q::Major6, {2}, {}, "6/9"},
        {Q::Minor6, {2}, {}, "m6/9"},
        // Aliases, accepted on input only.
        {Q::Major, {}, {}, "maj"},
        {Q::Major, {}, {}, "M"},
        {Q::Major, {}, {}, "Maj"},
        {Q::Major, {}, {}, "major"},
        {Q::Minor, {}, {}, "min"},
        {Q::Minor, {}, {}, "mi"},
        {Q::Minor, {}, {}, "-"},
        {Q::Minor, {}, {}, "minor"},
        {Q::Augmented, {}, {}, "+"},
        {Q::Diminished, {}, {}, "\xC2\xB0"}, // °
        {Q::Diminished, {}, {}, "o"},
        {Q::Sus4, {}, {}, "sus"},
        {Q::Major7, {}, {}, "M7"},
        {Q::Major7, {}, {}, "Maj7"},
        {Q::Major7, {}, {}, "ma7"},
        {Q::Major7, {}, {}, "j7"},
        {Q::Major7, {}, {}, "\xCE\x94"}, // Δ
        {Q::Major7,
         {},
         {},
         "\xCE\x94"
         "7"},                               // Δ7
        {Q::Major7, {}, {}, "\xE2\x96\xB3"}, // △
        {Q::Major7,
         {},
         {},
         "\xE2\x96\xB3"
         "7"}, // △7
        {Q::Minor7, {}, {}, "min7"},
        {Q::Minor7, {}, {}, "mi7"},
        {Q::Minor7, {}, {}, "-7"},
        {Q::MinorMajor7, {}, {}, "mmaj7"},
        {Q::MinorMajor7, {}, {}, "mM7"},
        {Q::MinorMajor7, {}, {}, "m(maj7)"},
        {Q::MinorMajor7, {}, {}, "m(M7)"},
        {Q::MinorMajor7, {}, {}, "minmaj7"},
        {Q::MinorMajor7, {}, {}, "minMaj7"},
        {Q::MinorMajor7, {}, {}, "-maj7"},
        {Q::MinorMajor7, {}, {}, "-M7"},
        {Q::MinorMajor7,
         {},
         {},
         "m\xCE\x94"
         "7"},
        {Q::MinorMajor7,
         {},
         {},
         "-\xCE\x94"
         "7"},
        {Q::Diminished7,
         {},
         {},
         "\xC2\xB0"
         "7"},
        {Q::Diminished7, {}, {}, "o7"},
        {Q::HalfDiminished7, {}, {}, "\xC3\xB8"}, // ø
        {Q::HalfDiminished7,
         {},
         {},
         "\xC3\xB8"
         "7"},                                    // ø7
        {Q::HalfDiminished7, {}, {}, "\xC3\x98"}, // Ø
        {Q::HalfDiminished7,
         {},
         {},
         "\xC3\x98"
         "7"}, // Ø7
        {Q::HalfDiminished7, {}, {}, "m7(b5)"},
        {Q::HalfDiminished7, {}, {}, "-7b5"},
        {Q::HalfDiminished7, {}, {}, "min7b5"},
        {Q::HalfDiminished7, {}, {}, "mi7b5"},
        {Q::HalfDiminished7, {}, {}, "hdim7"},
        {Q::HalfDiminished7, {}, {}, "hdim"},
        {Q::Major6, {}, {}, "maj6"},
        {Q::Major6, {}, {}, "M6"},
        {Q::Minor6, {}, {}, "min6"},
        {Q::Minor6, {}, {}, "-6"},
        {Q::Major9, {}, {}, "M9"},
        {Q::Major9, {}, {}, "Maj9"},
        {Q::Major9,
         {},
         {},
         "\xCE\x94"
         "9"},
        {Q::Minor9, {}, {}, "min9"},
        {Q::Minor9, {}, {}, "-9"},
        {Q::SevenSus4, {}, {}, "7sus"},
        {Q::Augmented, {10}, {}, "+7"},
        {Q::Major9, {5}, {}, "M11"},
        {Q::Minor9, {5}, {}, "min11"},
        {Q::Minor9, {5}, {}, "-11"},
        {Q::Major9, {5, 9}, {}, "M13"},
        {Q::Minor9, {5, 9}, {}, "min13"},
        {Q::Minor9, {5, 9}, {}, "-13"},
        {Q::SevenSus4, {2}, {}, "9sus"},
        {Q::Major6, {2}, {}, "69"},
        {Q::Minor6, {2}, {}, "m69"},
    };
    return table;
}

ChordDegree addedDegreeName(int semitones, const PitchClassSet& omitted) {
    const int s = PitchClassSet::normalise(semitones);
    if (omitted.contains(7) && (s == 6 || s == 8)) return {5, s == 6 ? -1 : 1};
    // Tensions above the octave where a chord tone of the same letter is likely present (2 -> 9, 5 -> 11).
    static constexpr ChordDegree kNames[12] = {{1, 0},  {9, -1}, {9, 0},   {9, 1},  {3, 0},  {11, 0},
                                               {11, 1}, {5, 0},  {13, -1}, {13, 0}, {7, -1}, {7, 0}};
    return kNames[s];
}

ChordDegree omittedDegreeName(ChordQuality q, int semitones) {
    for (const ChordDegree& d : qualityDegrees(q))
        if (PitchClassSet::normalise(d.semitones()) == PitchClassSet::normalise(semitones)) return d;
    return addedDegreeName(semitones);
}

void normalise(ChordQuality& q, PitchClassSet& added, PitchClassSet& omitted) {
    if (q == Q::Sus4 && added.contains(10) && !omitted.contains(10)) {
        q = Q::SevenSus4;
        added.erase(10);
    }
    if (q == Q::Major && added.contains(2) && !omitted.contains(2)) {
        q = Q::Add9;
        added.erase(2);
    }
    const PitchClassSet tones = qualityIntervals(q);
    const PitchClassSet newAdded = minus(added, tones);
    omitted = minus(omitted, added) & tones;
    added = newAdded;
}

std::string formatHarte(const Chord& c) {
    if (c.isNoChord()) return "N";
    const QualitySpelling& name = bestSpelling(harteShorthands(), c);
    const Extensions ext = remainingExtensions(name, c);
    std::vector<std::string> items;
    if (!name.harteDegrees.empty()) items.emplace_back(name.harteDegrees);
    for (const ChordDegree& d : ext.added)
        items.push_back(d.toString());
    for (const ChordDegree& d : ext.omitted)
        items.push_back("*" + d.toString());
    std::string s = c.rootSpelling().name() + ":" + std::string(name.text);
    if (!items.empty()) s += "(" + join(items) + ")";
    if (c.bass()) s += "/" + c.bass()->toString();
    return s;
}

std::string formatLeadSheet(const Chord& c) {
    if (c.isNoChord()) return "N.C.";
    const QualitySpelling& name = bestSpelling(leadSheetSuffixes(), c);
    const Extensions ext = remainingExtensions(name, c);
    std::vector<std::string> items;
    // Natural tensions read as "add9"; altered ones ("b9", "#11") need no "add".
    for (const ChordDegree& d : ext.added)
        items.push_back((d.accidental == 0 ? "add" : "") + d.toString());
    for (const ChordDegree& d : ext.omitted)
        items.push_back("no" + d.toString());
    std::string s = c.rootSpelling().name() + std::string(name.text);
    if (!items.empty()) s += "(" + join(items) + ")";
    if (const auto bass = c.bassSpelling()) s += "/" + bass->name();
    return s;
}

std::size_t characterCount(std::string_view text, std::size_t bytes) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < bytes && i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
    return n;
}

std::string_view characterAt(std::string_view text, std::size_t at) {
    if (at >= text.size()) return {};
    std::size_t end = at + 1;
    while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80)
        ++end;
    return text.substr(at, end - at);
}

std::string_view trim(std::string_view text, std::size_t* leading) {
    auto space = [](char ch) {
        return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v';
    };
    std::size_t b = 0;
    while (b < text.size() && space(text[b]))
        ++b;
    std::size_t e = text.size();
    while (e > b && space(text[e - 1]))
        --e;
    if (leading) *leading = b;
    return text.substr(b, e - b);
}

} // namespace fgg::chordsyntax
