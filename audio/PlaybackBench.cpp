#include "audio/PlaybackBench.h"

#include "audio/AudioOutput.h"
#include "audio/JackXruns.h"
#include "audio/MidiInput.h"
#include "audio/MidiOutput.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/PrivateJackServer.h"
#include "audio/Synth.h"
#include "audio/Transport.h"
#include "model/music/Error.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <thread>
#include <vector>

namespace fgg::audio {

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kMelodyChannel = 0;
constexpr double kGridSeconds = 0.125; // a 16th note at 120 bpm

/// 8 bars at 120 bpm: 16th notes in the melody (channel 0, the grid the port measures against) over
/// four-note piano chords on every beat (channel 1): ~40 events a second, looped.
Score playbackBenchScore() {
    Score s;
    s.tempos = {TempoChange{0, 120.0}};
    Track& melody = s.ensureTrack(kMelodyTrack, 73);
    melody.channel = kMelodyChannel;
    const Tick sixteenth = s.ticksPerSixteenth();
    const int scale[] = {60, 62, 64, 65, 67, 69, 71, 72};
    for (int i = 0; i < 8 * 16; ++i)
        melody.add(Note{scale[i % 8] + 12, i * sixteenth, sixteenth - 20, 90});
    Track& chords = s.ensureTrack(kAccompanimentTrack, 0);
    chords.channel = 1;
    for (int beat = 0; beat < 8 * 4; ++beat)
        for (int pitch : {48, 55, 60, 64})
            chords.add(
                Note{pitch + (beat / 4 % 2 == 0 ? 0 : 5), beat * s.ticksPerBeat, s.ticksPerBeat - 40, 70});
    s.length = 8 * s.ticksPerBar();
    return s;
}

} // namespace

struct PlaybackBench::Parts {
    // Declared in the order they start; destroyed in reverse (the transport, which calls the others, first).
    PrivateJackServer server;
    std::unique_ptr<JackXruns> xruns;
    std::unique_ptr<Synth> synth;
    std::unique_ptr<AudioOutput> output;
    std::mutex arrivalsMutex;
    std::vector<Clock::time_point> arrivals;
    std::unique_ptr<MidiInput> receiver;
    std::unique_ptr<MidiOutput> midi;
    std::shared_ptr<const PlaybackSnapshot> snapshot;
    std::unique_ptr<Transport> transport;
};

PlaybackBench::PlaybackBench(bool realtime) : p_(std::make_unique<Parts>()) {
    Parts& p = *p_;
    if (!p.server.running()) throw Error("no JACK server for the playback figure: " + p.server.why());
    p.xruns = std::make_unique<JackXruns>();
    if (!p.xruns->connected()) throw Error("cannot count JACK xruns: " + p.xruns->status());
    p.synth = std::make_unique<Synth>();
    p.output = std::make_unique<AudioOutput>(*p.synth, "jack");
    if (!p.output->isOpen()) throw Error("FluidSynth's JACK driver did not open: " + p.output->status());
    p.arrivals.reserve(1 << 16);
    MidiInputCallbacks cb;
    cb.noteOn = [&p](int channel, int, int) { // JACK's process thread
        if (channel != kMelodyChannel) return;
        const Clock::time_point now = Clock::now();
        std::lock_guard lock(p.arrivalsMutex);
        p.arrivals.push_back(now);
    };
    p.receiver = std::make_unique<MidiInput>(cb, MidiBackend::Jack, "fgg-bench-receiver");
    if (!p.receiver->openVirtual("in")) throw Error("no receiving MIDI port: " + p.receiver->status());
    p.midi = std::make_unique<MidiOutput>(MidiBackend::Jack, "fgg-bench");
    if (!p.midi->open("fgg-bench-receiver:in")) throw Error("no MIDI output: " + p.midi->status());
    TransportOptions options;
    options.realtimePriority = realtime;
    p.transport = std::make_unique<Transport>(std::vector<EventSink*>{p.synth.get(), p.midi.get()},
                                              Transport::PlayheadCallback{}, options);
    p.snapshot = PlaybackSnapshot::build(playbackBenchScore());
    p.transport->setSnapshot(p.snapshot);
    p.transport->setLoop(0, p.snapshot->endTick());
    p.transport->playFrom(0);
    std::this_thread::sleep_for(std::chrono::milliseconds(500)); // new JACK clients' first cycles are slow
}

PlaybackBench::~PlaybackBench() = default;

const PriorityResult& PlaybackBench::schedulerPriority() const {
    return p_->transport->priority();
}

std::string PlaybackBench::setup() const {
    char line[160];
    std::snprintf(line, sizeof line, "JACK dummy driver %d Hz, %d frames (%.1f ms); scheduler thread %s",
                  p_->server.sampleRate(), p_->server.period(),
                  1000.0 * p_->server.period() / p_->server.sampleRate(),
                  p_->transport->priority().description.c_str());
    return line;
}

PlaybackMeasurement PlaybackBench::measure(double seconds) {
    Parts& p = *p_;
    p.transport->resetDeadlines();
    p.transport->flush();
    {
        std::lock_guard lock(p.arrivalsMutex);
        p.arrivals.clear();
    }
    const std::uint64_t xruns = p.xruns->count();
    const Clock::time_point start = Clock::now();
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));

    PlaybackMeasurement m;
    m.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    m.scheduler = p.transport->deadlines();
    m.xruns = p.xruns->count() - xruns;
    m.jackLoad = p.xruns->cpuLoad();
    std::vector<Clock::time_point> got;
    {
        std::lock_guard lock(p.arrivalsMutex);
        got = p.arrivals;
    }
    m.portNotes = got.size();
    if (got.empty()) return m;
    // Each note's delay behind its grid slot; the most punctual one sets the grid's offset (the latency every
    // note shares), so what remains is how much later than that each one came.
    std::vector<double> behind;
    for (std::size_t i = 0; i < got.size(); ++i)
        behind.push_back(std::chrono::duration<double>(got[i] - got[0]).count() -
                         static_cast<double>(i) * kGridSeconds);
    const double offset = *std::min_element(behind.begin(), behind.end());
    const double period = static_cast<double>(p.server.period()) / p.server.sampleRate();
    for (double b : behind) {
        m.portWorst = std::max(m.portWorst, b - offset);
        if (b - offset > period + DeadlineStats::kLateSeconds) ++m.portLate;
    }
    return m;
}

} // namespace fgg::audio
