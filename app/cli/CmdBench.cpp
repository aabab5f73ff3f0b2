// fgg bench: generation (and training) speed on this machine, with the roofline it is measured against.
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "model/train/Bench.h"
#include "model/train/Soak.h"
#include "model/train/TrainOptions.h"

#include <cstdio>

#ifdef FGG_HAVE_AUDIO
#include "audio/RenderBench.h"
#endif

namespace fgg::cli {
namespace {

void printSampler(const SamplerBench& b, bool json) {
    if (json) {
        std::printf("{\"preset\": \"%s\", \"bf16\": %s, \"params\": %lld, \"gflop_per_forward\": %.3f, "
                    "\"forward_ms_bs1\": %.2f, \"forward_ms_bs2\": %.2f, \"sample_seconds\": %.4f, "
                    "\"matmul_gflops\": %.1f, \"roofline_seconds\": %.4f, \"efficiency\": %.3f}\n",
                    b.preset.c_str(), b.bf16 ? "true" : "false", b.params, b.gflopPerForward, b.forwardMsBs1,
                    b.forwardMsBs2, b.sampleSeconds, b.matmulGflops, b.rooflineSeconds, b.efficiency);
        return;
    }
    std::printf("%-6s %-4s params %10lld  %6.2f GFLOP/forward  forward %7.1f ms (bs1) %7.1f ms (bs2)  "
                "4-bar sample %6.3f s  matmul %6.1f GFLOP/s  roofline %6.3f s  efficiency %5.1f %%\n",
                b.preset.c_str(), b.bf16 ? "bf16" : "fp32", b.params, b.gflopPerForward, b.forwardMsBs1,
                b.forwardMsBs2, b.sampleSeconds, b.matmulGflops, b.rooflineSeconds, 100 * b.efficiency);
}

/// `--soak N`: N generations in one process; resident memory after the warm-up must stay flat (< 5 % growth).
int runSoakCommand(const Args& a) {
    const int n = a.intOr("soak", 1000);
    const std::string preset = a.value("preset").value_or("small");
    const bool json = a.has("json");
    const SoakResult r = runSoak(n, preset, [&](int i, double rss) {
        if (!json && (i % 50 == 0 || i == n))
            std::printf("soak: %d/%d generations, resident %.1f MiB\n", i, n, rss);
        std::fflush(stdout);
    });
    if (json)
        std::printf(
            "{\"soak_preset\": \"%s\", \"generations\": %d, \"warmup\": %d, \"rss_baseline_mb\": %.1f, "
            "\"rss_end_mb\": %.1f, \"rss_peak_mb\": %.1f, \"growth_percent\": %.2f, \"seconds\": %.1f}\n",
            r.preset.c_str(), r.generations, r.warmup, r.rssBaselineMb, r.rssEndMb, r.rssPeakMb,
            r.growthPercent, r.seconds);
    else
        std::printf(
            "soak %-6s %d generations in %.0f s: resident %.1f MiB after %d warm-up, %.1f MiB at the end "
            "(peak %.1f): growth %.2f %% (target < 5 %%)\n",
            r.preset.c_str(), r.generations, r.seconds, r.rssBaselineMb, r.warmup, r.rssEndMb, r.rssPeakMb,
            r.growthPercent);
    return r.growthPercent < 5.0 ? 0 : 1;
}

int run(const std::vector<std::string>& argv) {
    Args a(argv, {"preset", "repeats", "batch", "train-steps", "soak"}, {"json", "train", "bf16", "fp32"});
    if (a.value("soak")) return runSoakCommand(a);
    std::vector<std::string> presets;
    if (auto p = a.value("preset"))
        presets = {*p};
    else
        presets = {"small", "paper"};
    const int repeats = a.intOr("repeats", 5);
    // fp32 unless asked: Debian's LibTorch 1.13 has no fast bf16 kernels here (a 3x3 convolution runs at
    // ~10 GFLOP/s in bf16 against 90-170 in fp32), so bf16 only matters on other builds and on CUDA.
    std::vector<bool> precisions;
    if (a.has("bf16")) precisions.push_back(true);
    if (a.has("fp32") || !a.has("bf16")) precisions.push_back(false);
    for (const std::string& preset : presets)
        for (bool bf16 : precisions)
            printSampler(benchSampler(preset, bf16, repeats), a.has("json"));
#ifdef FGG_HAVE_AUDIO
    // Offline render (fgg render / Export WAV): 8 bars at 120 bpm, FluidSynth, 44.1 kHz stereo 16-bit.
    try {
        const audio::RenderSpeed r = audio::measureRenderSpeedDetailed();
        if (a.has("json"))
            std::printf("{\"render_audio_seconds\": %.1f, \"render_realtime_factor\": %.1f, "
                        "\"render_cpu_realtime_factor\": %.1f}\n",
                        r.audioSeconds, r.realTime, r.cpu);
        else
            std::printf("render 44.1 kHz stereo: %.0fx real time (wall clock), %.0fx per CPU second\n",
                        r.realTime, r.cpu);
    } catch (const Error& e) {
        std::fprintf(stderr, "render: not measured: %s\n", e.what());
    }
#endif
    if (a.has("train")) {
        const int batch = a.intOr("batch", 16);
        for (const std::string& preset : presets)
            for (bool bf16 : precisions) {
                const double sps = measureTrainingThroughput(preset, "accompaniment", batch, bf16,
                                                             a.intOr("train-steps", 3));
                if (a.has("json"))
                    std::printf(
                        "{\"train_preset\": \"%s\", \"bf16\": %s, \"batch\": %d, \"samples_per_s\": %.2f}\n",
                        preset.c_str(), bf16 ? "true" : "false", batch, sps);
                else
                    std::printf("train  %-6s %-4s batch %d: %.2f samples/s\n", preset.c_str(),
                                bf16 ? "bf16" : "fp32", batch, sps);
            }
    }
    return 0;
}

const CommandRegistration reg("bench",
                              {"generation and training speed on this machine",
                               "fgg bench [--preset paper|small|tiny] [--train] [--bf16 [--fp32]] [--json] "
                               "[--repeats N] [--batch B] | fgg bench --soak N [--preset small] [--json]",
                               run});
} // namespace
} // namespace fgg::cli
