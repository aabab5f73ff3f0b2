#include "audio/AudioOutput.h"

#include "audio/FluidLog.h"
#include "audio/MidiSystem.h"
#include "audio/SynthHandles.h"

#include <algorithm>

namespace fgg::audio {

struct AudioOutput::Handle {
    detail::FluidAudioDriver driver;
};

namespace {
/// Backends log a chain of complaints ("cannot find card '0'; ...; Failed to open the device"): the first
/// says why, the last what failed.
std::string firstAndLast(const std::string& log) {
    const auto first = log.find("; ");
    if (first == std::string::npos) return log;
    return log.substr(0, first) + " ... " + log.substr(log.rfind("; ") + 2);
}
} // namespace

const std::vector<std::string>& AudioOutput::defaultDriverOrder() {
    static const std::vector<std::string> order{"pulseaudio", "pipewire", "alsa", "jack"};
    return order;
}

std::vector<std::string> AudioOutput::availableDrivers() {
    detail::installLogHandlers();
    std::vector<std::string> names;
    detail::FluidSettings settings(new_fluid_settings());
    if (!settings) return names;
    fluid_settings_foreach_option(settings.get(), "audio.driver", &names,
                                  [](void* data, const char*, const char* option) {
                                      static_cast<std::vector<std::string>*>(data)->emplace_back(option);
                                  });
    return names;
}

AudioOutput::AudioOutput(Synth& synth, const std::string& driver) {
    detail::installLogHandlers();
    const std::vector<std::string> available = availableDrivers();
    const std::vector<std::string> candidates = driver.empty() ? defaultDriverOrder() : std::vector{driver};
    fluid_settings_t* settings = synth.h_->settings.get();
    std::string why;
    auto note = [&why](const std::string& name, const std::string& reason) {
        why += (why.empty() ? "" : "; ") + name + ": " + reason;
    };
    for (const std::string& name : candidates) {
        if (std::find(available.begin(), available.end(), name) == available.end()) {
            note(name, "not built into this FluidSynth");
            continue;
        }
        if (name == "jack") {
            // FluidSynth's JACK driver may auto-start a server; we only use one that already runs.
            std::string jackWhy;
            if (!jackServerRunning(&jackWhy)) {
                note(name, jackWhy);
                continue;
            }
            fluid_settings_setint(settings, "audio.jack.autoconnect", 1);
            fluid_settings_setstr(settings, "audio.jack.id", "fgg-studio");
        }
        fluid_settings_setstr(settings, "audio.driver", name.c_str());
        detail::takeLoggedErrors();
        fluid_audio_driver_t* d = new_fluid_audio_driver(settings, synth.h_->synth.get());
        const std::string logged = detail::takeLoggedErrors();
        if (d) {
            handle_ = std::make_unique<Handle>(Handle{detail::FluidAudioDriver(d)});
            driver_ = name;
            status_ = "playing through " + name;
            return;
        }
        note(name, logged.empty() ? "could not open the device" : firstAndLast(logged));
    }
    status_ = "no audio output (" + why + "); playback is silent, rendering to a file still works";
}

AudioOutput::~AudioOutput() = default;

bool AudioOutput::isOpen() const {
    return handle_ != nullptr;
}

} // namespace fgg::audio
