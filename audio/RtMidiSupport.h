#pragma once
// Glue between RtMidi and the audio layer: backend -> RtMidi API, and RtMidi's errors captured as text
// instead of stderr output or exceptions. Internal to audio/.
#include "audio/MidiSystem.h"

#include <RtMidi.h>
#include <atomic>
#include <string>

namespace fgg::audio::detail {

inline RtMidi::Api rtMidiApi(MidiBackend backend) {
    return backend == MidiBackend::Jack ? RtMidi::UNIX_JACK : RtMidi::LINUX_ALSA;
}

/// Collects RtMidi's error callbacks. Errors raised while sending from the scheduler thread only count
/// (no allocation there); others are kept as text for status().
struct RtMidiErrors {
    std::string text;
    std::atomic<int> sendErrors{0};
    std::atomic<bool> sending{false};

    static void callback(RtMidiError::Type type, const std::string& message, void* self) {
        auto* e = static_cast<RtMidiErrors*>(self);
        if (type == RtMidiError::DEBUG_WARNING) return;
        if (e->sending.load()) {
            e->sendErrors.fetch_add(1);
            return;
        }
        if (!e->text.empty()) e->text += "; ";
        e->text += message;
    }
    std::string take() {
        std::string t;
        t.swap(text);
        return t;
    }
};

} // namespace fgg::audio::detail
