// EventScheduler (deterministic, no threads) and Transport (its thread, snapshot hand-over under edits).
#include "audio/EventScheduler.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/SnapshotExchange.h"
#include "audio/Transport.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <cmath>
#include <map>
#include <thread>

using namespace fgg;
using namespace fgg::audio;
using namespace std::chrono_literals;

namespace {

/// Records what the scheduler sends, stamped with `now` (the time the test advanced to).
struct Recorded {
    MidiEvent event;
    double at = 0;
};

class ScriptSink : public EventSink {
public:
    void send(const MidiEvent& e) noexcept override { events.push_back({e, now}); }
    void allNotesOff() noexcept override { ++allOffs; }
    std::vector<Recorded> noteOns() const {
        std::vector<Recorded> r;
        for (const auto& e : events)
            if (e.event.isNoteOn()) r.push_back(e);
        return r;
    }
    std::vector<MidiEvent> all() const {
        std::vector<MidiEvent> r;
        for (const auto& e : events)
            r.push_back(e.event);
        return r;
    }
    std::vector<Recorded> events;
    int allOffs = 0;
    double now = 0;
};

/// Lock-free, allocation-free recorder for the transport thread: a fixed array and an atomic count.
class RtRecorder : public EventSink {
public:
    explicit RtRecorder(std::size_t capacity) : events_(capacity) {}
    void send(const MidiEvent& e) noexcept override {
        const std::size_t i = count_.fetch_add(1);
        if (i < events_.size()) events_[i] = e;
    }
    void allNotesOff() noexcept override { allOffs_.fetch_add(1); }
    /// Only once the transport is stopped and flushed.
    std::vector<MidiEvent> events() const {
        return {events_.begin(),
                events_.begin() + static_cast<std::ptrdiff_t>(std::min(count_.load(), events_.size()))};
    }
    std::size_t count() const { return count_.load(); }
    int allOffs() const { return allOffs_.load(); }

private:
    std::vector<MidiEvent> events_;
    std::atomic<std::size_t> count_{0};
    std::atomic<int> allOffs_{0};
};

/// 120 bpm, 480 ticks per beat: a beat is 0.5 s.
Score phrase(std::initializer_list<std::pair<int, Tick>> pitchStart, Tick length = 240) {
    Score s;
    Track& t = s.ensureTrack("Melody", 73);
    for (auto [pitch, start] : pitchStart)
        t.add(Note{pitch, start, length, 100});
    return s;
}

/// Steps the scheduler from event to event until `until` seconds (no loop), stamping the sink with the
/// time each step lands on: the events' own times.
void runTo(EventScheduler& s, ScriptSink& sink, double until) {
    sink.now = s.positionSeconds();
    s.advance(0);
    while (s.positionSeconds() < until) {
        const double step = std::min(s.timeToNextEvent(), until - s.positionSeconds());
        sink.now = s.positionSeconds() + step;
        s.advance(step);
    }
}

/// Advances in `dt` steps for `seconds`, stamping the sink with the play time (not the looped position).
void play(EventScheduler& s, ScriptSink& sink, double seconds, double dt) {
    const auto steps = static_cast<int>(std::lround(seconds / dt));
    for (int i = 1; i <= steps; ++i) {
        sink.now = i * dt;
        s.advance(dt);
    }
}

/// Every note-on has a later note-off for the same channel and pitch.
void expectBalanced(const std::vector<MidiEvent>& events) {
    std::map<int, int> open;
    for (const MidiEvent& e : events) {
        const int key = e.channel() * 128 + e.data1;
        if (e.isNoteOn())
            ++open[key];
        else if (e.isNoteOff())
            --open[key];
    }
    for (auto [key, n] : open)
        EXPECT_EQ(n, 0) << "channel " << key / 128 << " pitch " << key % 128;
}

} // namespace

TEST(EventScheduler, SendsSetupThenNotesAtTheirTimesOffsFirst) {
    // 62 ends exactly when 64 starts, and 60 is struck again at 480.
    const auto snap = PlaybackSnapshot::build(phrase({{60, 0}, {62, 240}, {64, 480}, {60, 480}}));
    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(snap.get());
    s.start();
    ASSERT_GE(sink.events.size(), 2u);
    EXPECT_EQ(sink.events[0].event, MidiEvent::programChange(0, 73));
    EXPECT_EQ(sink.events[1].event.data1, gm::kCcVolume);
    runTo(s, sink, 3.0);

    const auto ons = sink.noteOns();
    ASSERT_EQ(ons.size(), 4u);
    EXPECT_EQ(ons[0].event.data1, 60);
    EXPECT_DOUBLE_EQ(ons[0].at, 0.0);
    EXPECT_EQ(ons[1].event.data1, 62);
    EXPECT_DOUBLE_EQ(ons[1].at, 0.25);
    EXPECT_EQ(ons[2].event.data1, 60);
    EXPECT_EQ(ons[3].event.data1, 64);
    EXPECT_DOUBLE_EQ(ons[3].at, 0.5);
    // At 0.5 s: 62 off comes before the new notes.
    std::vector<MidiEvent> at05;
    for (const auto& e : sink.events)
        if (e.at == 0.5) at05.push_back(e.event);
    ASSERT_FALSE(at05.empty());
    EXPECT_TRUE(at05.front().isNoteOff());
    expectBalanced(sink.all());
    EXPECT_TRUE(s.finished());
}

