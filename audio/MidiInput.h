#pragma once
// A MIDI keyboard (or another program) played into the workstation: note callbacks for step input into the
// piano roll, and chord callbacks for chord entry (see model/harmony/ChordRecognizer.h). Construction and
// open() never throw; with no MIDI system, status() says why.
//
// Threads: the callbacks run on the MIDI backend's thread (ALSA's input thread, or JACK's process thread):
// keep them short and marshal to the GUI thread (e.g. QMetaObject::invokeMethod, Qt::QueuedConnection).
#include "audio/MidiSystem.h"
#include "model/harmony/ChordRecognizer.h"
#include "model/music/Chord.h"

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

class RtMidiIn;

namespace fgg::audio {

namespace detail {
struct RtMidiErrors;
class RtMidiPort;
} // namespace detail

struct MidiInputCallbacks {
    std::function<void(int channel, int pitch, int velocity)> noteOn;
    std::function<void(int channel, int pitch)> noteOff;
    /// When the last key of a gesture is released and the notes held together named a chord; `pitches` are
    /// the notes (sorted) it was recognised from.
    std::function<void(const Chord& chord, const std::vector<int>& pitches)> chord;
};

class MidiInput {
public:
    explicit MidiInput(MidiInputCallbacks callbacks, MidiBackend backend = MidiBackend::Automatic,
                       std::string clientName = "fgg-studio");
    ~MidiInput();
    MidiInput(const MidiInput&) = delete;
    MidiInput& operator=(const MidiInput&) = delete;

    bool available() const { return in_ != nullptr; }
    MidiBackend backend() const { return backend_; }
    const std::string& status() const { return status_; }

    /// The ports we can listen to, read fresh.
    std::vector<std::string> ports();
    /// Connects to the port with that exact name, else the only one containing it. False + status() on
    /// failure.
    bool open(const std::string& portName);
    bool open(unsigned index);
    /// Creates a port other programs connect to, named `portName`.
    bool openVirtual(const std::string& portName);
    void close();
    bool isOpen() const { return open_; }

    /// Feeds raw MIDI bytes as if they had arrived (what the backend callback does; also for tests).
    void handleMessage(const unsigned char* bytes, std::size_t size);

private:
    detail::RtMidiPort port();

    MidiInputCallbacks callbacks_;
    MidiBackend backend_;
    std::string status_;
    std::unique_ptr<detail::RtMidiErrors> errors_;
    std::unique_ptr<RtMidiIn> in_;
    bool open_ = false;
    std::mutex gestureMutex_; ///< the backend thread vs. handleMessage() from a test or the GUI
    harmony::ChordGesture gesture_;
};

} // namespace fgg::audio
