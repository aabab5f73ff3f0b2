// MIDI out and in through a real JACK server (dummy backend, started by the test): the transport plays a
// phrase to an RtMidi output, a second RtMidi client receives it. Skips only when jackd cannot start.
#include "audio/MidiPortList.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Transport.h"
#include "tests/audio/JackMidi.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

using namespace fgg;
using namespace fgg::audio;
using namespace fgg::test;

class MidiThroughJack : public ::testing::Test {
protected:
    static void SetUpTestSuite() { server_ = new JackServer(); }
    static void TearDownTestSuite() {
        delete server_;
        server_ = nullptr;
    }
    void SetUp() override {
        if (!server_->running()) GTEST_SKIP() << server_->why();
    }
    static JackServer* server_;
};
JackServer* MidiThroughJack::server_ = nullptr;

TEST_F(MidiThroughJack, PortsAreListedAndOpenedByName) {
    Receiver rx;
    ASSERT_TRUE(rx.input().available()) << rx.input().status();
    ASSERT_TRUE(rx.input().openVirtual("in")) << rx.input().status();
    MidiOutput out(MidiBackend::Jack, "fgg-test-sender");
    ASSERT_TRUE(out.available()) << out.status();
    const auto ports = out.ports();
    EXPECT_NE(std::find(ports.begin(), ports.end(), "fgg-test-receiver:in"), ports.end());
    EXPECT_FALSE(out.open("no-such-port"));
    EXPECT_TRUE(out.status().find("no-such-port") != std::string::npos) << out.status();
    ASSERT_TRUE(out.open("fgg-test-receiver:in")) << out.status();
    EXPECT_TRUE(out.isOpen());

    MidiPortList list(MidiBackend::Jack);
    ASSERT_TRUE(list.available()) << list.status();
    EXPECT_NE(std::find(list.outputs().begin(), list.outputs().end(), "fgg-test-receiver:in"),
              list.outputs().end());
    EXPECT_NE(std::find(list.inputs().begin(), list.inputs().end(), "fgg-test-sender:out"),
              list.inputs().end());
    out.close();
    EXPECT_FALSE(out.isOpen());
}

TEST_F(MidiThroughJack, TransportPlaysAPhraseWithTheRightNotesOrderAndTiming) {
    Receiver rx;
    ASSERT_TRUE(rx.input().openVirtual("in")) << rx.input().status();
    MidiOutput out(MidiBackend::Jack, "fgg-test-sender");
    ASSERT_TRUE(out.open("fgg-test-receiver:in")) << out.status();
    warmUp(out, rx);

    // 120 bpm: 480 ticks = 0.5 s. Uneven inter-onset intervals (0.125 .. 0.5 s).
    const std::vector<int> pitches{60, 62, 64, 65, 67, 69, 71, 72};
    const std::vector<Tick> starts{0, 240, 480, 960, 1080, 1200, 1680, 1920};
    Score score;
    Track& t = score.ensureTrack("Melody", 73);
    for (std::size_t i = 0; i < pitches.size(); ++i)
        t.add(Note{pitches[i], starts[i], 100, 90});
    const auto snapshot = PlaybackSnapshot::build(score);

    Transport transport({&out});
    transport.setSnapshot(snapshot);
    // Timing on a shared machine can be disturbed by load: take the best of up to three runs, but order and
    // pitches must be right in every one.
    double bestWorst = 1e9;
    for (int run = 0; run < 3 && bestWorst > 0.015; ++run) {
        rx.clear();
        transport.playFrom(0);
        transport.flush();
        ASSERT_TRUE(waitFor([&] { return transport.state() == Transport::State::Stopped; }, 10s));
        ASSERT_TRUE(waitFor([&] { return rx.offs() >= static_cast<int>(pitches.size()); }, 2s))
            << "note-offs received: " << rx.offs() << "; jackd log:\n"
            << server_->log();
        const auto got = rx.ons();
        ASSERT_EQ(got.size(), pitches.size()) << "jackd log:\n" << server_->log();
        double worst = 0;
        for (std::size_t i = 0; i < got.size(); ++i) {
            EXPECT_EQ(got[i].pitch, pitches[i]) << "note " << i;
            EXPECT_EQ(got[i].velocity, 90);
            if (i == 0) continue;
            const double expected = static_cast<double>(starts[i] - starts[i - 1]) / 960.0;
            const double measured = std::chrono::duration<double>(got[i].at - got[i - 1].at).count();
            worst = std::max(worst, std::abs(measured - expected));
        }
        std::printf("run %d: worst inter-onset error %.1f ms\n", run + 1, worst * 1000);
        bestWorst = std::min(bestWorst, worst);
    }
    EXPECT_LE(bestWorst, 0.015) << "inter-onset timing off by more than 15 ms in every run";
}

TEST_F(MidiThroughJack, ChordEntryFromHeldNotes) {
    Receiver rx;
    ASSERT_TRUE(rx.input().openVirtual("in")) << rx.input().status();
    MidiOutput out(MidiBackend::Jack, "fgg-test-sender");
    ASSERT_TRUE(out.open("fgg-test-receiver:in")) << out.status();
    warmUp(out, rx);
    // A C E G pressed one after the other, released in another order: Am7.
    for (int p : {57, 60, 64, 67}) {
        out.send(MidiEvent::noteOn(0, p, 100));
        std::this_thread::sleep_for(10ms);
    }
    for (int p : {64, 57, 67, 60}) {
        out.send(MidiEvent::noteOff(0, p));
        std::this_thread::sleep_for(10ms);
    }
    ASSERT_TRUE(waitFor([&] { return !rx.chords().empty(); }, 2s));
    const Chord c = rx.chords().front();
    EXPECT_EQ(c.root(), 9);
    EXPECT_EQ(c.quality(), ChordQuality::Minor7);
    EXPECT_FALSE(c.bass().has_value());
    // An inversion: E G C -> C/E.
    rx.clear();
    for (int p : {52, 55, 60})
        out.send(MidiEvent::noteOn(0, p, 100));
    std::this_thread::sleep_for(20ms);
    for (int p : {52, 55, 60})
        out.send(MidiEvent::noteOff(0, p));
    ASSERT_TRUE(waitFor([&] { return !rx.chords().empty(); }, 2s));
    EXPECT_EQ(rx.chords().front().root(), 0);
    EXPECT_EQ(rx.chords().front().bassPitchClass(), 4);
}
