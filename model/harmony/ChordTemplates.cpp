#include "model/harmony/ChordTemplates.h"

#include <algorithm>
#include <array>

namespace fgg::harmony {
namespace {

constexpr std::uint16_t bits(std::initializer_list<int> semis) {
    std::uint16_t m = 0;
    for (int s : semis)
        m = static_cast<std::uint16_t>(m | (1u << s));
    return m;
}

constexpr std::array<ChordTemplate, 20> kTemplates{{
    {ChordQuality::Major, bits({0, 4, 7}), false},
    {ChordQuality::Minor, bits({0, 3, 7}), false},
    {ChordQuality::Dominant7, bits({0, 4, 7, 10}), true},
    {ChordQuality::Minor7, bits({0, 3, 7, 10}), true},
    {ChordQuality::Major7, bits({0, 4, 7, 11}), true},
    {ChordQuality::Diminished, bits({0, 3, 6}), false},
    {ChordQuality::Augmented, bits({0, 4, 8}), false},
    {ChordQuality::Sus4, bits({0, 5, 7}), false},
    {ChordQuality::Sus2, bits({0, 2, 7}), false},
    {ChordQuality::HalfDiminished7, bits({0, 3, 6, 10}), false},
    {ChordQuality::Diminished7, bits({0, 3, 6, 9}), false},
    {ChordQuality::MinorMajor7, bits({0, 3, 7, 11}), true},
    {ChordQuality::SevenSus4, bits({0, 5, 7, 10}), true},
    {ChordQuality::Major6, bits({0, 4, 7, 9}), false},
    {ChordQuality::Minor6, bits({0, 3, 7, 9}), false},
    {ChordQuality::Add9, bits({0, 2, 4, 7}), false},
    {ChordQuality::Dominant9, bits({0, 2, 4, 7, 10}), true},
    {ChordQuality::Major9, bits({0, 2, 4, 7, 11}), true},
    {ChordQuality::Minor9, bits({0, 2, 3, 7, 10}), true},
    {ChordQuality::Power, bits({0, 7}), false},
}};

bool hasNinth(ChordQuality q) {
    return q == ChordQuality::Dominant9 || q == ChordQuality::Major9 || q == ChordQuality::Minor9 ||
           q == ChordQuality::Add9;
}

} // namespace

std::span<const ChordTemplate> chordTemplates() {
    return kTemplates;
}

std::uint16_t rotateDown(std::uint16_t mask, int by) {
    std::uint16_t r = 0;
    for (int pc = 0; pc < 12; ++pc)
        if (mask & (1u << pc)) r = static_cast<std::uint16_t>(r | (1u << (((pc - by) % 12 + 12) % 12)));
    return r;
}

ChordDegree bassDegree(ChordQuality quality, int semitones) {
    switch (((semitones % 12) + 12) % 12) {
    case 1:
        return {2, -1};
    case 2:
        return hasNinth(quality) ? ChordDegree{9, 0} : ChordDegree{2, 0};
    case 3:
        return {3, -1};
    case 4:
        return {3, 0};
    case 5:
        return {4, 0};
    case 6:
        return {5, -1};
    case 7:
        return {5, 0};
    case 8:
        return quality == ChordQuality::Augmented ? ChordDegree{5, 1} : ChordDegree{6, -1};
    case 9:
        return quality == ChordQuality::Diminished7 ? ChordDegree{7, -2} : ChordDegree{6, 0};
    case 10:
        return {7, -1};
    case 11:
        return {7, 0};
    default:
        return {1, 0};
    }
}

SpelledPitch spellRoot(int pitchClass) {
    return SpelledPitch::fromPitchClass(pitchClass);
}

std::optional<Chord> nameChord(const std::vector<int>& pitches) {
    std::uint16_t mask = 0;
    int lowest = 1000;
    for (int p : pitches) {
        if (p < 0 || p > 127) continue;
        mask = static_cast<std::uint16_t>(mask | (1u << (p % 12)));
        lowest = std::min(lowest, p);
    }
    if (lowest == 1000) return std::nullopt;
    const int bass = lowest % 12;

    struct Candidate {
        int score = -1;
        int root = 0;
        const ChordTemplate* t = nullptr;
    } best;
    for (int root = 0; root < 12; ++root) {
        if (!(mask & (1u << root))) continue;
        const std::uint16_t rel = rotateDown(mask, root);
        for (std::size_t i = 0; i < kTemplates.size(); ++i) {
            const ChordTemplate& t = kTemplates[i];
            const bool exact = rel == t.intervals;
            const bool noFifth = t.seventh && rel == (t.intervals & ~(1u << 7));
            if (!exact && !noFifth) continue;
            // Exact beats fifth-omitted, root-in-bass beats inversion, simpler beats fancier.
            const int score = (exact ? 1000 : 0) + (root == bass ? 100 : 0) +
                              (static_cast<int>(kTemplates.size()) - static_cast<int>(i));
            if (score > best.score) best = {score, root, &t};
        }
    }
    if (!best.t) return std::nullopt;
    std::optional<ChordDegree> slash;
    if (bass != best.root) slash = bassDegree(best.t->quality, bass - best.root);
    return Chord(spellRoot(best.root), best.t->quality, slash);
}

} // namespace fgg::harmony
