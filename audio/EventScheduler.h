#pragma once
// The scheduling logic, without threads or clocks: given a snapshot and a position, advance(dt) sends every
// MIDI event due in the next dt seconds to the sinks, in time order (note-offs first on ties). It keeps the
// sounding notes itself (with their off times), so a snapshot swap never leaves a note hanging, handles the
// loop region and the metronome. The Transport drives it from the wall clock on its thread; the
// OfflineRenderer drives it sample-exactly from the render loop.
//
// It also counts how punctual it was (DeadlineStats): advance(dt) means "the clock is now dt further", so an
// event due inside that step is sent late by the time between its due time and the step's end.
//
// Real-time safe: after construction no method allocates, locks or throws.
#include "audio/DeadlineStats.h"
#include "audio/EventSink.h"
#include "audio/PlaybackSnapshot.h"
#include "model/midi/TempoMap.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace fgg::audio {

class EventScheduler {
public:
    /// More simultaneous notes than this are dropped (never allocated).
    static constexpr std::size_t kMaxSoundingNotes = 512;
    /// Metronome click length in seconds.
    static constexpr double kClickSeconds = 0.05;

    /// The sinks must outlive the scheduler.
    explicit EventScheduler(std::vector<EventSink*> sinks);

    /// Switches to `snapshot` (may be nullptr) keeping the musical position (the tick); sounding notes keep
    /// ringing to their off time, except on channels the new snapshot does not play (muted tracks).
    void setSnapshot(const PlaybackSnapshot* snapshot) noexcept;
    const PlaybackSnapshot* snapshot() const noexcept { return snapshot_; }

    /// Playback begins: sends the channel setup (programs, volumes) to every sink.
    void start() noexcept;
    /// Playback ends: note-offs for sounding notes, then all-notes-off on every sink.
    void halt() noexcept;
    bool started() const noexcept { return started_; }

    /// Jumps to `tick`, releasing sounding notes.
    void seek(Tick tick) noexcept;
    /// Loops [start, end) seamlessly while the position is before `end`. An empty region clears the loop.
    void setLoop(Tick start, Tick end) noexcept;
    void clearLoop() noexcept { loopActive_ = false; }
    bool looping() const noexcept { return loopActive_; }
    void setMetronome(bool on) noexcept;
    bool metronome() const noexcept { return metronome_; }

    /// Moves the position `seconds` forward, sending the events due on the way (each counted in
    /// deadlines() with how long before the step's end it was due).
    void advance(double seconds) noexcept;
    /// The clock jumped `seconds` further than advance() was allowed to follow (a stalled thread): the music
    /// was held back by that much.
    void noteStall(double seconds) noexcept;
    const DeadlineStats& deadlines() const noexcept { return deadlines_; }
    void resetDeadlines() noexcept { deadlines_ = {}; }
    /// Seconds until the next event (note on/off, click, loop jump); +inf when none.
    double timeToNextEvent() const noexcept;

    double positionSeconds() const noexcept { return position_; }
    Tick positionTick() const noexcept;
    std::size_t soundingNotes() const noexcept { return soundingCount_; }
    /// Past the end of the music, not looping, nothing sounding (or no snapshot at all).
    bool finished() const noexcept;

private:
    struct Sounding {
        double off = 0;
        std::uint8_t channel = 0;
        std::uint8_t pitch = 0;
        bool click = false;
    };

    const TempoMap& tempo() const noexcept { return snapshot_ ? snapshot_->tempo() : defaultTempo_; }
    void emit(const MidiEvent& e) noexcept;
    void sendChannelSetup() noexcept;
    void noteOn(int channel, int pitch, int velocity, double off, bool click) noexcept;
    void release(std::size_t index) noexcept;
    void releaseNotes(bool keepClicks) noexcept;
    /// Sends the events with time <= until (or < until when !inclusive); `now` is the position the clock
    /// has reached, for their lateness.
    void dispatchUntil(double until, bool inclusive, double now) noexcept;
    void countDispatch(double due, double now) noexcept;
    std::size_t earliestOff() const noexcept;
    void updateLoopSeconds() noexcept;
    void resetCursor() noexcept;

    std::vector<EventSink*> sinks_;
    const PlaybackSnapshot* snapshot_ = nullptr;
    TempoMap defaultTempo_;

    double position_ = 0;            ///< seconds from tick 0 (score time, wraps with the loop)
    bool dispatchedThrough_ = false; ///< events at exactly position_ were already sent
    std::size_t cursor_ = 0;         ///< next note of the snapshot to start
    bool started_ = false;

    std::array<Sounding, kMaxSoundingNotes> sounding_{};
    std::size_t soundingCount_ = 0;
    std::array<std::int16_t, 16 * 128> slotOf_{}; ///< (channel, pitch) -> index in sounding_, or -1

    bool loopActive_ = false;
    Tick loopStartTick_ = 0;
    Tick loopEndTick_ = 0;
    double loopStart_ = 0;
    double loopEnd_ = 0;

    bool metronome_ = false;
    Tick nextClickBeat_ = 0; ///< beat index (multiples of beatTicks)
    double nextClick_ = 0;   ///< seconds

    DeadlineStats deadlines_;
};

} // namespace fgg::audio
