#include "audio/JackXruns.h"

#include "audio/FluidLog.h"

#include <jack/jack.h>

namespace fgg::audio {

JackXruns::JackXruns(const std::string& clientName) {
    detail::installLogHandlers(); // libjack's complaints go to the captured log, not stderr
    jack_status_t status{};
    jack_client_t* c = jack_client_open(clientName.c_str(), JackNoStartServer, &status);
    if (!c) {
        status_ = "no JACK server is running";
        return;
    }
    jack_set_xrun_callback(
        c,
        [](void* self) {
            static_cast<JackXruns*>(self)->count_.fetch_add(1);
            return 0;
        },
        this);
    if (jack_activate(c) != 0) {
        jack_client_close(c);
        status_ = "the JACK client could not be activated";
        return;
    }
    client_ = c;
    status_ = "counting xruns";
}

JackXruns::~JackXruns() {
    if (client_) jack_client_close(static_cast<jack_client_t*>(client_));
}

double JackXruns::cpuLoad() const {
    return client_ ? jack_cpu_load(static_cast<jack_client_t*>(client_)) : 0.0;
}

} // namespace fgg::audio