TEST(EventScheduler, LoopsSeamlesslyAndCutsNotesAtTheLoopEnd) {
    // Notes on every beat; loop beats 1..3 (ticks 480..1440) with a note crossing the loop end.
    const auto snap =
        PlaybackSnapshot::build(phrase({{60, 0}, {62, 480}, {64, 960}, {65, 1200}, {67, 1440}}, 400));
    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(snap.get());
    s.setLoop(480, 1440);
    s.start();
    // 0.5 s lead-in, then three loops of 1 s each, and the start of a fourth.
    play(s, sink, 3.6, 0.001);
    std::vector<int> pitches;
    for (const auto& r : sink.noteOns())
        pitches.push_back(r.event.data1);
    const std::vector<int> expected{60, 62, 64, 65, 62, 64, 65, 62, 64, 65, 62};
    ASSERT_GE(pitches.size(), expected.size());
    EXPECT_EQ(
        std::vector<int>(pitches.begin(), pitches.begin() + static_cast<std::ptrdiff_t>(expected.size())),
        expected);
    // 67 (at the loop end) never plays; 65 (crossing it) is released before 62 starts again.
    EXPECT_EQ(std::count(pitches.begin(), pitches.end(), 67), 0);
    bool seen65 = false;
    for (const auto& e : sink.events) {
        if (e.event.isNoteOn() && e.event.data1 == 65) seen65 = true;
        if (seen65 && e.event.isNoteOn() && e.event.data1 == 62) FAIL() << "62 struck while 65 still sounds";
        if (e.event.isNoteOff() && e.event.data1 == 65) seen65 = false;
    }
    // Onsets keep the loop's period: each 62 is 1 s after the previous one (within a 1 ms step).
    std::vector<double> at62;
    for (const auto& r : sink.noteOns())
        if (r.event.data1 == 62) at62.push_back(r.at);
    ASSERT_EQ(at62.size(), 4u);
    for (std::size_t i = 1; i < at62.size(); ++i)
        EXPECT_NEAR(at62[i] - at62[i - 1], 1.0, 0.0011);
    EXPECT_FALSE(s.finished());
}

TEST(EventScheduler, LoopTimingHasNoGap) {
    const auto snap = PlaybackSnapshot::build(phrase({{62, 480}}, 100));
    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(snap.get());
    s.setLoop(480, 960); // 0.5 s loop, note at its start
    s.start();
    // Count onsets in 10.25 s of play time advanced in uneven steps: 0.5 s lead-in, then one per 0.5 s.
    double played = 0;
    int step = 0;
    while (played < 10.25) {
        const double dt = 0.0007 + 0.0031 * (step++ % 7);
        s.advance(dt);
        played += dt;
    }
    EXPECT_EQ(sink.noteOns().size(), 20u);
}

TEST(EventScheduler, SnapshotSwapKeepsPositionAndStopsMutedTracks) {
    Score a = phrase({{60, 0}, {62, 960}});
    Score b = a;
    b.tracks[0].notes[1].pitch = 63; // an edit after the playhead
    b.ensureTrack("Accompaniment", 0).add(Note{48, 0, 1920, 80});
    const auto snapA = PlaybackSnapshot::build(b);
    PlaybackOptions mute;
    mute.mix.push_back(TrackMix{"Accompaniment", std::nullopt, 0.8, true, false});
    const auto snapMuted = PlaybackSnapshot::build(b, mute);

    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(snapA.get());
    s.start();
    s.advance(0.2); // 60 and 48 sounding
    EXPECT_EQ(s.soundingNotes(), 2u);
    const std::size_t before = sink.events.size();
    s.setSnapshot(snapMuted.get());
    EXPECT_NEAR(s.positionSeconds(), 0.2, 1e-12);
    EXPECT_EQ(s.soundingNotes(), 1u) << "the muted accompaniment note stops at once";
    ASSERT_GT(sink.events.size(), before);
    EXPECT_EQ(sink.events[before].event, MidiEvent::noteOff(1, 48));
    runTo(s, sink, 3.0);
    std::vector<int> pitches;
    for (const auto& r : sink.noteOns())
        pitches.push_back(r.event.data1);
    EXPECT_EQ(pitches, (std::vector<int>{60, 48, 63})); // same time: by channel
    (void)a;
}

