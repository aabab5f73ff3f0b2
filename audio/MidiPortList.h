#pragma once
// The MIDI ports other programs and devices offer, refreshed on demand (a device plugged in, a JACK client
// started). Never throws: with no MIDI system the lists are empty and status() says why.
#include "audio/MidiSystem.h"

#include <string>
#include <vector>

namespace fgg::audio {

class MidiPortList {
public:
    explicit MidiPortList(MidiBackend backend = MidiBackend::Automatic);

    /// Re-reads both lists; false (with status()) when no MIDI system is available.
    bool refresh();
    /// Ports we can read from (keyboards, other programs' outputs).
    const std::vector<std::string>& inputs() const { return inputs_; }
    /// Ports we can play to (synths, devices).
    const std::vector<std::string>& outputs() const { return outputs_; }
    bool available() const { return available_; }
    const std::string& status() const { return status_; }

private:
    MidiBackend backend_;
    bool available_ = false;
    std::vector<std::string> inputs_;
    std::vector<std::string> outputs_;
    std::string status_;
};

} // namespace fgg::audio
