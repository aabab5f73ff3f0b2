#pragma once
// Which MIDI system (ALSA sequencer or JACK) can be used right now. Probing never throws and never starts a
// JACK server; "not available" is a status for the GUI to show, not an error.
#include <string>

namespace fgg::audio {

enum class MidiBackend {
    Automatic, ///< ALSA when its sequencer exists, else JACK when a server runs
    Alsa,
    Jack,
};

const char* backendName(MidiBackend backend);

struct MidiSystemStatus {
    bool available = false;
    MidiBackend backend = MidiBackend::Automatic; ///< the one chosen (Alsa or Jack) when available
    std::string message;                          ///< what is used, or why nothing is
};

MidiSystemStatus probeMidiSystem(MidiBackend wanted = MidiBackend::Automatic);

/// True when a JACK server (the default one, or $JACK_DEFAULT_SERVER) accepts clients. Never starts one.
bool jackServerRunning(std::string* why = nullptr);

} // namespace fgg::audio
