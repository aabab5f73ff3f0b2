#include "audio/Synth.h"

#include "audio/FluidLog.h"
#include "audio/SoundFont.h"
#include "audio/SynthHandles.h"
#include "model/music/Error.h"

#include <algorithm>
#include <cmath>

namespace fgg::audio {

Synth::Synth(const SynthOptions& options) : h_(std::make_unique<Handles>()) {
    detail::installLogHandlers();
    if (!(options.sampleRate >= 8000 && options.sampleRate <= 96000))
        throw Error("sample rate " + std::to_string(options.sampleRate) +
                    " Hz is not supported; choose one between 8000 and 96000 (e.g. 44100 or 48000)");
    soundFontPath_ = resolveSoundFont(options.soundFont);
    sampleRate_ = options.sampleRate;

    h_->settings.reset(new_fluid_settings());
    if (!h_->settings) throw Error("FluidSynth could not create its settings (out of memory?)");
    fluid_settings_t* s = h_->settings.get();
    fluid_settings_setnum(s, "synth.sample-rate", options.sampleRate);
    fluid_settings_setnum(s, "synth.gain", std::clamp(options.gain, 0.0, 10.0));
    fluid_settings_setint(s, "synth.polyphony", std::clamp(options.polyphony, 16, 65535));
    fluid_settings_setint(s, "synth.reverb.active", options.reverb ? 1 : 0);
    fluid_settings_setint(s, "synth.chorus.active", options.chorus ? 1 : 0);
    fluid_settings_setint(s, "synth.midi-channels", 16);

    h_->synth.reset(new_fluid_synth(s));
    if (!h_->synth) throw Error("FluidSynth could not create a synthesizer: " + detail::takeLoggedErrors());
    detail::takeLoggedErrors();
    if (fluid_synth_sfload(h_->synth.get(), soundFontPath_.c_str(), 1) == FLUID_FAILED) {
        const std::string why = detail::takeLoggedErrors();
        throw Error("cannot load soundfont '" + soundFontPath_ + "'" + (why.empty() ? "" : ": " + why) +
                    "; install fluid-soundfont-gm or choose a soundfont in Preferences");
    }
}

Synth::~Synth() = default;

void Synth::send(const MidiEvent& e) noexcept {
    fluid_synth_t* s = h_->synth.get();
    const int ch = e.channel();
    switch (e.type()) {
    case 0x90:
        if (e.data2 > 0)
            fluid_synth_noteon(s, ch, e.data1, e.data2);
        else
            fluid_synth_noteoff(s, ch, e.data1);
        break;
    case 0x80:
        fluid_synth_noteoff(s, ch, e.data1);
        break;
    case 0xB0:
        fluid_synth_cc(s, ch, e.data1, e.data2);
        break;
    case 0xC0:
        fluid_synth_program_change(s, ch, e.data1);
        break;
    case 0xD0:
        fluid_synth_channel_pressure(s, ch, e.data1);
        break;
    case 0xE0:
        fluid_synth_pitch_bend(s, ch, (e.data2 << 7) | e.data1);
        break;
    default:
        break;
    }
}

void Synth::allNotesOff() noexcept {
    for (int ch = 0; ch < 16; ++ch)
        fluid_synth_cc(h_->synth.get(), ch, gm::kCcSustain, 0);
    fluid_synth_all_notes_off(h_->synth.get(), -1);
}

void Synth::setProgram(int channel, int program) {
    send(MidiEvent::programChange(std::clamp(channel, 0, 15), program));
}

void Synth::setChannelVolume(int channel, double volume) {
    const double v = std::isfinite(volume) ? std::clamp(volume, 0.0, 1.0) : 0.8;
    send(MidiEvent::controlChange(std::clamp(channel, 0, 15), gm::kCcVolume,
                                  static_cast<int>(std::lround(v * 127))));
}

void Synth::setGain(double gain) {
    fluid_synth_set_gain(h_->synth.get(), static_cast<float>(std::clamp(gain, 0.0, 10.0)));
}

void Synth::reset() {
    fluid_synth_all_sounds_off(h_->synth.get(), -1);
    fluid_synth_system_reset(h_->synth.get());
}

void Synth::render(std::int16_t* interleaved, int frames) {
    if (frames <= 0) return;
    fluid_synth_write_s16(h_->synth.get(), frames, interleaved, 0, 2, interleaved, 1, 2);
}

void Synth::render(float* interleaved, int frames) {
    if (frames <= 0) return;
    fluid_synth_write_float(h_->synth.get(), frames, interleaved, 0, 2, interleaved, 1, 2);
}

} // namespace fgg::audio
