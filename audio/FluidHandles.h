#pragma once
// RAII owners for FluidSynth's C handles. Internal to audio/.
#include <fluidsynth.h>
#include <memory>

namespace fgg::audio::detail {

struct FluidSettingsDeleter {
    void operator()(fluid_settings_t* s) const { delete_fluid_settings(s); }
};
struct FluidSynthDeleter {
    void operator()(fluid_synth_t* s) const { delete_fluid_synth(s); }
};
struct FluidAudioDriverDeleter {
    void operator()(fluid_audio_driver_t* d) const { delete_fluid_audio_driver(d); }
};

using FluidSettings = std::unique_ptr<fluid_settings_t, FluidSettingsDeleter>;
using FluidSynth = std::unique_ptr<fluid_synth_t, FluidSynthDeleter>;
using FluidAudioDriver = std::unique_ptr<fluid_audio_driver_t, FluidAudioDriverDeleter>;

} // namespace fgg::audio::detail
