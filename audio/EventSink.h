#pragma once
// Where scheduled MIDI goes: the internal synth, a MIDI output port, a test recorder. The scheduler calls
// send() from its own thread, so implementations must be quick and must not take locks the GUI holds.
#include "audio/MidiEvent.h"

namespace fgg::audio {

class EventSink {
public:
    virtual ~EventSink() = default;
    /// One message, due now. Called from the scheduler thread.
    virtual void send(const MidiEvent& event) noexcept = 0;
    /// Silences every channel (stop, pause, loop jump). The default sends sustain-off and all-notes-off
    /// (CC 64 = 0, CC 123) on all 16 channels.
    virtual void allNotesOff() noexcept;
};

} // namespace fgg::audio
