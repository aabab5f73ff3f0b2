#pragma once
// The model's condition channels (method §2.2-2.5):
//  chord+rhythm: channel 0 = chroma x onset count at steps with onsets, channel 1 = chroma at steps without;
//  null chord ("chord without rhythm"): both channels -chroma - 1 (so -2 on chord tones of rows 15..38, -1
//  elsewhere); melody: the melody roll; null melody: -1 everywhere.
// The chroma is written twice, on rows 15..26 (C3..B3) and 27..38 (C4..B4).
#include "model/music/PitchClassSet.h"
#include "model/music/Score.h"
#include "model/roll/PianoRoll.h"

#include <vector>

namespace fgg {

/// The chord sounding at the start of each 16th step of [origin, origin + steps), nullptr where none does.
std::vector<const Chord*> chordPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                       Tick ticksPerStep);
/// Chord chroma (mir_eval style, bass included) sounding at each 16th step of [origin, origin + steps).
std::vector<PitchClassSet> chromaPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                         Tick ticksPerStep);

/// The root of the chord sounding at each 16th step (one pitch class), empty where no chord sounds.
std::vector<PitchClassSet> chordRootPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                            Tick ticksPerStep);
/// The third of the chord sounding at each 16th step (one pitch class: the minor third for minor and
/// diminished chords, the major third where the chord has one), empty where the chord has none (sus, power
/// chords) or no chord sounds.
std::vector<PitchClassSet> chordThirdPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                             Tick ticksPerStep);

/// Channels 0-1 of the condition: chord with rhythm (onset counts per step).
PianoRoll chordRhythmCondition(const std::vector<PitchClassSet>& chroma,
                               const std::vector<int>& onsetsPerStep);
/// The null chord condition: the chord without rhythm.
PianoRoll nullChordCondition(const std::vector<PitchClassSet>& chroma);
/// The null melody condition: -1 everywhere.
PianoRoll nullMelodyCondition(int steps);

/// The allowed pitch classes of every step of [origin, origin + steps): table(symbol) of the chord sounding
/// there (Chord::allowedPitchClasses, read from its root and quality, never re-recognised from its chroma),
/// all twelve where no chord sounds; or `userScale` everywhere when one is given; a span's own `scale` wins
/// over both while it sounds.
std::vector<PitchClassSet> allowedPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                          Tick ticksPerStep, const PitchClassSet* userScale = nullptr);

} // namespace fgg
