#pragma once
// A private JACK server (dummy backend) for tests, and a MIDI receiver on it: tests/audio's MIDI test and the
// app's playback test send to the receiver's port and check what arrives.
#include "audio/MidiEvent.h"
#include "audio/MidiInput.h"
#include "audio/MidiOutput.h"
#include "audio/MidiSystem.h"
#include "audio/PrivateJackServer.h"
#include "model/music/Chord.h"

#include <chrono>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#if defined(__SANITIZE_THREAD__)
// libjack is not instrumented: TSan cannot see the barriers of its lock-free ring buffer (RtMidi's JACK
// output writes it on the scheduler thread, JACK's process thread reads it), so it reports false races there.
// (Defined here, once per test executable that includes this header.)
extern "C" const char* __tsan_default_suppressions() {
    return "race:jack_ringbuffer_read\nrace:jack_ringbuffer_peek\nrace:jack_ringbuffer_write\n";
}
#endif

namespace fgg::test {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;
using audio::MidiBackend;
using audio::MidiEvent;
using audio::MidiInput;
using audio::MidiInputCallbacks;
using audio::MidiOutput;

/// A private JACK server (dummy backend) for the test, which JACK clients of this process then use.
using JackServer = audio::PrivateJackServer;

struct Received {
    int pitch = 0;
    int velocity = 0;
    Clock::time_point at;
};

class Receiver {
public:
    Receiver() {
        MidiInputCallbacks cb;
        cb.noteOn = [this](int, int pitch, int velocity) {
            std::lock_guard lock(mutex_);
            ons_.push_back({pitch, velocity, Clock::now()});
        };
        cb.noteOff = [this](int, int) {
            std::lock_guard lock(mutex_);
            ++offs_;
        };
        cb.chord = [this](const Chord& c, const std::vector<int>&) {
            std::lock_guard lock(mutex_);
            chords_.push_back(c);
        };
        input_ = std::make_unique<MidiInput>(cb, MidiBackend::Jack, "fgg-test-receiver");
    }
    MidiInput& input() { return *input_; }
    std::vector<Received> ons() {
        std::lock_guard lock(mutex_);
        return ons_;
    }
    int offs() {
        std::lock_guard lock(mutex_);
        return offs_;
    }
    std::vector<Chord> chords() {
        std::lock_guard lock(mutex_);
        return chords_;
    }
    void clear() {
        std::lock_guard lock(mutex_);
        ons_.clear();
        offs_ = 0;
        chords_.clear();
    }

private:
    std::mutex mutex_;
    std::vector<Received> ons_;
    int offs_ = 0;
    std::vector<Chord> chords_;
    std::unique_ptr<MidiInput> input_;
};

/// Waits until `pred` holds or `timeout` passes.
template <typename Pred>
bool waitFor(Pred pred, std::chrono::milliseconds timeout) {
    const auto deadline = Clock::now() + timeout;
    while (!pred()) {
        if (Clock::now() > deadline) return false;
        std::this_thread::sleep_for(5ms);
    }
    return true;
}

/// One note through the fresh connection, waited for: the first cycles of new JACK clients can be slow (and
/// much slower under sanitizers), which must not count against the phrase's timing.
inline void warmUp(MidiOutput& out, Receiver& rx) {
    for (int i = 0; i < 50 && rx.ons().empty(); ++i) {
        out.send(MidiEvent::noteOn(15, 1, 1));
        out.send(MidiEvent::noteOff(15, 1));
        waitFor([&] { return !rx.ons().empty(); }, 100ms);
    }
    std::this_thread::sleep_for(50ms);
    rx.clear();
}

} // namespace fgg::test
