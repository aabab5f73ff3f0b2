#include "audio/Transport.h"

#include "audio/CommandQueue.h"
#include "audio/EventScheduler.h"
#include "audio/SnapshotExchange.h"

#include <algorithm>
#include <cmath>
#include <future>

namespace fgg::audio {

namespace {
using Clock = std::chrono::steady_clock;
/// The longest the scheduler sleeps while playing: bounds command and snapshot latency.
constexpr auto kMaxSleep = std::chrono::milliseconds(2);
/// A stall longer than this (debugger, suspend) is not caught up with a burst of events.
constexpr double kMaxStep = 0.25;
} // namespace

class Transport::Impl {
public:
    explicit Impl(std::vector<EventSink*> s) : sinks(std::move(s)) {}
    std::vector<EventSink*> sinks;
    CommandQueue<Command, 256> commands;
    SnapshotExchange snapshots;
    std::atomic<std::uint32_t> wake{0};
    // DeadlineStats as the scheduler last published them, behind a sequence count (odd while writing) so a
    // reader gets one consistent copy without a lock on the scheduler's side.
    std::atomic<std::uint32_t> deadlineSeq{0};
    std::atomic<std::uint64_t> events{0}, late{0}, stalls{0};
    std::atomic<double> worst{0}, stalled{0};
};

Transport::Transport(std::vector<EventSink*> sinks, PlayheadCallback onPlayhead, TransportOptions options)
    : impl_(std::make_unique<Impl>(std::move(sinks))) {
    std::promise<PriorityResult> priority;
    std::future<PriorityResult> got = priority.get_future();
    thread_ = std::thread([this, cb = std::move(onPlayhead), options, p = std::move(priority)]() mutable {
        // Raised before the first event, and from inside the thread (no handle to race with).
        p.set_value(options.realtimePriority ? raiseCurrentThreadPriority(options.fifoPriority)
                                             : PriorityResult{ThreadPriority::Normal, "normal (not asked)"});
        run(std::move(cb));
    });
    priority_ = got.get();
}

void Transport::publishDeadlines(const DeadlineStats& d, bool always) {
    Impl& i = *impl_;
    if (!always && i.events.load(std::memory_order_relaxed) == d.events &&
        i.stalls.load(std::memory_order_relaxed) == d.stalls)
        return; // nothing new since the last step
    i.deadlineSeq.fetch_add(1, std::memory_order_acq_rel);
    i.events.store(d.events, std::memory_order_relaxed);
    i.late.store(d.late, std::memory_order_relaxed);
    i.stalls.store(d.stalls, std::memory_order_relaxed);
    i.worst.store(d.worstLateness, std::memory_order_relaxed);
    i.stalled.store(d.stalledSeconds, std::memory_order_relaxed);
    i.deadlineSeq.fetch_add(1, std::memory_order_release);
}

DeadlineStats Transport::deadlines() const {
    const Impl& i = *impl_;
    for (;;) {
        const std::uint32_t before = i.deadlineSeq.load(std::memory_order_acquire);
        DeadlineStats d;
        d.events = i.events.load(std::memory_order_relaxed);
        d.late = i.late.load(std::memory_order_relaxed);
        d.stalls = i.stalls.load(std::memory_order_relaxed);
        d.worstLateness = i.worst.load(std::memory_order_relaxed);
        d.stalledSeconds = i.stalled.load(std::memory_order_relaxed);
        std::atomic_thread_fence(std::memory_order_acquire);
        if (before % 2 == 0 && i.deadlineSeq.load(std::memory_order_relaxed) == before) return d;
        std::this_thread::yield();
    }
}

void Transport::resetDeadlines() {
    send({Command::Type::ResetDeadlines});
}

Transport::~Transport() {
    send({Command::Type::Quit});
    if (thread_.joinable()) thread_.join();
}

void Transport::send(Command c) {
    impl_->commands.push(c);
    impl_->wake.fetch_add(1);
    impl_->wake.notify_one();
}

void Transport::setSnapshot(std::shared_ptr<const PlaybackSnapshot> snapshot) {
    impl_->snapshots.publish(std::move(snapshot));
    // Wake an idle scheduler so it adopts the snapshot (and lets the old one go) now rather than at play.
    impl_->wake.fetch_add(1);
    impl_->wake.notify_one();
}

void Transport::play() {
    send({Command::Type::Play});
}
void Transport::playFrom(Tick tick) {
    send({Command::Type::PlayFrom, tick});
}
void Transport::pause() {
    send({Command::Type::Pause});
}
void Transport::stop() {
    send({Command::Type::Stop});
}
void Transport::seek(Tick tick) {
    send({Command::Type::Seek, tick});
}
void Transport::setLoop(Tick start, Tick end) {
    send({Command::Type::SetLoop, start, end});
}
void Transport::clearLoop() {
    send({Command::Type::ClearLoop});
}
void Transport::setMetronome(bool on) {
    send({Command::Type::Metronome, on ? 1 : 0});
}

void Transport::flush() {
    if (std::this_thread::get_id() == thread_.get_id()) return; // would wait for itself
    const std::size_t seq = impl_->commands.push({Command::Type::None});
    impl_->wake.fetch_add(1);
    impl_->wake.notify_one();
    while (impl_->commands.consumed() < seq)
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    impl_->snapshots.collect();
}

void Transport::run(PlayheadCallback onPlayhead) {
    EventScheduler scheduler(impl_->sinks);
    const PlaybackSnapshot* current = nullptr;
    State state = State::Stopped;
    Tick playStart = 0;
    Clock::time_point last = Clock::now();
    Clock::time_point nextPlayhead = last;

    auto reportPosition = [&](bool callback) {
        const Tick tick = scheduler.positionTick();
        position_.store(tick);
        if (callback && onPlayhead) {
            try {
                onPlayhead(tick);
            } catch (...) {
                // A throwing callback must not take the scheduler thread (and the process) down.
            }
        }
    };
    auto setState = [&](State s) {
        state = s;
        state_.store(static_cast<int>(s));
    };
    auto begin = [&] {
        scheduler.start();
        last = Clock::now();
        nextPlayhead = last;
        setState(State::Playing);
    };

    for (;;) {
        const std::uint32_t wakeSeen = impl_->wake.load();

        Command c;
        bool moved = false;
        while (impl_->commands.pop(c)) {
            switch (c.type) {
            case Command::Type::None:
                break;
            case Command::Type::Play:
                if (state == State::Stopped) playStart = scheduler.positionTick();
                if (state != State::Playing) begin();
                break;
            case Command::Type::PlayFrom:
                scheduler.seek(c.a);
                playStart = std::max<Tick>(0, c.a);
                if (state != State::Playing) begin();
                moved = true;
                break;
            case Command::Type::Pause:
                if (state == State::Playing) {
                    scheduler.halt();
                    setState(State::Paused);
                    moved = true;
                }
                break;
            case Command::Type::Stop:
                if (state == State::Stopped) playStart = 0; // a second stop goes back to the start
                if (scheduler.started()) scheduler.halt();
                scheduler.seek(playStart);
                setState(State::Stopped);
                moved = true;
                break;
            case Command::Type::Seek:
                scheduler.seek(c.a);
                if (state != State::Playing) playStart = std::max<Tick>(0, c.a);
                moved = true;
                break;
            case Command::Type::SetLoop:
                scheduler.setLoop(c.a, c.b);
                break;
            case Command::Type::ClearLoop:
                scheduler.clearLoop();
                break;
            case Command::Type::Metronome:
                scheduler.setMetronome(c.a != 0);
                break;
            case Command::Type::ResetDeadlines:
                scheduler.resetDeadlines();
                publishDeadlines(scheduler.deadlines(), true);
                break;
            case Command::Type::Quit:
                if (scheduler.started()) scheduler.halt();
                impl_->snapshots.releaseReader();
                setState(State::Stopped);
                return;
            }
        }

        // Adopt the latest snapshot; both it and the one being left are protected while we switch.
        const PlaybackSnapshot* latest = impl_->snapshots.acquireLatest();
        if (latest != current) {
            scheduler.setSnapshot(latest);
            impl_->snapshots.markCurrent(latest);
            current = latest;
        }

        if (state != State::Playing) {
            if (moved) reportPosition(true);
            // Idle: sleep until a command or a snapshot arrives (futex wait, no lock).
            if (impl_->commands.empty()) impl_->wake.wait(wakeSeen);
            continue;
        }

        const Clock::time_point now = Clock::now();
        const double dt = std::chrono::duration<double>(now - last).count();
        last = now;
        scheduler.advance(std::min(dt, kMaxStep));
        if (dt > kMaxStep) scheduler.noteStall(dt - kMaxStep);
        publishDeadlines(scheduler.deadlines());

        if (scheduler.finished()) {
            scheduler.halt();
            scheduler.seek(playStart);
            setState(State::Stopped);
            reportPosition(true);
            continue;
        }
        if (moved || now >= nextPlayhead) {
            reportPosition(true);
            nextPlayhead = now + kPlayheadInterval;
        } else {
            position_.store(scheduler.positionTick());
        }

        Clock::time_point wakeAt = std::min(now + kMaxSleep, nextPlayhead);
        const double toNext = scheduler.timeToNextEvent();
        if (std::isfinite(toNext))
            wakeAt = std::min(wakeAt, now + std::chrono::duration_cast<Clock::duration>(
                                                std::chrono::duration<double>(toNext)));
        std::this_thread::sleep_until(wakeAt);
    }
}

} // namespace fgg::audio
