#pragma once
// FluidSynth, libjack and alsa-lib print their complaints to stderr. The audio layer routes them here
// instead, so a failure becomes part of a status message or an Error (set FGG_AUDIO_DEBUG=1 to see them on
// stderr too). Internal to audio/.
#include <string>

namespace fgg::audio::detail {

/// Installs the FluidSynth, JACK and ALSA log handlers (once per process; later calls do nothing).
void installLogHandlers();
/// The errors and warnings FluidSynth, JACK or ALSA logged on this thread since the last call, then forgets
/// them.
std::string takeLoggedErrors();

} // namespace fgg::audio::detail
