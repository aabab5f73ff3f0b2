#pragma once
// A JACK server of our own: `jackd -S -n NAME -d dummy -r RATE -p PERIOD` under a unique server name, which
// this process's JACK clients then use (JACK_DEFAULT_SERVER, never auto-starting another). The dummy driver
// runs the JACK graph on a timer like a sound card would, so playback through JACK (FluidSynth's JACK driver,
// RtMidi's JACK ports) can be tested and measured on a machine without one. Used by the MIDI/playback tests
// and `fgg bench --playback`; killed by the destructor.
#include <string>
#include <sys/types.h>

namespace fgg::audio {

class PrivateJackServer {
public:
    /// Starts jackd (install jackd2) and waits up to 10 s for it to accept clients. Never throws: check
    /// running() and why().
    explicit PrivateJackServer(int sampleRate = 44100, int period = 256);
    ~PrivateJackServer();
    PrivateJackServer(const PrivateJackServer&) = delete;
    PrivateJackServer& operator=(const PrivateJackServer&) = delete;

    bool running() const { return running_; }
    /// Why it is not running.
    const std::string& why() const { return why_; }
    /// What jackd printed.
    std::string log() const;
    const std::string& name() const { return name_; }
    int sampleRate() const { return sampleRate_; }
    int period() const { return period_; }

private:
    std::string name_;
    std::string logPath_;
    pid_t pid_ = -1;
    bool running_ = false;
    std::string why_;
    int sampleRate_;
    int period_;
};

} // namespace fgg::audio
