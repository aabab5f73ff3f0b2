#pragma once
// Plays a Synth through the sound card with one of FluidSynth's audio drivers (pulseaudio, pipewire, alsa,
// jack). No device is a status, not an exception: the synth keeps working for offline render.
#include <memory>
#include <string>
#include <vector>

namespace fgg::audio {

class Synth;

class AudioOutput {
public:
    /// The order the automatic choice tries.
    static const std::vector<std::string>& defaultDriverOrder();
    /// Drivers this FluidSynth build has.
    static std::vector<std::string> availableDrivers();

    /// Opens `driver` (a FluidSynth driver name), or the first of defaultDriverOrder() that opens when empty.
    /// Never throws for device problems: check isOpen() and status(). `synth` must outlive this object.
    explicit AudioOutput(Synth& synth, const std::string& driver = {});
    ~AudioOutput();
    AudioOutput(const AudioOutput&) = delete;
    AudioOutput& operator=(const AudioOutput&) = delete;

    bool isOpen() const;
    /// The driver in use ("" when none).
    const std::string& driver() const { return driver_; }
    /// "playing through pulseaudio", or why no driver opened.
    const std::string& status() const { return status_; }

private:
    struct Handle;
    std::unique_ptr<Handle> handle_; // keeps fluidsynth.h out of this header
    std::string driver_;
    std::string status_;
};

} // namespace fgg::audio
