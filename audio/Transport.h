#pragma once
// Play / pause / stop / play from a tick / loop a region, on a scheduler thread of its own.
//
// Threads: the control methods may be called from any thread (typically the GUI's); they queue a command and
// return at once (flush() waits until the scheduler has applied them). The scheduler thread plays the latest
// snapshot handed over with setSnapshot() (lock-free hand-over, see SnapshotExchange.h), sends events to the
// sinks, and calls the playhead callback about 30 times a second *on the scheduler thread*: GUI code must
// marshal it to its own thread (e.g. QMetaObject::invokeMethod(..., Qt::QueuedConnection)) and return
// quickly.
//
// Real time: on the scheduler thread, the transport takes no locks and allocates nothing (the callback and
// the sinks must behave likewise; FluidSynth's own API mutex is held only for the length of a note-on). The
// thread asks for SCHED_FIFO (ThreadPriority.h) so that a generation on every core cannot delay it, and
// counts every event it sends late (deadlines()).
#include "audio/DeadlineStats.h"
#include "audio/EventSink.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/ThreadPriority.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <thread>
#include <vector>

namespace fgg::audio {

struct TransportOptions {
    /// Ask for real-time scheduling for the scheduler thread (falls back quietly where refused).
    bool realtimePriority = true;
    int fifoPriority = kSchedulerFifoPriority;
};

class Transport {
public:
    enum class State { Stopped, Playing, Paused };
    /// Called with the playhead tick from the scheduler thread (see above).
    using PlayheadCallback = std::function<void(Tick)>;
    static constexpr std::chrono::milliseconds kPlayheadInterval{33};

    /// `sinks` (the synth, a MIDI output, both) must outlive the transport.
    explicit Transport(std::vector<EventSink*> sinks, PlayheadCallback onPlayhead = {},
                       TransportOptions options = {});
    /// Stops (all notes off) and joins the scheduler thread.
    ~Transport();
    Transport(const Transport&) = delete;
    Transport& operator=(const Transport&) = delete;

    /// Hands over what to play; takes effect within a few milliseconds, keeping the position.
    void setSnapshot(std::shared_ptr<const PlaybackSnapshot> snapshot);
    /// Plays from the current position (resumes when paused).
    void play();
    void playFrom(Tick tick);
    /// Silences (all notes off) and keeps the position.
    void pause();
    /// Silences and returns to where playback last started; a second stop returns to tick 0.
    void stop();
    void seek(Tick tick);
    /// Loops [start, end) while playing; end <= start clears the loop.
    void setLoop(Tick start, Tick end);
    void clearLoop();
    /// A click on the GM drum channel: note 76 on the downbeat, 77 on the other beats.
    void setMetronome(bool on);

    /// Waits until the scheduler has applied every command sent before (never call it from the callback).
    void flush();
    State state() const { return static_cast<State>(state_.load()); }
    Tick position() const { return position_.load(); }

    /// What the scheduler thread got when it asked for real-time priority.
    const PriorityResult& priority() const { return priority_; }
    /// How punctual playback has been since the transport started or resetDeadlines() (any thread; a
    /// consistent copy as of the scheduler's last step).
    DeadlineStats deadlines() const;
    /// Starts counting afresh (applied by the scheduler like any command; flush() to wait for it).
    void resetDeadlines();

private:
    struct Command {
        enum class Type {
            None,
            Play,
            PlayFrom,
            Pause,
            Stop,
            Seek,
            SetLoop,
            ClearLoop,
            Metronome,
            ResetDeadlines,
            Quit
        };
        Type type = Type::None;
        Tick a = 0;
        Tick b = 0;
    };
    class Impl;

    void send(Command c);
    void run(PlayheadCallback onPlayhead);
    /// Scheduler thread: makes `d` what deadlines() returns (only when it changed, unless `always`).
    void publishDeadlines(const DeadlineStats& d, bool always = false);

    std::unique_ptr<Impl> impl_;
    PriorityResult priority_;
    std::atomic<int> state_{static_cast<int>(State::Stopped)};
    std::atomic<Tick> position_{0};
    std::thread thread_;
};

} // namespace fgg::audio
