#pragma once
// The playback-under-load figure of `fgg bench --playback` (docs/audio.md, "Playback under load"): a piece
// loops through both live paths at once, on a private JACK server with the dummy driver: FluidSynth on its
// JACK driver (the synth renders inside the JACK cycle) and an RtMidi JACK output to a receiving port of our
// own. measure() reports, for the time it ran, the scheduler's own deadline count (every event it sent, to
// both sinks), the melody's note-ons as they arrived at the port against their exact 16th-note grid, and the
// server's xruns. The caller decides what runs meanwhile (nothing, or a generation on every core).
#include "audio/DeadlineStats.h"
#include "audio/ThreadPriority.h"

#include <cstdint>
#include <memory>
#include <string>

namespace fgg::audio {

struct PlaybackMeasurement {
    double seconds = 0;
    DeadlineStats scheduler;     ///< every event the scheduler sent, to the synth and the MIDI port alike
    std::uint64_t portNotes = 0; ///< melody note-ons that reached the receiving port
    std::uint64_t portLate = 0;  ///< of those, later than one JACK period + DeadlineStats::kLateSeconds
    double portWorst = 0; ///< seconds behind the grid, against the most punctual note (one period is normal)
    std::uint64_t xruns = 0; ///< JACK cycles that missed their deadline (FluidSynth renders in them)
    double jackLoad = 0;     ///< the server's DSP load at the end, percent
};

class PlaybackBench {
public:
    /// Starts everything; throws Error saying what could not start (jackd2 missing, no soundfont, ...).
    /// `realtime` false: the scheduler thread keeps ordinary priority (for comparison).
    explicit PlaybackBench(bool realtime = true);
    ~PlaybackBench();
    PlaybackBench(const PlaybackBench&) = delete;
    PlaybackBench& operator=(const PlaybackBench&) = delete;

    /// "JACK dummy 44100 Hz, 256 frames (5.8 ms); scheduler thread SCHED_FIFO 8"
    std::string setup() const;
    const PriorityResult& schedulerPriority() const;
    /// Plays for `seconds` (the loop keeps playing between calls) and reports that time only.
    PlaybackMeasurement measure(double seconds);

private:
    struct Parts;
    std::unique_ptr<Parts> p_;
};

} // namespace fgg::audio
