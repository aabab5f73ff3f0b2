// fgg train: the C++ training loop over POP909; resumable, Ctrl-C saves and exits cleanly. With
// --world-size/--rank/--master (or --nproc) several processes train one model (docs/distributed-training.md).
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "app/cli/LocalWorkers.h"
#include "model/train/TrainOptions.h"

#include <algorithm>
#include <csignal>
#include <cstdio>
#include <thread>
#include <unistd.h>

namespace fgg::cli {
namespace {

std::atomic<bool> stopRequested{false};
extern "C" void onInterrupt(int) {
    stopRequested = true;
}

std::string formatDuration(double seconds) {
    const long s = static_cast<long>(seconds);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
    return buf;
}

/// `--nproc N`: N ranks on this machine, each a copy of this command with its rank. With --world-size and
/// --master too, they are ranks R .. R+N-1 of a larger group (R = --rank), for one machine of several.
int runLocalRanks(const Args& a, const std::vector<std::string>& argv, const TrainOptions& o) {
    const int nproc = a.intIn(limits::kNproc, 1);
    if (nproc < 1) throw Error("--nproc must be 1 or more");
    const bool partOfLarger = a.has("world-size");
    const int worldSize = partOfLarger ? o.distributed.worldSize : nproc;
    const int firstRank = partOfLarger ? o.distributed.rank : 0;
    if (firstRank + nproc > worldSize)
        throw Error("--nproc " + std::to_string(nproc) + " from --rank " + std::to_string(firstRank) +
                    " goes past --world-size " + std::to_string(worldSize));
    if (o.batch % worldSize != 0)
        throw Error("--batch " + std::to_string(o.batch) +
                    " is the global batch and must split evenly over " + std::to_string(worldSize) +
                    " ranks: choose a multiple of " + std::to_string(worldSize));
    if (partOfLarger && o.distributed.master.empty())
        throw Error("--nproc with --world-size needs --master HOST:PORT (rank 0's address)");
    if (!distributedTrainingAvailable() && worldSize > 1)
        throw Error("--nproc " + std::to_string(nproc) +
                    " needs LibTorch's distributed engine (c10d with Gloo), which this build of fgg lacks");
    const std::string master =
        partOfLarger ? o.distributed.master : "127.0.0.1:" + std::to_string(freeLoopbackPort());
    // The cores shared out, unless --threads says otherwise: oversubscribed OpenMP threads spin and thrash.
    const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = a.has("threads") ? o.threads : std::max(1, cores / nproc);
    std::vector<Worker> workers;
    const std::vector<std::string> common =
        withoutOptions(argv, {"nproc", "world-size", "rank", "master", "threads"});
    for (int i = 0; i < nproc; ++i) {
        Worker w;
        w.rank = firstRank + i;
        w.args = {"train"};
        w.args.insert(w.args.end(), common.begin(), common.end());
        for (const std::string& s : {std::string("--world-size"), std::to_string(worldSize),
                                     std::string("--rank"), std::to_string(w.rank), std::string("--master"),
                                     master, std::string("--threads"), std::to_string(threads)})
            w.args.push_back(s);
        workers.push_back(std::move(w));
    }
    const std::string failure =
        runLocalWorkers(workers, o.distributed.timeoutSeconds + 30, &stopRequested, stderr);
    if (!failure.empty())
        throw Error(failure + "; the other ranks were stopped. Rank 0 saves the last complete step to " +
                    o.out + " when it can: continue with --resume");
    return 0;
}

int run(const std::vector<std::string>& argv) {
    Args a(argv, {"pop909",          "cache",      "task",       "preset",  "out",    "steps",
                  "batch",           "lr",         "ema",        "threads", "seed",   "checkpoint-minutes",
                  "valid-every",     "device",     "world-size", "rank",    "master", "nproc",
                  "timeout-seconds", "step-trace", "state",      "store"},
           {"resume", "bf16"});
    TrainOptions o;
    o.pop909Dir = a.valueOr("pop909", "");
    o.cachePath = a.valueOr("cache", "");
    o.task = a.valueOr("task", "melody");
    o.preset = a.valueOr("preset", "small");
    o.out = a.valueOr("out", "");
    o.statePath = a.valueOr("state", "");
    o.store = a.valueOr("store", o.store);
    o.resume = a.has("resume");
    o.steps = a.intIn(limits::kTrainSteps, static_cast<int>(o.steps));
    o.batch = a.intIn(limits::kBatch, o.batch);
    o.learningRate = a.numberIn(limits::kLearningRate, o.learningRate);
    o.emaDecay = a.numberIn(limits::kEmaDecay, o.emaDecay);
    o.threads = a.intIn(limits::kThreads, 0);
    o.seed = static_cast<std::uint64_t>(a.intIn(limits::kSeed, 1));
    o.checkpointMinutes = a.intIn(limits::kCheckpointMinutes, o.checkpointMinutes);
    o.validEvery = a.intIn(limits::kValidEvery, o.validEvery);
    o.device = a.valueOr("device", "auto");
    o.bf16 = a.has("bf16");
    o.distributed.worldSize = a.intIn(limits::kWorldSize, 1);
    o.distributed.rank = a.intIn(limits::kRank, 0);
    o.distributed.master = a.valueOr("master", "");
    o.distributed.timeoutSeconds = a.intIn(limits::kTimeoutSeconds, o.distributed.timeoutSeconds);
    o.stepTrace = a.valueOr("step-trace", "");
    if (o.out.empty()) throw Error("give --out CHECKPOINT.fggm");
    if (o.distributed.rank >= o.distributed.worldSize && !a.has("nproc"))
        throw Error("--rank " + std::to_string(o.distributed.rank) + " must be below --world-size " +
                    std::to_string(o.distributed.worldSize));

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    if (a.has("nproc")) return runLocalRanks(a, argv, o);

    const bool leader = o.distributed.rank == 0; // other ranks stay quiet: rank 0 speaks for the group
    const bool tty = ::isatty(STDOUT_FILENO);
    trainModel(
        o,
        [&](const TrainProgress& p) {
            const bool line =
                p.validLoss || p.checkpointWritten || p.step % 50 == 0 || p.step == p.totalSteps;
            if (!leader || (!tty && !line)) return;
            std::printf("%sstep %lld/%lld  loss %.4f  %s%.1f samples/s  ETA %s%s%s", tty ? "\r" : "", p.step,
                        p.totalSteps, p.loss,
                        p.validLoss ? ("valid " + std::to_string(*p.validLoss).substr(0, 6) + "  ").c_str()
                                    : "",
                        p.samplesPerSecond, formatDuration(p.etaSeconds).c_str(),
                        p.checkpointWritten ? "  [checkpoint saved]" : "", (line || !tty) ? "\n" : "");
            std::fflush(stdout);
        },
        &stopRequested);
    const std::string state = o.statePath.empty() ? o.out + ".train" : o.statePath;
    if (leader)
        std::printf("%s: saved %s (training state and loss log beside %s)\n",
                    stopRequested ? "stopped" : "done", o.out.c_str(), state.c_str());
    return 0;
}

const CommandRegistration reg(
    "train",
    {"train a model on POP909 (resumable; data-parallel over processes and machines)",
     "fgg train --pop909 DIR [--cache FILE] --task melody|accompaniment --preset small|medium|paper|tiny "
     "--out CKPT [--resume] [--state FILE] [--store fp32|fp16|bf16] [--steps N] [--batch B] [--lr X] [--ema "
     "D] "
     "[--bf16] [--threads N] "
     "[--device auto|cpu|cuda|cuda:K] [--checkpoint-minutes M] [--valid-every N] "
     "[--world-size W --rank R --master HOST:PORT | --nproc N] [--timeout-seconds S] [--step-trace FILE]\n"
     "  --batch is the global batch: with W ranks each trains on B/W examples per step. --nproc N starts N "
     "ranks here and supervises them. See docs/distributed-training.md.\n"
     "  The training state (optimiser, data order) goes to --state (default CKPT.train), outside git; "
     "--resume "
     "without it continues from CKPT's weights with a fresh optimiser (docs/training.md).",
     run});
} // namespace
} // namespace fgg::cli