TEST(EventScheduler, TempoEditKeepsTheMusicalPosition) {
    Score slow = phrase({{60, 0}, {62, 1920}});
    Score fast = slow;
    fast.tempos = {TempoChange{0, 240.0}};
    const auto a = PlaybackSnapshot::build(slow);
    const auto b = PlaybackSnapshot::build(fast);
    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(a.get());
    s.start();
    s.advance(0.5); // beat 1 at 120 bpm
    EXPECT_EQ(s.positionTick(), 480);
    s.setSnapshot(b.get());
    EXPECT_EQ(s.positionTick(), 480);
    EXPECT_NEAR(s.positionSeconds(), 0.25, 1e-9);
}

TEST(EventScheduler, MetronomeAccentsTheDownbeat) {
    Score score;
    score.length = 8 * score.ticksPerBeat;
    score.timeSignatures = {TimeSignature{0, 3, 4}};
    const auto snap = PlaybackSnapshot::build(score);
    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(snap.get());
    s.setMetronome(true);
    s.start();
    runTo(s, sink, 3.9);
    const auto ons = sink.noteOns();
    ASSERT_EQ(ons.size(), 8u);
    for (std::size_t i = 0; i < ons.size(); ++i) {
        EXPECT_EQ(ons[i].event.channel(), gm::kDrumChannel);
        EXPECT_EQ(ons[i].event.data1, i % 3 == 0 ? gm::kHiWoodBlock : gm::kLowWoodBlock) << i;
        EXPECT_NEAR(ons[i].at, 0.5 * static_cast<double>(i), 1e-9);
    }
}

TEST(EventScheduler, SeekReleasesAndHaltSilences) {
    const auto snap = PlaybackSnapshot::build(phrase({{60, 0}, {64, 0}, {67, 960}}, 960));
    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(snap.get());
    s.start();
    s.advance(0.1);
    EXPECT_EQ(s.soundingNotes(), 2u);
    s.seek(960);
    EXPECT_EQ(s.soundingNotes(), 0u);
    s.advance(0.01);
    EXPECT_EQ(s.soundingNotes(), 1u);
    s.halt();
    EXPECT_EQ(s.soundingNotes(), 0u);
    EXPECT_EQ(sink.allOffs, 1);
    expectBalanced(sink.all());
}

TEST(EventScheduler, PolyphonyCapDropsInsteadOfAllocating) {
    // 100 distinct pitches on each of 9 channels: 900 notes at once, over the cap.
    Score score;
    Track dense;
    for (int i = 0; i < 2000; ++i)
        dense.add(Note{20 + i % 100, 0, 100000, 100});
    for (int c = 0; c < 9; ++c) {
        dense.name = "Dense" + std::to_string(c);
        dense.channel = c;
        score.tracks.push_back(dense);
    }
    const auto snap = PlaybackSnapshot::build(score);
    ScriptSink sink;
    EventScheduler s({&sink});
    s.setSnapshot(snap.get());
    s.start();
    s.advance(0.01);
    EXPECT_LE(s.soundingNotes(), EventScheduler::kMaxSoundingNotes);
    s.halt();
    expectBalanced(sink.all());
}

TEST(SnapshotExchange, FreesOnlyWhatNobodyReads) {
    SnapshotExchange x;
    auto a = PlaybackSnapshot::build(phrase({{60, 0}}));
    std::weak_ptr<const PlaybackSnapshot> weakA = a;
    x.publish(std::move(a));
    const PlaybackSnapshot* got = x.acquireLatest();
    x.markCurrent(got);
    x.publish(PlaybackSnapshot::build(phrase({{62, 0}})));
    EXPECT_FALSE(weakA.expired()) << "the reader still plays it";
    EXPECT_EQ(got->notes().front().pitch, 60);
    const PlaybackSnapshot* next = x.acquireLatest();
    x.markCurrent(next);
    x.collect();
    EXPECT_TRUE(weakA.expired());
    EXPECT_EQ(x.retainedCount(), 1u);
    x.releaseReader();
}

