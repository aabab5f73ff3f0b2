// fgg train: the C++ training loop over POP909; resumable, Ctrl-C saves and exits cleanly.
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "model/train/TrainOptions.h"

#include <csignal>
#include <cstdio>
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

int run(const std::vector<std::string>& argv) {
    Args a(argv,
           {"pop909", "cache", "task", "preset", "out", "steps", "batch", "lr", "ema", "threads", "seed",
            "checkpoint-minutes", "valid-every", "device"},
           {"resume", "bf16"});
    TrainOptions o;
    o.pop909Dir = a.valueOr("pop909", "");
    o.cachePath = a.valueOr("cache", "");
    o.task = a.valueOr("task", "melody");
    o.preset = a.valueOr("preset", "small");
    o.out = a.valueOr("out", "");
    o.resume = a.has("resume");
    o.steps = a.intOr("steps", static_cast<int>(o.steps));
    o.batch = a.intOr("batch", o.batch);
    o.learningRate = a.doubleOr("lr", o.learningRate);
    o.emaDecay = a.doubleOr("ema", o.emaDecay);
    o.threads = a.intOr("threads", 0);
    o.seed = static_cast<std::uint64_t>(a.intOr("seed", 1));
    o.checkpointMinutes = a.intOr("checkpoint-minutes", o.checkpointMinutes);
    o.validEvery = a.intOr("valid-every", o.validEvery);
    o.device = a.valueOr("device", "auto");
    o.bf16 = a.has("bf16");

    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const bool tty = ::isatty(STDOUT_FILENO);
    trainModel(
        o,
        [&](const TrainProgress& p) {
            const bool line =
                p.validLoss || p.checkpointWritten || p.step % 50 == 0 || p.step == p.totalSteps;
            if (!tty && !line) return;
            std::printf("%sstep %lld/%lld  loss %.4f  %s%.1f samples/s  ETA %s%s%s", tty ? "\r" : "", p.step,
                        p.totalSteps, p.loss,
                        p.validLoss ? ("valid " + std::to_string(*p.validLoss).substr(0, 6) + "  ").c_str()
                                    : "",
                        p.samplesPerSecond, formatDuration(p.etaSeconds).c_str(),
                        p.checkpointWritten ? "  [checkpoint saved]" : "", (line || !tty) ? "\n" : "");
            std::fflush(stdout);
        },
        &stopRequested);
    std::printf("%s: saved %s (training state in %s.train, loss log in %s.csv)\n",
                stopRequested ? "stopped" : "done", o.out.c_str(), o.out.c_str(), o.out.c_str());
    return 0;
}

const CommandRegistration reg(
    "train",
    {"train a model on POP909 (resumable)",
     "fgg train --pop909 DIR [--cache FILE] --task melody|accompaniment --preset small|paper|tiny --out CKPT "
     "[--resume] [--steps N] [--batch B] [--lr X] [--ema D] [--bf16] [--threads N] [--device auto|cpu|cuda] "
     "[--checkpoint-minutes M] [--valid-every N]",
     run});
} // namespace
} // namespace fgg::cli
