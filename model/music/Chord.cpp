#include "model/music/Chord.h"

#include "model/music/ChordSymbolSyntax.h"
#include "model/music/ScaleMask.h"

#include <algorithm>
#include <array>

namespace fgg {
namespace {

// Semitones of the natural letters C D E F G A B above C, and of the major-scale degrees 1..7.
constexpr std::array<int, 7> kNatural{0, 2, 4, 5, 7, 9, 11};
constexpr std::string_view kLetters = "CDEFGAB";

int mod(int a, int m) {
    return ((a % m) + m) % m;
}
/// An accidental offset folded into -6..5, so that e.g. Cb -> B stays a semitone apart, not eleven.
int foldAccidental(int semitones) {
    return mod(semitones + 6, 12) - 6;
}

struct QualityInfo {
    ChordQuality quality;
    std::array<ChordDegree, 5> degrees;
    int count;
};

// Degrees as Harte defines the shorthands (Harte et al. 2005, table 2; `sus2`, `5` from the JAMS extension).
const std::array<QualityInfo, 21>& qualityTable() {
    static const std::array<QualityInfo, 21> table{{
        {ChordQuality::NoChord, {}, 0},
        {ChordQuality::Major, {{{1, 0}, {3, 0}, {5, 0}}}, 3},
        {ChordQuality::Minor, {{{1, 0}, {3, -1}, {5, 0}}}, 3},
        {ChordQuality::Augmented, {{{1, 0}, {3, 0}, {5, 1}}}, 3},
        {ChordQuality::Diminished, {{{1, 0}, {3, -1}, {5, -1}}}, 3},
        {ChordQuality::Sus2, {{{1, 0}, {2, 0}, {5, 0}}}, 3},
        {ChordQuality::Sus4, {{{1, 0}, {4, 0}, {5, 0}}}, 3},
        {ChordQuality::Power, {{{1, 0}, {5, 0}}}, 2},
        {ChordQuality::Dominant7, {{{1, 0}, {3, 0}, {5, 0}, {7, -1}}}, 4},
        {ChordQuality::Major7, {{{1, 0}, {3, 0}, {5, 0}, {7, 0}}}, 4},
        {ChordQuality::Minor7, {{{1, 0}, {3, -1}, {5, 0}, {7, -1}}}, 4},
        {ChordQuality::MinorMajor7, {{{1, 0}, {3, -1}, {5, 0}, {7, 0}}}, 4},
        {ChordQuality::Diminished7, {{{1, 0}, {3, -1}, {5, -1}, {7, -2}}}, 4},
        {ChordQuality::HalfDiminished7, {{{1, 0}, {3, -1}, {5, -1}, {7, -1}}}, 4},
        {ChordQuality::Major6, {{{1, 0}, {3, 0}, {5, 0}, {6, 0}}}, 4},
        {ChordQuality::Minor6, {{{1, 0}, {3, -1}, {5, 0}, {6, 0}}}, 4},
        {ChordQuality::Dominant9, {{{1, 0}, {3, 0}, {5, 0}, {7, -1}, {9, 0}}}, 5},
        {ChordQuality::Major9, {{{1, 0}, {3, 0}, {5, 0}, {7, 0}, {9, 0}}}, 5},
        {ChordQuality::Minor9, {{{1, 0}, {3, -1}, {5, 0}, {7, -1}, {9, 0}}}, 5},
        {ChordQuality::SevenSus4, {{{1, 0}, {4, 0}, {5, 0}, {7, -1}}}, 4},
        {ChordQuality::Add9, {{{1, 0}, {3, 0}, {5, 0}, {9, 0}}}, 4},
    }};
    return table;
}

const QualityInfo& info(ChordQuality q) {
    for (const QualityInfo& i : qualityTable())
        if (i.quality == q) return i;
    return qualityTable().front();
}

PitchClassSet minus(const PitchClassSet& a, const PitchClassSet& b) {
    return PitchClassSet::fromMask(static_cast<std::uint16_t>(a.mask() & ~b.mask()));
}

} // namespace

// --- SpelledPitch
// ---------------------------------------------------------------------------------------------

int SpelledPitch::pitchClass() const {
    return PitchClassSet::normalise(kNatural[mod(letter, 7)] + accidental);
}

std::string SpelledPitch::name() const {
    std::string s(1, kLetters[static_cast<std::size_t>(mod(letter, 7))]);
    if (accidental > 0) s.append(static_cast<std::size_t>(accidental), '#');
    if (accidental < 0) s.append(static_cast<std::size_t>(-accidental), 'b');
    return s;
}

std::optional<SpelledPitch> SpelledPitch::parse(std::string_view text, std::size_t& used) {
    used = 0;
    if (text.empty()) return std::nullopt;
    const std::size_t letter = kLetters.find(text.front());
    if (letter == std::string_view::npos) return std::nullopt;
    SpelledPitch p{static_cast<int>(letter), 0};
    std::size_t i = 1;
    // ASCII '#'/'b' and the Unicode sharp / flat signs (U+266F, U+266D).
    static constexpr std::string_view kSharp = "\xE2\x99\xAF";
    static constexpr std::string_view kFlat = "\xE2\x99\xAD";
    while (i < text.size()) {
        const std::string_view rest = text.substr(i);
        if (rest.front() == '#') {
            ++p.accidental;
            ++i;
        } else if (rest.front() == 'b') {
            --p.accidental;
            ++i;
        } else if (rest.starts_with(kSharp)) {
            ++p.accidental;
            i += kSharp.size();
        } else if (rest.starts_with(kFlat)) {
            --p.accidental;
            i += kFlat.size();
        } else {
            break;
        }
    }
    used = i;
    return p;
}

SpelledPitch SpelledPitch::above(int degree, int semitones) const {
    const int l = mod(letter + degree - 1, 7);
    const int target = pitchClass() + semitones;
    return SpelledPitch{l, foldAccidental(target - kNatural[static_cast<std::size_t>(l)])};
}

SpelledPitch SpelledPitch::fromPitchClass(int pc) {
    static constexpr std::array<SpelledPitch, 12> kPlain{
        {{0, 0}, {1, -1}, {1, 0}, {2, -1}, {2, 0}, {3, 0}, {3, 1}, {4, 0}, {5, -1}, {5, 0}, {6, -1}, {6, 0}}};
    return kPlain[static_cast<std::size_t>(PitchClassSet::normalise(pc))];
}

// --- ChordDegree
// ----------------------------------------------------------------------------------------------

int ChordDegree::semitones() const {
    const int d = std::max(degree, 1) - 1;
    return kNatural[static_cast<std::size_t>(d % 7)] + 12 * (d / 7) + accidental;
}

std::string ChordDegree::toString() const {
    std::string s;
    if (accidental > 0) s.append(static_cast<std::size_t>(accidental), '#');
    if (accidental < 0) s.append(static_cast<std::size_t>(-accidental), 'b');
    return s + std::to_string(degree);
}

ChordDegree ChordDegree::between(const SpelledPitch& root, const SpelledPitch& note) {
    const int steps = mod(note.letter - root.letter, 7);
    const int semis = note.pitchClass() - root.pitchClass();
    return ChordDegree{steps + 1, foldAccidental(semis - kNatural[static_cast<std::size_t>(steps)])};
}

// --- qualities
// ------------------------------------------------------------------------------------------------

PitchClassSet qualityIntervals(ChordQuality q) {
    PitchClassSet s;
    const QualityInfo& i = info(q);
    for (int k = 0; k < i.count; ++k)
        s.insert(i.degrees[static_cast<std::size_t>(k)].semitones());
    return s;
}

std::vector<ChordDegree> qualityDegrees(ChordQuality q) {
    const QualityInfo& i = info(q);
    return {i.degrees.begin(), i.degrees.begin() + i.count};
}

// --- Chord
// ----------------------------------------------------------------------------------------------------

Chord::Chord(SpelledPitch root, ChordQuality quality, std::optional<ChordDegree> bass)
    : root_(root), quality_(quality), bass_(bass) {
    // One value for "no chord", whatever root was passed: keeps == meaningful.
    if (quality_ == ChordQuality::NoChord) {
        root_ = SpelledPitch{};
        bass_.reset();
    }
}

Chord Chord::parse(std::string_view text) {
    return chordsyntax::parseAny(text, {});
}
Chord Chord::parseHarte(std::string_view text) {
    return chordsyntax::parseHarte(text, {});
}
Chord Chord::parseLeadSheet(std::string_view text) {
    return chordsyntax::parseLeadSheet(text, {});
}

Chord Chord::fromIntervals(SpelledPitch root, PitchClassSet intervals, std::optional<ChordDegree> bass) {
    if (intervals.empty()) return Chord();
    // Exact match first (enum order prefers the plain triads), else the quality that needs fewest edits.
    ChordQuality best = ChordQuality::Major;
    int bestCost = 1 << 20;
    for (const QualityInfo& i : qualityTable()) {
        if (i.quality == ChordQuality::NoChord) continue;
        const PitchClassSet q = qualityIntervals(i.quality);
        const int cost = minus(intervals, q).size() + minus(q, intervals).size();
        if (cost < bestCost) {
            best = i.quality;
            bestCost = cost;
        }
    }
    const PitchClassSet q = qualityIntervals(best);
    PitchClassSet added = minus(intervals, q);
    PitchClassSet omitted = minus(q, intervals);
    chordsyntax::normalise(best, added, omitted);
    Chord c(root, best, bass);
    c.setExtensions(added, omitted);
    return c;
}

std::string Chord::toHarte() const {
    return chordsyntax::formatHarte(*this);
}
std::string Chord::toLeadSheet() const {
    return chordsyntax::formatLeadSheet(*this);
}

int Chord::bassPitchClass() const {
    if (isNoChord()) return -1;
    return PitchClassSet::normalise(root() + (bass_ ? bass_->semitones() : 0));
}

std::optional<SpelledPitch> Chord::bassSpelling() const {
    if (isNoChord() || !bass_) return std::nullopt;
    return root_.above(bass_->degree, bass_->semitones());
}

std::vector<SpelledPitch> Chord::spelledTones() const {
    std::vector<SpelledPitch> tones;
    if (isNoChord()) return tones;
    for (const ChordDegree& d : qualityDegrees(quality_))
        if (!omitted_.contains(d.semitones())) tones.push_back(root_.above(d.degree, d.semitones()));
    for (int s = 0; s < 12; ++s) {
        if (!added_.contains(s)) continue;
        const ChordDegree d = chordsyntax::addedDegreeName(s, omitted_);
        tones.push_back(root_.above(d.degree, d.semitones()));
    }
    return tones;
}

PitchClassSet Chord::chroma() const {
    if (isNoChord()) return {};
    // mir_eval's encoding: quality bitmap, extensions added / removed, then the bass switched on. Unlike
    // mir_eval's default we keep 9ths as pitch classes (mir_eval drops degrees above the octave unless
    // reduce_extended_chords is set); POP909 has no 9th chords, so the two agree on it.
    PitchClassSet rel = minus(qualityIntervals(quality_), omitted_) | added_;
    PitchClassSet abs = rel.transposed(root());
    if (bass_) abs.insert(bassPitchClass());
    return abs;
}

PitchClassSet Chord::allowedPitchClasses() const {
    return allowedPitchClassesForSymbol(*this);
}

Chord Chord::transposed(int semitones) const {
    if (isNoChord() || mod(semitones, 12) == 0) return *this;
    Chord c = *this;
    // The bass is a degree above the root, so it follows the new root's spelling.
    c.root_ = SpelledPitch::fromPitchClass(root() + semitones);
    return c;
}

} // namespace fgg
