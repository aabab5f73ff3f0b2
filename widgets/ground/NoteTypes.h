#pragma once
// The roll's snap grid. The note sets the roll edits (NotesByTrack, NoteSelection, ScoreRegion) are the
// model's (model/music/NoteSets.h).
#include "model/music/NoteSets.h"

namespace fgg::ui {

enum class SnapMode { Bar, Quarter, Eighth, Sixteenth, EighthTriplet, SixteenthTriplet, Off };

} // namespace fgg::ui
