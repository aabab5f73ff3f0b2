#pragma once
// The chords the detector, the progression model and the harmoniser choose among: 12 roots x 10 qualities
// (triads, the common sevenths, sus). Richer labels fold onto the nearest one (C6 -> C, G9 -> G7,
// Cadd9 -> C, Cmmaj7 -> Cm). A chord is a token relative to a tonic: "1:maj", "6:min", "5:7", "b7:maj".
#include "model/music/Chord.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace fgg::harmony {

inline constexpr std::array<ChordQuality, 10> kVocabularyQualities{
    ChordQuality::Major,  ChordQuality::Minor,          ChordQuality::Dominant7, ChordQuality::Major7,
    ChordQuality::Minor7, ChordQuality::Diminished,     ChordQuality::Augmented, ChordQuality::Sus2,
    ChordQuality::Sus4,   ChordQuality::HalfDiminished7};
inline constexpr int kQualityCount = static_cast<int>(kVocabularyQualities.size());
inline constexpr int kChordStates = 12 * kQualityCount;

/// Index of a quality in kVocabularyQualities after folding; nullopt for no chord.
std::optional<int> qualityIndex(ChordQuality quality);

/// An absolute chord state: root * kQualityCount + quality index. nullopt for no chord.
std::optional<int> chordState(const Chord& chord);
/// The chord of a state (plain spelling, no bass).
Chord stateChord(int state);
inline int stateRoot(int state) {
    return state / kQualityCount;
}
inline int stateQuality(int state) {
    return state % kQualityCount;
}

/// A state moved to be relative to `tonic` (token) or back (absolute).
int relativeState(int state, int tonic);
int absoluteState(int token, int tonic);

/// "1:maj", "b3:min", "#4:hdim7" ...
std::string tokenName(int token);
/// Parses tokenName's form; nullopt when `text` is not one.
std::optional<int> parseToken(std::string_view text);

} // namespace fgg::harmony
