#pragma once
// How punctual live playback was, as the scheduler itself counts it: every event it sends is compared with
// the time it was due, so a starved scheduler thread (a loaded CPU, a slow sink) shows up as late events
// without any outside clock or listener. `fgg bench --playback` prints these; tests/audio/audio_deadline_test
// asserts on them.
#include <cstdint>

namespace fgg::audio {

struct DeadlineStats {
    /// An event sent more than this after it was due is late: well above the scheduler's own wake-up jitter
    /// (~0.1 ms) and a JACK period (5.8 ms at 256 frames), and about where a listener hears a rhythm waver.
    static constexpr double kLateSeconds = 0.005;

    std::uint64_t events = 0;  ///< events sent at their due time (note on/off, metronome clicks)
    std::uint64_t late = 0;    ///< of those, sent more than kLateSeconds after it
    double worstLateness = 0;  ///< seconds
    std::uint64_t stalls = 0;  ///< wake-ups so late that the music was held back instead of caught up
    double stalledSeconds = 0; ///< the time the music was held back in all

    /// Nothing late and nothing held back.
    bool punctual() const { return late == 0 && stalls == 0; }
};

} // namespace fgg::audio
