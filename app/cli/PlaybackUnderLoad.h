#pragma once
// `fgg bench --playback`: late events of live playback (FluidSynth on JACK, MIDI out to a JACK port) on a
// private JACK server with the dummy driver, first alone, then while the shipped models generate on every
// core (audio/PlaybackBench.h; docs/audio.md, "Playback under load").
#include "app/cli/Args.h"

namespace fgg::cli {

/// Exit status 0 when both phases were measured (whatever the figures), 1 when playback could not start.
int runPlaybackBench(const Args& a);

} // namespace fgg::cli
