#pragma once
// The internal General MIDI synthesizer: a FluidSynth instance with one soundfont loaded. It is an EventSink
// (the transport plays into it) and renders audio on request (offline render); live output through a sound
// card is a separate AudioOutput, so a machine without one still renders.
#include "audio/EventSink.h"

#include <cstdint>
#include <memory>
#include <string>

namespace fgg::audio {

struct SynthOptions {
    std::string soundFont;     ///< empty: the default GM soundfont (see SoundFont.h)
    double sampleRate = 44100; ///< 8000..96000 Hz
    double gain = 0.4;         ///< FluidSynth master gain (its default 0.2 is quiet next to other players)
    int polyphony = 256;
    bool reverb = true;
    bool chorus = true;
};

class Synth : public EventSink {
public:
    /// Throws Error naming the soundfont path (and what to do) when it is missing or cannot be loaded.
    explicit Synth(const SynthOptions& options = {});
    ~Synth() override;
    Synth(const Synth&) = delete;
    Synth& operator=(const Synth&) = delete;

    /// Thread-safe (FluidSynth serialises its API calls); called from the scheduler thread.
    void send(const MidiEvent& event) noexcept override;
    /// Releases every note on every channel (release tails ring out).
    void allNotesOff() noexcept override;

    void setProgram(int channel, int program);
    /// 0..1, as CC 7.
    void setChannelVolume(int channel, double volume);
    void setGain(double gain);
    /// Silences everything at once and resets controllers and programs (between offline renders).
    void reset();

    /// Renders `frames` stereo frames, interleaved L R L R, 16-bit (dithered) or float.
    void render(std::int16_t* interleaved, int frames);
    void render(float* interleaved, int frames);

    const std::string& soundFontPath() const { return soundFontPath_; }
    double sampleRate() const { return sampleRate_; }

private:
    friend class AudioOutput;
    struct Handles;
    std::unique_ptr<Handles> h_;
    std::string soundFontPath_;
    double sampleRate_ = 44100;
};

} // namespace fgg::audio
