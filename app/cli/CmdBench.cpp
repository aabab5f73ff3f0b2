// fgg bench: generation (and training) speed on this machine, with the roofline it is measured against.
#include "app/cli/Args.h"
#include "app/cli/BenchTargets.h"
#include "app/cli/Command.h"
#include "app/cli/GenerateSpeed.h"
#include "app/cli/LocalWorkers.h"
#include "app/cli/PlaybackUnderLoad.h"
#include "model/diffusion/Runtime.h"
#include "model/train/Bench.h"
#include "model/train/Soak.h"
#include "model/train/TrainOptions.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <thread>
#include <unistd.h>

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
    const int n = a.intIn(limits::kSoak, 1000);
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

/// One rank of the distributed training figure (started by runDistributedTrainBench): rank 0 writes the
/// group's figures to --result.
int runTrainWorker(const Args& a) {
    configureRuntime(a.intIn(limits::kThreads, 1));
    DistributedOptions group;
    group.worldSize = a.intIn(limits::kWorldSize, 2);
    group.rank = a.intIn(limits::kRank, 0);
    group.master = a.valueOr("master", "");
    const DistributedThroughput r = measureDistributedTrainingThroughput(
        a.valueOr("preset", "small"), "accompaniment", a.intIn(limits::kBatch, 16), a.has("bf16"),
        a.intIn(limits::kBenchTrainSteps, 3), group);
    if (group.rank == 0) {
        std::ofstream out(a.valueOr("result", "/dev/null"));
        out << r.samplesPerSecond << " " << r.allReduceWaitMs << " " << r.allReduceAloneMs << " "
            << r.allReduceMegabytes << " " << r.backend << "\n";
    }
    return 0;
}

/// The same training figure from P processes of T threads (P x T = the cores) over Gloo on loopback: on one
/// machine no faster, but the gap to one process is the communication overhead that grows on a cluster.
void runDistributedTrainBench(const Args& a, const std::string& preset, bool bf16, int batch,
                              int singleThreads, double singleSamplesPerSecond) {
    const bool json = a.has("json");
    const int procs = a.intIn(limits::kTrainProcs, 2);
    const int threads = std::max(1, singleThreads / procs);
    if (!distributedTrainingAvailable()) {
        std::fprintf(stderr, "train: %d processes not measured: this build has no c10d (Gloo)\n", procs);
        return;
    }
    const std::string result =
        (std::filesystem::temp_directory_path() / ("fgg-bench-" + std::to_string(::getpid()) + ".txt"))
            .string();
    const std::string master = "127.0.0.1:" + std::to_string(freeLoopbackPort());
    std::vector<Worker> workers;
    for (int r = 0; r < procs; ++r) {
        Worker w{r,
                 {"bench", "--train-worker", "--world-size", std::to_string(procs), "--rank",
                  std::to_string(r), "--master", master, "--preset", preset, "--batch", std::to_string(batch),
                  "--train-steps", std::to_string(a.intIn(limits::kBenchTrainSteps, 3)), "--threads",
                  std::to_string(threads), "--result", result}};
        if (bf16) w.args.push_back("--bf16");
        workers.push_back(std::move(w));
    }
    std::FILE* quiet = std::fopen("/dev/null", "w");
    const std::string failure = runLocalWorkers(workers, 90, nullptr, quiet ? quiet : stderr);
    if (quiet) std::fclose(quiet);
    double sps = 0, waitMs = 0, aloneMs = 0, megabytes = 0;
    std::string backend;
    std::ifstream in(result);
    const bool read = static_cast<bool>(in >> sps >> waitMs >> aloneMs >> megabytes >> backend);
    in.close();
    std::error_code ignored;
    std::filesystem::remove(result, ignored);
    if (!failure.empty() || !read) {
        std::fprintf(stderr, "train: %d processes not measured: %s\n", procs,
                     failure.empty() ? "no result from rank 0" : failure.c_str());
        return;
    }
    if (json)
        std::printf("{\"train_preset\": \"%s\", \"bf16\": %s, \"batch\": %d, \"processes\": %d, "
                    "\"threads_per_process\": %d, \"backend\": \"%s\", \"samples_per_s\": %.2f, "
                    "\"allreduce_mb_per_step\": %.2f, \"allreduce_alone_ms\": %.1f, "
                    "\"allreduce_wait_ms_per_step\": %.1f, \"vs_one_process\": %.3f}\n",
                    preset.c_str(), bf16 ? "true" : "false", batch, procs, threads, backend.c_str(), sps,
                    megabytes, aloneMs, waitMs, sps / singleSamplesPerSecond);
    else
        std::printf("train  %-6s %-4s batch %d: %.2f samples/s (%d processes x %d thread%s, %s; %.3fx one "
                    "process; all-reduce of %.1f MB: %.1f ms alone, %.1f ms/step waited after backward)\n",
                    preset.c_str(), bf16 ? "bf16" : "fp32", batch, sps, procs, threads,
                    threads == 1 ? "" : "s", backend.c_str(), sps / singleSamplesPerSecond, megabytes,
                    aloneMs, waitMs);
}

