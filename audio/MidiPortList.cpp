#include "audio/MidiPortList.h"

#include "audio/RtMidiSupport.h"

namespace fgg::audio {

namespace {
template <typename Port>
std::vector<std::string> listPorts(Port& port) {
    std::vector<std::string> names;
    const unsigned n = port.getPortCount();
    for (unsigned i = 0; i < n; ++i) {
        std::string name = port.getPortName(i);
        if (!name.empty()) names.push_back(std::move(name));
    }
    return names;
}
} // namespace

MidiPortList::MidiPortList(MidiBackend backend) : backend_(backend) {
    refresh();
}

bool MidiPortList::refresh() {
    inputs_.clear();
    outputs_.clear();
    const MidiSystemStatus system = probeMidiSystem(backend_);
    available_ = system.available;
    status_ = system.message;
    if (!available_) return false;
    try {
        detail::RtMidiErrors errors;
        RtMidiIn in(detail::rtMidiApi(system.backend), "fgg-studio ports");
        in.setErrorCallback(&detail::RtMidiErrors::callback, &errors);
        inputs_ = listPorts(in);
        RtMidiOut out(detail::rtMidiApi(system.backend), "fgg-studio ports");
        out.setErrorCallback(&detail::RtMidiErrors::callback, &errors);
        outputs_ = listPorts(out);
        if (const std::string e = errors.take(); !e.empty()) status_ += " (" + e + ")";
    } catch (const RtMidiError& e) {
        available_ = false;
        status_ = std::string("no MIDI system available (ALSA sequencer or JACK): ") + e.what();
    }
    return available_;
}

} // namespace fgg::audio
