#pragma once
// The demo piece (`fgg-studio --demo`): 8 bars of `| C G | Am Em | F C | F G | C G | Am Em | F C | G C |` at
// 100 bpm in C major, with a simple hand-written melody and accompaniment to edit or regenerate.
#include "model/music/Score.h"

namespace fgg::studio {

inline constexpr const char* kDemoLeadSheet = "| C G | Am Em | F C | F G | C G | Am Em | F C | G C |";

Score demoScore();

} // namespace fgg::studio
