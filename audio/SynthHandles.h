#pragma once
// The FluidSynth handles behind a Synth, shared with AudioOutput (which drives the same synth). Internal.
#include "audio/FluidHandles.h"
#include "audio/Synth.h"

namespace fgg::audio {

struct Synth::Handles {
    // Declaration order = reverse destruction order: the synth goes before its settings.
    detail::FluidSettings settings;
    detail::FluidSynth synth;
};

} // namespace fgg::audio
