#pragma once
// `--nproc N`: this executable started N times on this machine, one rank each, and supervised: when one
// exits with an error or is killed, the others are asked to stop (SIGTERM) and killed if they do not within
// a grace period, so a failed rank never leaves the rest waiting.
#include <atomic>
#include <cstdio>
#include <string>
#include <vector>

namespace fgg::cli {

struct Worker {
    int rank = 0;
    std::vector<std::string> args; ///< after the program name, e.g. {"train", "--rank", "1", ...}
};

/// Starts the workers (stdin, stdout and stderr shared), announcing "started rank R (pid P)" on `announce`,
/// and waits for all. `stop` set (Ctrl-C) forwards SIGTERM once. Returns "" when all exited with status 0,
/// else a sentence naming the first rank that failed and how.
std::string runLocalWorkers(const std::vector<Worker>& workers, int graceSeconds,
                            const std::atomic<bool>* stop, std::FILE* announce);

/// A TCP port on 127.0.0.1 that was free a moment ago (bound to port 0, read back, closed).
int freeLoopbackPort();

/// `argv` without the named value options (both "--name value" and "--name=value").
std::vector<std::string> withoutOptions(const std::vector<std::string>& argv,
                                        const std::vector<std::string>& names);

} // namespace fgg::cli