int run(const std::vector<std::string>& argv) {
    Args a(argv,
           {"preset", "repeats", "batch", "train-steps", "soak", "train-procs", "world-size", "rank",
            "master", "threads", "result", "seconds", "authors-sample", "authors-train"},
           {"json", "train", "bf16", "fp32", "train-worker", "playback", "normal-priority"});
    if (a.value("soak")) return runSoakCommand(a);
    if (a.has("playback")) return runPlaybackBench(a);
    if (a.has("train-worker")) return runTrainWorker(a);
    // Every number checked before the first measurement.
    const int repeats = a.intIn(limits::kRepeats, 5);
    const int batch = a.intIn(limits::kBatch, 16);
    const int trainSteps = a.intIn(limits::kBenchTrainSteps, 3);
    const int trainProcs = a.intIn(limits::kTrainProcs, 2);
    AuthorsFigures authors;
    if (a.value("authors-sample") || a.value("authors-train")) {
        if (!a.value("authors-sample") || !a.value("authors-train"))
            throw Error("give both --authors-sample and --authors-train (the authors' code on this machine)");
        authors.sampleSeconds = a.numberIn(limits::kAuthorsSample, authors.sampleSeconds);
        authors.trainSamplesPerS = a.numberIn(limits::kAuthorsTrain, authors.trainSamplesPerS);
        authors.measuredHere = true;
    }
    OurFigures ours; // the paper preset's best figures over the precisions measured
    std::vector<std::string> presets;
    if (auto p = a.value("preset"))
        presets = {*p};
    else
        presets = {"small", "paper"};
    // Both precisions where generation would use bf16 (AMX or AVX-512 bf16: `Precision::Auto`), fp32
    // elsewhere;
    // --fp32 / --bf16 pick one (each figure's roofline is the matrix product in the same precision).
    std::vector<bool> precisions;
    if (a.has("bf16")) precisions.push_back(true);
    if (a.has("fp32")) precisions.push_back(false);
    if (precisions.empty()) {
        precisions.push_back(false);
        if (configureRuntime().bf16Pays()) precisions.push_back(true);
    }
    for (const std::string& preset : presets)
        for (bool bf16 : precisions) {
            const SamplerBench b = benchSampler(preset, bf16, repeats);
            printSampler(b, a.has("json"));
            if (preset == "paper") {
                ours.paperSampleSeconds =
                    std::min(ours.paperSampleSeconds.value_or(b.sampleSeconds), b.sampleSeconds);
                ours.paperGflopPerForward = b.gflopPerForward;
                ours.bestMatmulGflops = std::max(ours.bestMatmulGflops, b.matmulGflops);
            }
        }
    if (!a.value("preset")) runShippedGenerateBench(a.has("json"));
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
        for (const std::string& preset : presets)
            for (bool bf16 : precisions) {
                const double sps =
                    measureTrainingThroughput(preset, "accompaniment", batch, bf16, trainSteps);
                const int threads = configureRuntime().threads;
                if (a.has("json"))
                    std::printf("{\"train_preset\": \"%s\", \"bf16\": %s, \"batch\": %d, \"processes\": 1, "
                                "\"threads_per_process\": %d, \"samples_per_s\": %.2f}\n",
                                preset.c_str(), bf16 ? "true" : "false", batch, threads, sps);
                else
                    std::printf("train  %-6s %-4s batch %d: %.2f samples/s (1 process x %d thread%s)\n",
                                preset.c_str(), bf16 ? "bf16" : "fp32", batch, sps, threads,
                                threads == 1 ? "" : "s");
                std::fflush(stdout);
                if (preset == "paper")
                    ours.paperTrainSamplesPerS = std::max(ours.paperTrainSamplesPerS.value_or(sps), sps);
                if (trainProcs > 1) runDistributedTrainBench(a, preset, bf16, batch, threads, sps);
            }
    }
    printAgainstAuthors(ours, authors, a.has("json"));
    return 0;
}

const CommandRegistration
    reg("bench",
        {"generation and training speed on this machine",
         "fgg bench [--preset paper|small|tiny] [--train [--train-procs P]] [--fp32] [--bf16] "
         "[--json] [--repeats N] [--batch B] [--authors-sample S --authors-train R] | fgg bench --soak N "
         "[--preset small] [--json] | fgg bench "
         "--playback [--seconds S] [--threads T] [--normal-priority] [--json]\n"
         "  fp32, and bf16 too on a CPU with AMX or AVX-512 bf16, unless --fp32/--bf16 picks; --train also "
         "measures "
         "P processes (default 2) sharing the cores, over Gloo on "
         "loopback (--train-procs 1: not); --playback: late events of live playback (FluidSynth and MIDI out "
         "on a private JACK dummy server) alone and during a generation on every core; --authors-sample S "
         "--authors-train R: the authors' code's fp32 seconds per 4-bar paper sample and training samples/s "
         "at batch 16 on this machine, for the paper preset's ratios against issue 20's targets",
         run});
} // namespace
} // namespace fgg::cli
