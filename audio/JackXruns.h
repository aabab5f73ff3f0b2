#pragma once
// Counts the JACK server's xruns (a cycle whose clients did not finish in time: the sound card got no audio
// and the listener hears a click or a gap) through a client of its own. With FluidSynth on its JACK driver
// the synth renders inside the JACK cycle, so a starved render shows up here.
#include <atomic>
#include <cstdint>
#include <string>

namespace fgg::audio {

class JackXruns {
public:
    /// Connects to the running server (never starts one). Never throws: check connected() and status().
    explicit JackXruns(const std::string& clientName = "fgg-xruns");
    ~JackXruns();
    JackXruns(const JackXruns&) = delete;
    JackXruns& operator=(const JackXruns&) = delete;

    bool connected() const { return client_ != nullptr; }
    const std::string& status() const { return status_; }
    std::uint64_t count() const { return count_.load(); }
    /// The server's DSP load, percent of a cycle (its average over recent cycles).
    double cpuLoad() const;

private:
    void* client_ = nullptr; // jack_client_t*; keeps jack.h out of this header
    std::atomic<std::uint64_t> count_{0};
    std::string status_;
};

} // namespace fgg::audio
