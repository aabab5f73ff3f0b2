#include "audio/MidiInput.h"

#include "audio/RtMidiPort.h"

namespace fgg::audio {

namespace {
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

detail::RtMidiPort MidiInput::port() {
    return {*in_, *errors_, status_, "input", "listening to"};
}

std::vector<std::string> MidiInput::ports() {
    return in_ ? port().ports() : std::vector<std::string>{};
}

bool MidiInput::open(const std::string& portName) {
    if (!in_) return false;
    close();
    return open_ = port().open(portName);
}

bool MidiInput::open(unsigned index) {
    if (!in_) return false;
    close();
    return open_ = port().open(index);
}

bool MidiInput::openVirtual(const std::string& portName) {
    if (!in_) return false;
    close();
    return open_ = port().openVirtual(portName);
}

void MidiInput::close() {
    if (!open_ || !in_) return;
    port().closeQuietly();
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
            if (std::optional<Chord> chord = harmony::recognizeChord(*done)) callbacks_.chord(*chord, *done);
    }
}

} // namespace fgg::audio
