#pragma once
// An RtMidi output port as an EventSink: the transport plays into it like into the internal synth.
// Construction and open() never throw; with no MIDI system, status() says why and send() does nothing.
//
// Threads: open/close/ports from the control thread; send() from one thread at a time (the transport's
// scheduler; for a preview note while playing, use Transport::sendNow). send() takes no locks: it checks an
// atomic "open" flag and counts itself in flight so close() can wait for it.
#include "audio/EventSink.h"
#include "audio/MidiSystem.h"

#include <atomic>
#include <memory>
#include <string>
#include <vector>

class RtMidiOut;

namespace fgg::audio {

namespace detail {
struct RtMidiErrors;
class RtMidiPort;
} // namespace detail

class MidiOutput : public EventSink {
public:
    explicit MidiOutput(MidiBackend backend = MidiBackend::Automatic, std::string clientName = "fgg-studio");
    ~MidiOutput() override;
    MidiOutput(const MidiOutput&) = delete;
    MidiOutput& operator=(const MidiOutput&) = delete;

    /// A MIDI system answered (the port list and open() can work).
    bool available() const { return out_ != nullptr; }
    MidiBackend backend() const { return backend_; }
    /// What is open, or why nothing is.
    const std::string& status() const { return status_; }

    /// The ports we can play to, read fresh from the MIDI system.
    std::vector<std::string> ports();
    /// Connects to the port with that exact name, else the only one containing it. False + status() on
    /// failure.
    bool open(const std::string& portName);
    bool open(unsigned index);
    /// Creates a port other programs connect to (ALSA/JACK), named `portName`.
    bool openVirtual(const std::string& portName);
    void close();
    bool isOpen() const { return open_.load(); }
    /// Messages RtMidi refused while sending (e.g. a JACK buffer overflow).
    int sendErrors() const;

    void send(const MidiEvent& event) noexcept override;

private:
    detail::RtMidiPort port();
    bool opened(bool ok);

    MidiBackend backend_;
    std::string status_;
    std::unique_ptr<detail::RtMidiErrors> errors_;
    std::unique_ptr<RtMidiOut> out_;
    std::atomic<bool> open_{false};
    std::atomic<int> inFlight_{0};
};

} // namespace fgg::audio
