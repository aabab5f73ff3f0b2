#pragma once
// One channel-voice MIDI message, as the scheduler hands it to every EventSink (synth, MIDI port).
#include "model/music/GeneralMidi.h"

#include <cstdint>

namespace fgg::audio {

/// General MIDI numbers the audio layer speaks of (drum channel, metronome notes, controllers): one table
/// with the program names, in model/music/GeneralMidi.h.
namespace gm = fgg::gm;

struct MidiEvent {
    std::uint8_t status = 0;
    std::uint8_t data1 = 0;
    std::uint8_t data2 = 0;

    static constexpr MidiEvent noteOn(int channel, int pitch, int velocity) {
        return make(0x90, channel, pitch, velocity);
    }
    static constexpr MidiEvent noteOff(int channel, int pitch) { return make(0x80, channel, pitch, 0); }
    static constexpr MidiEvent programChange(int channel, int program) {
        return make(0xC0, channel, program, 0);
    }
    static constexpr MidiEvent controlChange(int channel, int controller, int value) {
        return make(0xB0, channel, controller, value);
    }

    constexpr int type() const { return status & 0xF0; }
    constexpr int channel() const { return status & 0x0F; }
    /// Bytes on the wire: 2 for program change and channel pressure, else 3.
    constexpr int size() const { return (type() == 0xC0 || type() == 0xD0) ? 2 : 3; }
    constexpr bool isNoteOn() const { return type() == 0x90 && data2 > 0; }
    constexpr bool isNoteOff() const { return type() == 0x80 || (type() == 0x90 && data2 == 0); }
    constexpr bool operator==(const MidiEvent&) const = default;

private:
    static constexpr std::uint8_t clamp7(int v) {
        return static_cast<std::uint8_t>(v < 0 ? 0 : v > 127 ? 127 : v);
    }
    static constexpr MidiEvent make(int type, int channel, int d1, int d2) {
        return MidiEvent{static_cast<std::uint8_t>(type | (channel & 0x0F)), clamp7(d1), clamp7(d2)};
    }
};

} // namespace fgg::audio
