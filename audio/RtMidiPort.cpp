#include "audio/RtMidiPort.h"

namespace fgg::audio::detail {

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

std::vector<std::string> RtMidiPort::ports() {
    std::vector<std::string> names;
    try {
        const unsigned n = midi_.getPortCount();
        for (unsigned i = 0; i < n; ++i)
            names.push_back(midi_.getPortName(i));
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot list MIDI ports: ") + e.what();
    }
    errors_.take();
    return names;
}

bool RtMidiPort::open(const std::string& portName) {
    const int index = findPort(ports(), portName);
    if (index < 0) {
        status_ = std::string("no MIDI ") + direction_ + " port named '" + portName +
                  "' (or more than one contains it); refresh the list";
        return false;
    }
    return open(static_cast<unsigned>(index));
}

bool RtMidiPort::open(unsigned index) {
    std::string name;
    try {
        // Check the index first: RtMidi's JACK backend reads past its port array for a bad one.
        if (index < midi_.getPortCount()) name = midi_.getPortName(index);
        if (!name.empty()) midi_.openPort(index, direction_[0] == 'i' ? "in" : "out");
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot open MIDI ") + direction_ + ": " + e.what();
        return false;
    }
    if (name.empty()) {
        status_ = std::string("no MIDI ") + direction_ + " port number " + std::to_string(index) +
                  "; refresh the list";
        errors_.take();
        return false;
    }
    return finish(std::string(verb_) + " MIDI port '" + name + "'");
}

bool RtMidiPort::openVirtual(const std::string& portName) {
    try {
        midi_.openVirtualPort(portName);
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot create MIDI port: ") + e.what();
        return false;
    }
    return finish(std::string(verb_) + " virtual MIDI port '" + portName + "'");
}

void RtMidiPort::closeQuietly() {
    try {
        midi_.closePort();
    } catch (const RtMidiError&) {
    }
    errors_.take();
}

bool RtMidiPort::finish(const std::string& what) {
    if (const std::string e = errors_.take(); !e.empty()) {
        status_ = std::string("cannot open MIDI ") + direction_ + ": " + e;
        closeQuietly();
        return false;
    }
    status_ = what;
    return true;
}

} // namespace fgg::audio::detail
