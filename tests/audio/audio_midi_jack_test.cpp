// MIDI out and in through a real JACK server (dummy backend, started by the test): the transport plays a
// phrase to an RtMidi output, a second RtMidi client receives it. Skips only when jackd cannot start.
#include "audio/MidiInput.h"
#include "audio/MidiOutput.h"
#include "audio/MidiPortList.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Transport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

using namespace fgg;
using namespace fgg::audio;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

#if defined(__SANITIZE_THREAD__)
// libjack is not instrumented: TSan cannot see the barriers of its lock-free ring buffer (RtMidi's JACK
// output writes it on the scheduler thread, JACK's process thread reads it), so it reports false races there.
extern "C" const char* __tsan_default_suppressions() {
    return "race:jack_ringbuffer_read\nrace:jack_ringbuffer_peek\nrace:jack_ringbuffer_write\n";
}
#endif

namespace {

/// `jackd -n NAME -d dummy -r 44100 -p 256` under a unique server name, which JACK clients of this process
/// then use (JACK_DEFAULT_SERVER). Killed at the end.
class JackServer {
public:
    JackServer() {
        name_ = "fggtest" + std::to_string(::getpid());
        logPath_ = (std::filesystem::temp_directory_path() / (name_ + "-jackd.log")).string();
        ::setenv("JACK_DEFAULT_SERVER", name_.c_str(), 1);
        ::setenv("JACK_NO_START_SERVER", "1", 1);
        std::vector<std::string> args{"jackd", "-S", "-n", name_, "-d", "dummy", "-r", "44100", "-p", "256"};
        std::vector<char*> argv;
        for (auto& a : args)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        posix_spawn_file_actions_t actions;
        posix_spawn_file_actions_init(&actions);
        posix_spawn_file_actions_addopen(&actions, 1, logPath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        posix_spawn_file_actions_adddup2(&actions, 1, 2);
        const int rc = posix_spawnp(&pid_, "jackd", &actions, nullptr, argv.data(), environ);
        posix_spawn_file_actions_destroy(&actions);
        if (rc != 0) {
            pid_ = -1;
            why_ = "cannot run jackd (install jackd2): " + std::string(std::strerror(rc));
            return;
        }
        const auto deadline = Clock::now() + 10s;
        while (Clock::now() < deadline) {
            int status = 0;
            if (::waitpid(pid_, &status, WNOHANG) == pid_) {
                pid_ = -1;
                why_ = "jackd exited at start-up: " + log();
                return;
            }
            if (jackServerRunning()) {
                running_ = true;
                return;
            }
            std::this_thread::sleep_for(50ms);
        }
        why_ = "jackd did not accept clients within 10 s: " + log();
    }
    ~JackServer() {
        if (pid_ > 0) {
            ::kill(pid_, SIGTERM);
            int status = 0;
            for (int i = 0; i < 100 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
                std::this_thread::sleep_for(20ms);
            if (::waitpid(pid_, &status, WNOHANG) == 0) {
                ::kill(pid_, SIGKILL);
                ::waitpid(pid_, &status, 0);
            }
        }
        std::filesystem::remove(logPath_);
    }
    bool running() const { return running_; }
    const std::string& why() const { return why_; }
    std::string log() const {
        std::ifstream in(logPath_);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }

private:
    std::string name_;
    std::string logPath_;
    pid_t pid_ = -1;
    bool running_ = false;
    std::string why_;
};

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
void warmUp(MidiOutput& out, Receiver& rx) {
    for (int i = 0; i < 50 && rx.ons().empty(); ++i) {
        out.send(MidiEvent::noteOn(15, 1, 1));
        out.send(MidiEvent::noteOff(15, 1));
        waitFor([&] { return !rx.ons().empty(); }, 100ms);
    }
    std::this_thread::sleep_for(50ms);
    rx.clear();
}

} // namespace

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
