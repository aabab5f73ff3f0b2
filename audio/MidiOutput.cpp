#include "audio/MidiOutput.h"

#include "audio/RtMidiPort.h"

#include <thread>

namespace fgg::audio {

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

detail::RtMidiPort MidiOutput::port() {
    return {*out_, *errors_, status_, "output", "playing to"};
}

std::vector<std::string> MidiOutput::ports() {
    return out_ ? port().ports() : std::vector<std::string>{};
}

bool MidiOutput::open(const std::string& portName) {
    if (!out_) return false;
    close();
    return opened(port().open(portName));
}

bool MidiOutput::open(unsigned index) {
    if (!out_) return false;
    close();
    return opened(port().open(index));
}

bool MidiOutput::openVirtual(const std::string& portName) {
    if (!out_) return false;
    close();
    return opened(port().openVirtual(portName));
}

bool MidiOutput::opened(bool ok) {
    open_.store(ok);
    return ok;
}

void MidiOutput::close() {
    if (!open_.exchange(false)) return;
    // A send() that saw the port open may still be inside RtMidi: let it finish before closing under it.
    while (inFlight_.load() > 0)
        std::this_thread::yield();
    port().closeQuietly();
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
