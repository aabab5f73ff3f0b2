#include "audio/MidiOutput.h"

#include "audio/RtMidiSupport.h"

#include <thread>

namespace fgg::audio {

namespace {
/// Index of the port named `name` exactly, else of the only port whose name contains it; -1 when none.
int findPort(const std::vector<std::string>& ports, const std::string& name) {
    for (std::size_t i = 0; i < ports.size(); ++i)
        if (ports[i] == name) return static_cast<int>(i);
    int found = -1;
    for (std::size_t i = 0; i < ports.size(); ++i)
        if (ports[i].find(name) != std::string::npos) {
            if (found >= 0) return -1; // ambiguous
            found = static_cast<int>(i);
        }
    return found;
}
} // namespace

MidiOutput::MidiOutput(MidiBackend backend, std::string clientName)
    : backend_(backend), errors_(std::make_unique<detail::RtMidiErrors>()) {
    const MidiSystemStatus system = probeMidiSystem(backend);
    status_ = system.message;
    if (!system.available) return;
    backend_ = system.backend;
    try {
        out_ = std::make_unique<RtMidiOut>(detail::rtMidiApi(backend_), clientName);
        out_->setErrorCallback(&detail::RtMidiErrors::callback, errors_.get());
        status_ = system.message + ": no port open";
    } catch (const RtMidiError& e) {
        out_.reset();
        status_ = std::string("no MIDI system available (ALSA sequencer or JACK): ") + e.what();
    }
}

MidiOutput::~MidiOutput() {
    close();
}

std::vector<std::string> MidiOutput::ports() {
    std::vector<std::string> names;
    if (!out_) return names;
    try {
        const unsigned n = out_->getPortCount();
        for (unsigned i = 0; i < n; ++i)
            names.push_back(out_->getPortName(i));
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot list MIDI ports: ") + e.what();
    }
    errors_->take();
    return names;
}

bool MidiOutput::open(const std::string& portName) {
    const std::vector<std::string> names = ports();
    const int index = findPort(names, portName);
    if (index < 0) {
        status_ =
            "no MIDI output port named '" + portName + "' (or more than one contains it); refresh the list";
        return false;
    }
    return open(static_cast<unsigned>(index));
}

bool MidiOutput::open(unsigned index) {
    if (!out_) return false;
    close();
    std::string name;
    try {
        // Check the index first: RtMidi's JACK backend reads past its port array for a bad one.
        if (index < out_->getPortCount()) name = out_->getPortName(index);
        if (!name.empty()) out_->openPort(index, "out");
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot open MIDI output: ") + e.what();
        return false;
    }
    if (name.empty()) {
        status_ = "no MIDI output port number " + std::to_string(index) + "; refresh the list";
        errors_->take();
        return false;
    }
    return finishOpen("playing to MIDI port '" + name + "'");
}

bool MidiOutput::openVirtual(const std::string& portName) {
    if (!out_) return false;
    close();
    try {
        out_->openVirtualPort(portName);
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot create MIDI port: ") + e.what();
        return false;
    }
    return finishOpen("playing to virtual MIDI port '" + portName + "'");
}

bool MidiOutput::finishOpen(const std::string& what) {
    if (const std::string e = errors_->take(); !e.empty()) {
        status_ = "cannot open MIDI output: " + e;
        try {
            out_->closePort();
        } catch (const RtMidiError&) {
        }
        return false;
    }
    status_ = what;
    open_.store(true);
    return true;
}

void MidiOutput::close() {
    if (!open_.exchange(false)) return;
    // A send() that saw the port open may still be inside RtMidi: let it finish before closing under it.
    while (inFlight_.load() > 0)
        std::this_thread::yield();
    try {
        out_->closePort();
    } catch (const RtMidiError&) {
    }
    errors_->take();
    status_ = "MIDI output closed";
}

int MidiOutput::sendErrors() const {
    return errors_->sendErrors.load();
}

void MidiOutput::send(const MidiEvent& event) noexcept {
    inFlight_.fetch_add(1);
    if (open_.load()) {
        const unsigned char bytes[3] = {event.status, event.data1, event.data2};
        errors_->sending.store(true);
        try {
            out_->sendMessage(bytes, static_cast<std::size_t>(event.size()));
        } catch (...) {
            errors_->sendErrors.fetch_add(1);
        }
        errors_->sending.store(false);
    }
    inFlight_.fetch_sub(1);
}

} // namespace fgg::audio
