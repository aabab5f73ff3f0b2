#include "app/cli/PlaybackUnderLoad.h"

#include <cstdio>

#ifdef FGG_HAVE_AUDIO
#include "audio/PlaybackBench.h"
#include "model/diffusion/Generator.h"
#include "model/diffusion/Runtime.h"
#include "model/music/Error.h"
#include "model/music/LeadSheet.h"

#include <atomic>
#include <thread>
#endif

namespace fgg::cli {

#ifndef FGG_HAVE_AUDIO
int runPlaybackBench(const Args&) {
    std::fprintf(stderr, "playback: not measured: this fgg was built without audio (FGG_BUILD_GUI=OFF)\n");
    return 1;
}
#else
namespace {

constexpr NumberLimit kSeconds{"seconds", 1, 600, false};

void print(const char* phase, const audio::PlaybackMeasurement& m, bool json, int threads, int generations) {
    const audio::DeadlineStats& d = m.scheduler;
    if (json) {
        std::printf("{\"playback_phase\": \"%s\", \"seconds\": %.1f, \"generation_threads\": %d, "
                    "\"generations\": %d, \"scheduler_events\": %llu, \"scheduler_late\": %llu, "
                    "\"scheduler_worst_ms\": %.2f, \"scheduler_stalls\": %llu, \"port_notes\": %llu, "
                    "\"port_late\": %llu, \"port_worst_ms\": %.2f, \"xruns\": %llu, \"jack_load_percent\": "
                    "%.1f}\n",
                    phase, m.seconds, threads, generations, static_cast<unsigned long long>(d.events),
                    static_cast<unsigned long long>(d.late), 1000 * d.worstLateness,
                    static_cast<unsigned long long>(d.stalls), static_cast<unsigned long long>(m.portNotes),
                    static_cast<unsigned long long>(m.portLate), 1000 * m.portWorst,
                    static_cast<unsigned long long>(m.xruns), m.jackLoad);
        return;
    }
    std::printf("playback %-22s %5.1f s: scheduler %llu events, %llu late (> %.0f ms), worst %.2f ms, %llu "
                "stalls; MIDI port %llu notes, %llu late, worst %.2f ms behind the grid; xruns %llu\n",
                phase, m.seconds, static_cast<unsigned long long>(d.events),
                static_cast<unsigned long long>(d.late), 1000 * audio::DeadlineStats::kLateSeconds,
                1000 * d.worstLateness, static_cast<unsigned long long>(d.stalls),
                static_cast<unsigned long long>(m.portNotes), static_cast<unsigned long long>(m.portLate),
                1000 * m.portWorst, static_cast<unsigned long long>(m.xruns));
    if (threads > 0)
        std::printf("  (meanwhile %d generation%s of 8 bars, melody + accompaniment, on %d thread%s)\n",
                    generations, generations == 1 ? "" : "s", threads, threads == 1 ? "" : "s");
    std::fflush(stdout);
}

} // namespace

int runPlaybackBench(const Args& a) {
    const double seconds = a.numberIn(kSeconds, 10);
    const bool json = a.has("json");
    // What the app's generation uses, every core, unless --threads says (to see what leaving one free does).
    const int threads = configureRuntime(a.intIn(limits::kThreads, 0)).threads;
    std::unique_ptr<audio::PlaybackBench> bench;
    try {
        bench = std::make_unique<audio::PlaybackBench>(!a.has("normal-priority"));
    } catch (const Error& e) {
        std::fprintf(stderr, "playback: not measured: %s\n", e.what());
        return 1;
    }
    if (!json) std::printf("playback: %s\n", bench->setup().c_str());
    print("alone", bench->measure(seconds), json, 0, 0);

    // The load: the shipped models generating 8 bars again and again, as the app's worker would.
    Score prompt;
    prompt.chords = LeadSheet::parse("| C G | Am Em | F C | F G | C G | Am Em | F C | G C |")
                        .toChordSpans(prompt.ticksPerBar());
    prompt.length = 8 * prompt.ticksPerBar();
    std::atomic<bool> stop{false};
    std::atomic<int> generations{0};
    std::string failure;
    std::thread load([&] {
        try {
            Generator g(ModelFiles::shipped());
            GenerationParams params;
            for (std::uint64_t seed = 1; !stop; ++seed) {
                params.seed = seed;
                g.generate(prompt, params, {}, &stop);
                ++generations;
            }
        } catch (const Cancelled&) {
        } catch (const std::exception& e) {
            failure = e.what();
        }
    });
    const audio::PlaybackMeasurement loaded = bench->measure(seconds);
    stop = true;
    load.join();
    if (!failure.empty()) std::fprintf(stderr, "playback: the generation load failed: %s\n", failure.c_str());
    print("during generation", loaded, json, threads, generations.load());
    return 0;
}
#endif

} // namespace fgg::cli
