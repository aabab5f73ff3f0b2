#pragma once
// The demo (`fgg-studio --demo`, what scripts/run opens): the progression
// `| C G | Am Em | F C | F G | C G | Am Em | F C | G C |` at 100 bpm in C major, 8 bars, no notes yet; the
// app generates the melody and accompaniment for it with the shipped models as soon as the window shows.
#include "model/music/Score.h"

namespace fgg::studio {

inline constexpr const char* kDemoLeadSheet = "| C G | Am Em | F C | F G | C G | Am Em | F C | G C |";

/// The demo's lead sheet as an empty piece: chords, tempo, key and length.
Score demoProgression();

} // namespace fgg::studio
