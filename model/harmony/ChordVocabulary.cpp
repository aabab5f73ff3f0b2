#include "model/harmony/ChordVocabulary.h"

namespace fgg::harmony {
namespace {

constexpr std::array<std::string_view, 12> kDegrees{"1",  "b2", "2",  "b3", "3",  "4",
                                                    "#4", "5",  "b6", "6",  "b7", "7"};
constexpr std::array<std::string_view, kQualityCount> kSuffixes{"maj", "min", "7",    "maj7", "min7",
                                                                "dim", "aug", "sus2", "sus4", "hdim7"};

ChordQuality fold(ChordQuality q) {
    using Q = ChordQuality;
    switch (q) {
    case Q::Major6:
    case Q::Add9:
    case Q::Power:
        return Q::Major;
    case Q::Minor6:
    case Q::MinorMajor7:
        return Q::Minor;
    case Q::Dominant9:
        return Q::Dominant7;
    case Q::Major9:
        return Q::Major7;
    case Q::Minor9:
        return Q::Minor7;
    case Q::Diminished7:
        return Q::Diminished;
    case Q::SevenSus4:
        return Q::Sus4;
    default:
        return q;
    }
}

int mod12(int v) {
    return ((v % 12) + 12) % 12;
}

} // namespace

std::optional<int> qualityIndex(ChordQuality quality) {
    const ChordQuality f = fold(quality);
    for (int i = 0; i < kQualityCount; ++i)
        if (kVocabularyQualities[static_cast<std::size_t>(i)] == f) return i;
    return std::nullopt;
}

std::optional<int> chordState(const Chord& chord) {
    if (chord.isNoChord()) return std::nullopt;
    const auto q = qualityIndex(chord.quality());
    if (!q) return std::nullopt;
    return chord.root() * kQualityCount + *q;
}

Chord stateChord(int state) {
    return Chord(SpelledPitch::fromPitchClass(stateRoot(state)),
                 kVocabularyQualities[static_cast<std::size_t>(stateQuality(state))]);
}

int relativeState(int state, int tonic) {
    return mod12(stateRoot(state) - tonic) * kQualityCount + stateQuality(state);
}

int absoluteState(int token, int tonic) {
    return mod12(stateRoot(token) + tonic) * kQualityCount + stateQuality(token);
}

std::string tokenName(int token) {
    return std::string(kDegrees[static_cast<std::size_t>(stateRoot(token))]) + ":" +
           std::string(kSuffixes[static_cast<std::size_t>(stateQuality(token))]);
}

std::optional<int> parseToken(std::string_view text) {
    const std::size_t colon = text.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    const std::string_view degree = text.substr(0, colon), suffix = text.substr(colon + 1);
    for (int d = 0; d < 12; ++d)
        for (int q = 0; q < kQualityCount; ++q)
            if (kDegrees[static_cast<std::size_t>(d)] == degree &&
                kSuffixes[static_cast<std::size_t>(q)] == suffix)
                return d * kQualityCount + q;
    return std::nullopt;
}

} // namespace fgg::harmony
