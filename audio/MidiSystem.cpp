#include "audio/MidiSystem.h"

#include "audio/FluidLog.h"

#include <RtMidi.h>
#include <algorithm>
#include <jack/jack.h>
#include <unistd.h>
#include <vector>

namespace fgg::audio {

namespace {
constexpr const char* kAlsaSequencer = "/dev/snd/seq";
constexpr const char* kNoMidi = "no MIDI system available (ALSA sequencer or JACK): ";

bool compiled(RtMidi::Api api) {
    std::vector<RtMidi::Api> apis;
    RtMidi::getCompiledApi(apis);
    return std::find(apis.begin(), apis.end(), api) != apis.end();
}

bool alsaSequencerPresent(std::string* why) {
    if (!compiled(RtMidi::LINUX_ALSA)) {
        if (why) *why = "RtMidi was built without ALSA";
        return false;
    }
    if (::access(kAlsaSequencer, R_OK | W_OK) != 0) {
        if (why)
            *why = std::string(kAlsaSequencer) +
                   " is missing or not accessible (load snd-seq, join group audio)";
        return false;
    }
    return true;
}
} // namespace

const char* backendName(MidiBackend backend) {
    switch (backend) {
    case MidiBackend::Alsa:
        return "ALSA";
    case MidiBackend::Jack:
        return "JACK";
    case MidiBackend::Automatic:
        break;
    }
    return "automatic";
}

bool jackServerRunning(std::string* why) {
    detail::installLogHandlers();
    if (!compiled(RtMidi::UNIX_JACK)) {
        if (why) *why = "RtMidi was built without JACK";
        return false;
    }
    jack_status_t status{};
    jack_client_t* client = jack_client_open("fgg-probe", JackNoStartServer, &status);
    detail::takeLoggedErrors(); // libjack's "cannot connect to server socket" chatter
    if (!client) {
        if (why) *why = "no JACK server is running";
        return false;
    }
    jack_client_close(client);
    return true;
}

MidiSystemStatus probeMidiSystem(MidiBackend wanted) {
    MidiSystemStatus s;
    std::string alsaWhy, jackWhy;
    if (wanted != MidiBackend::Jack && alsaSequencerPresent(&alsaWhy)) {
        s.available = true;
        s.backend = MidiBackend::Alsa;
        s.message = "MIDI through the ALSA sequencer";
        return s;
    }
    if (wanted != MidiBackend::Alsa && jackServerRunning(&jackWhy)) {
        s.available = true;
        s.backend = MidiBackend::Jack;
        s.message = "MIDI through JACK";
        return s;
    }
    s.backend = wanted;
    if (wanted == MidiBackend::Alsa)
        s.message = kNoMidi + alsaWhy;
    else if (wanted == MidiBackend::Jack)
        s.message = kNoMidi + jackWhy;
    else
        s.message = kNoMidi + alsaWhy + "; " + jackWhy;
    return s;
}

} // namespace fgg::audio
