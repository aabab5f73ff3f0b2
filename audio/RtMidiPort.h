#pragma once
// Port listing and opening shared by MidiInput and MidiOutput: RtMidiIn and RtMidiOut have the same RtMidi
// base, and the rules (exact name first, then the one port containing it; check the index before RtMidi reads
// it; errors reported through the error callback turn into status text) are the same both ways. Internal to
// audio/.
#include "audio/RtMidiSupport.h"

#include <string>
#include <vector>

namespace fgg::audio::detail {

/// Index of the port named `name` exactly, else of the only port whose name contains it; -1 when none or
/// ambiguous.
int findPort(const std::vector<std::string>& ports, const std::string& name);

/// One RtMidi endpoint's port handling. `direction` ("input"/"output") and `verb` ("listening to"/"playing
/// to") word the status lines. The caller owns the RtMidi object and its open/closed state.
class RtMidiPort {
public:
    RtMidiPort(RtMidi& midi, RtMidiErrors& errors, std::string& status, const char* direction,
               const char* verb)
        : midi_(midi), errors_(errors), status_(status), direction_(direction), verb_(verb) {}

    std::vector<std::string> ports();
    /// False with the status set when nothing opened.
    bool open(const std::string& portName);
    bool open(unsigned index);
    bool openVirtual(const std::string& portName);
    /// Closes the port, swallowing RtMidi's complaints (closing must always succeed).
    void closeQuietly();

private:
    bool finish(const std::string& what);

    RtMidi& midi_;
    RtMidiErrors& errors_;
    std::string& status_;
    const char* direction_;
    const char* verb_;
};

} // namespace fgg::audio::detail