TEST(Transport, PlaysToTheEndStopsAndReportsThePlayhead) {
    RtRecorder rec(10000);
    std::atomic<int> playheadCalls{0};
    std::atomic<Tick> lastTick{-1};
    Transport t({&rec}, [&](Tick tick) {
        playheadCalls.fetch_add(1);
        lastTick.store(tick);
    });
    t.setSnapshot(PlaybackSnapshot::build(phrase({{60, 0}, {62, 240}, {64, 480}}, 200))); // ends at ~0.35 s
    t.playFrom(0);
    t.flush();
    EXPECT_EQ(t.state(), Transport::State::Playing);
    const auto deadline = std::chrono::steady_clock::now() + 5s;
    while (t.state() == Transport::State::Playing && std::chrono::steady_clock::now() < deadline)
        std::this_thread::sleep_for(5ms);
    EXPECT_EQ(t.state(), Transport::State::Stopped);
    t.flush();
    EXPECT_GE(playheadCalls.load(), 5); // ~30/s over ~0.45 s
    EXPECT_EQ(t.position(), 0) << "back to where playback started";
    const auto events = rec.events();
    std::vector<int> pitches;
    for (const MidiEvent& e : events)
        if (e.isNoteOn()) pitches.push_back(e.data1);
    EXPECT_EQ(pitches, (std::vector<int>{60, 62, 64}));
    expectBalanced(events);
    EXPECT_GE(rec.allOffs(), 1);
}

TEST(Transport, PauseSilencesAndResumes) {
    RtRecorder rec(10000);
    Transport t({&rec});
    t.setSnapshot(PlaybackSnapshot::build(phrase({{60, 0}}, 480 * 20))); // a 5 s note
    t.play();
    std::this_thread::sleep_for(100ms);
    t.pause();
    t.flush();
    EXPECT_EQ(t.state(), Transport::State::Paused);
    const Tick pausedAt = t.position();
    EXPECT_GT(pausedAt, 0);
    EXPECT_EQ(rec.allOffs(), 1);
    expectBalanced(rec.events());
    std::this_thread::sleep_for(50ms);
    EXPECT_EQ(t.position(), pausedAt);
    t.play();
    std::this_thread::sleep_for(50ms);
    t.stop();
    t.flush();
    EXPECT_GT(t.position(), -1);
    EXPECT_EQ(t.state(), Transport::State::Stopped);
    EXPECT_EQ(t.position(), 0);
}

TEST(Transport, SnapshotsReplacedWhilePlayingNeverBreakPlayback) {
    // The document thread keeps editing (new snapshots every ~1 ms) while the scheduler plays a loop.
    RtRecorder rec(1 << 20);
    std::atomic<int> playheads{0};
    Transport t({&rec}, [&](Tick) { playheads.fetch_add(1); });
    auto makeScore = [](int variant) {
        Score s;
        Track& m = s.ensureTrack("Melody", 73);
        for (int i = 0; i < 32; ++i)
            m.add(Note{60 + (i * 7 + variant) % 24, i * 60, 50 + variant % 40, 90});
        if (variant % 3 == 0) s.tempos = {TempoChange{0, 100.0 + variant % 80}};
        return s;
    };
    t.setSnapshot(PlaybackSnapshot::build(makeScore(0)));
    t.setLoop(0, 1920);
    t.setMetronome(true);
    t.playFrom(0);

    std::atomic<bool> done{false};
    std::thread editor([&] {
        for (int v = 1; !done.load(); ++v) {
            PlaybackOptions o;
            o.mix.push_back(TrackMix{"Melody", 73 + v % 3, 0.5 + 0.1 * (v % 5), v % 17 == 0, false});
            t.setSnapshot(PlaybackSnapshot::build(makeScore(v), o));
            if (v % 50 == 0) t.seek((v * 37) % 1920);
            std::this_thread::sleep_for(1ms);
        }
    });
    std::this_thread::sleep_for(1500ms);
    done.store(true);
    editor.join();
    EXPECT_EQ(t.state(), Transport::State::Playing) << "looping playback keeps going";
    t.stop();
    t.flush();
    const auto events = rec.events();
    EXPECT_LT(rec.count(), std::size_t(1) << 20);
    std::size_t ons = 0;
    for (const MidiEvent& e : events)
        ons += e.isNoteOn() ? 1 : 0;
    EXPECT_GT(ons, 20u);
    EXPECT_GT(playheads.load(), 20);
    expectBalanced(events);
}

TEST(Transport, DestroyWhilePlayingSilences) {
    RtRecorder rec(10000);
    {
        Transport t({&rec});
        t.setSnapshot(PlaybackSnapshot::build(phrase({{60, 0}}, 480 * 20)));
        t.play();
        std::this_thread::sleep_for(30ms);
    }
    expectBalanced(rec.events());
    EXPECT_EQ(rec.allOffs(), 1);
}
