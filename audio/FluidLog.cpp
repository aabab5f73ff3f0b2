#include "audio/FluidLog.h"

#include <alsa/asoundlib.h>
#include <cstdarg>
#include <cstdio>
#include <cstdlib>
#include <fluidsynth.h>
#include <jack/jack.h>
#include <mutex>

namespace fgg::audio::detail {

namespace {

thread_local std::string tlLogged;

bool debugEnabled() {
    static const bool enabled = [] {
        const char* v = std::getenv("FGG_AUDIO_DEBUG");
        return v && *v && *v != '0';
    }();
    return enabled;
}

void remember(const char* message) {
    if (!message) return;
    if (debugEnabled()) std::fprintf(stderr, "[audio] %s\n", message);
    std::string m(message);
    while (!m.empty() && (m.back() == '\n' || m.back() == ' '))
        m.pop_back();
    if (m.empty()) return;
    if (tlLogged.size() > 2000) tlLogged.clear(); // bounded: a chatty backend must not grow it forever
    if (!tlLogged.empty()) tlLogged += "; ";
    tlLogged += m;
}

void fluidLog(int level, const char* message, void*) {
    if (level == FLUID_PANIC || level == FLUID_ERR || level == FLUID_WARN)
        remember(message);
    else if (debugEnabled() && message)
        std::fprintf(stderr, "[audio] %s\n", message);
}

void jackError(const char* message) {
    remember(message);
}
void jackInfo(const char* message) {
    if (debugEnabled() && message) std::fprintf(stderr, "[audio] %s\n", message);
}

void alsaError(const char* file, int line, const char* function, int err, const char* fmt, ...) {
    char text[512];
    va_list args;
    va_start(args, fmt);
    std::vsnprintf(text, sizeof text, fmt, args);
    va_end(args);
    remember(text);
}

} // namespace

void installLogHandlers() {
    static std::once_flag once;
    std::call_once(once, [] {
        for (int level : {FLUID_PANIC, FLUID_ERR, FLUID_WARN, FLUID_INFO, FLUID_DBG})
            fluid_set_log_function(level, fluidLog, nullptr);
        jack_set_error_function(jackError);
        jack_set_info_function(jackInfo);
        snd_lib_error_set_handler(alsaError);
    });
}

std::string takeLoggedErrors() {
    std::string out;
    out.swap(tlLogged);
    return out;
}

} // namespace fgg::audio::detail
