#include "audio/MidiInput.h"

#include "audio/RtMidiSupport.h"

namespace fgg::audio {

namespace {
int findPort(const std::vector<std::string>& ports, const std::string& name) {
    for (std::size_t i = 0; i < ports.size(); ++i)
        if (ports[i] == name) return static_cast<int>(i);
    int found = -1;
    for (std::size_t i = 0; i < ports.size(); ++i)
        if (ports[i].find(name) != std::string::npos) {
            if (found >= 0) return -1;
            found = static_cast<int>(i);
        }
    return found;
}

void onRtMidiMessage(double, std::vector<unsigned char>* message, void* self) {
    if (message && !message->empty())
        static_cast<MidiInput*>(self)->handleMessage(message->data(), message->size());
}
} // namespace

MidiInput::MidiInput(MidiInputCallbacks callbacks, MidiBackend backend, std::string clientName)
    : callbacks_(std::move(callbacks)), backend_(backend), errors_(std::make_unique<detail::RtMidiErrors>()) {
    const MidiSystemStatus system = probeMidiSystem(backend);
    status_ = system.message;
    if (!system.available) return;
    backend_ = system.backend;
    try {
        in_ = std::make_unique<RtMidiIn>(detail::rtMidiApi(backend_), clientName);
        in_->setErrorCallback(&detail::RtMidiErrors::callback, errors_.get());
        in_->ignoreTypes(true, true, true); // sysex, clock, active sensing
        in_->setCallback(&onRtMidiMessage, this);
        status_ = system.message + ": no port open";
    } catch (const RtMidiError& e) {
        in_.reset();
        status_ = std::string("no MIDI system available (ALSA sequencer or JACK): ") + e.what();
    }
}

MidiInput::~MidiInput() {
    close();
    in_.reset(); // stops the backend thread before the callbacks go
}

std::vector<std::string> MidiInput::ports() {
    std::vector<std::string> names;
    if (!in_) return names;
    try {
        const unsigned n = in_->getPortCount();
        for (unsigned i = 0; i < n; ++i)
            names.push_back(in_->getPortName(i));
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot list MIDI ports: ") + e.what();
    }
    errors_->take();
    return names;
}

bool MidiInput::open(const std::string& portName) {
    const int index = findPort(ports(), portName);
    if (index < 0) {
        status_ =
            "no MIDI input port named '" + portName + "' (or more than one contains it); refresh the list";
        return false;
    }
    return open(static_cast<unsigned>(index));
}

bool MidiInput::open(unsigned index) {
    if (!in_) return false;
    close();
    std::string name;
    try {
        if (index < in_->getPortCount()) name = in_->getPortName(index);
        if (!name.empty()) in_->openPort(index, "in");
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot open MIDI input: ") + e.what();
        return false;
    }
    if (name.empty()) {
        status_ = "no MIDI input port number " + std::to_string(index) + "; refresh the list";
        errors_->take();
        return false;
    }
    return finishOpen("listening to MIDI port '" + name + "'");
}

bool MidiInput::openVirtual(const std::string& portName) {
    if (!in_) return false;
    close();
    try {
        in_->openVirtualPort(portName);
    } catch (const RtMidiError& e) {
        status_ = std::string("cannot create MIDI port: ") + e.what();
        return false;
    }
    return finishOpen("listening on virtual MIDI port '" + portName + "'");
}

bool MidiInput::finishOpen(const std::string& what) {
    if (const std::string e = errors_->take(); !e.empty()) {
        status_ = "cannot open MIDI input: " + e;
        try {
            in_->closePort();
        } catch (const RtMidiError&) {
        }
        return false;
    }
    status_ = what;
    open_ = true;
    return true;
}

void MidiInput::close() {
    if (!open_ || !in_) return;
    try {
        in_->closePort();
    } catch (const RtMidiError&) {
    }
    errors_->take();
    open_ = false;
    std::lock_guard lock(gestureMutex_);
    gesture_.reset();
    status_ = "MIDI input closed";
}

void MidiInput::handleMessage(const unsigned char* bytes, std::size_t size) {
    if (size < 3) return;
    const int type = bytes[0] & 0xF0;
    const int channel = bytes[0] & 0x0F;
    const int pitch = bytes[1] & 0x7F;
    const int velocity = bytes[2] & 0x7F;
    if (type == 0x90 && velocity > 0) {
        {
            std::lock_guard lock(gestureMutex_);
            gesture_.noteOn(pitch);
        }
        if (callbacks_.noteOn) callbacks_.noteOn(channel, pitch, velocity);
    } else if (type == 0x80 || type == 0x90) {
        std::optional<std::vector<int>> done;
        {
            std::lock_guard lock(gestureMutex_);
            done = gesture_.noteOff(pitch);
        }
        if (callbacks_.noteOff) callbacks_.noteOff(channel, pitch);
        if (done && callbacks_.chord)
            if (std::optional<Chord> chord = recognizeChord(*done)) callbacks_.chord(*chord, *done);
    }
}

} // namespace fgg::audio
