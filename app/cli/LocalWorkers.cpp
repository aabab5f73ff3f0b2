#include "app/cli/LocalWorkers.h"

#include "model/music/Error.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstring>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

extern char** environ;

namespace fgg::cli {
namespace {

std::string selfExecutable() {
    char path[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", path, sizeof path - 1);
    if (n <= 0) throw Error("cannot find this program's own path (/proc/self/exe) to start the workers");
    return std::string(path, static_cast<std::size_t>(n));
}

pid_t spawn(const std::string& program, const std::vector<std::string>& args) {
    std::vector<std::string> argvStrings{program};
    argvStrings.insert(argvStrings.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (std::string& s : argvStrings)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int err = ::posix_spawn(&pid, program.c_str(), nullptr, nullptr, argv.data(), environ);
    if (err != 0) throw Error("cannot start a worker process (" + program + "): " + std::strerror(err));
    return pid;
}

std::string describeExit(int status) {
    if (WIFEXITED(status)) return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status))
        return "was killed by signal " + std::to_string(WTERMSIG(status)) + " (" +
               strsignal(WTERMSIG(status)) + ")";
    return "ended (status " + std::to_string(status) + ")";
}

} // namespace

std::string runLocalWorkers(const std::vector<Worker>& workers, int graceSeconds,
                            const std::atomic<bool>* stop, std::FILE* announce) {
    const std::string program = selfExecutable();
    struct Running {
        int rank;
        pid_t pid;
        bool done = false;
    };
    std::vector<Running> running;
    std::string failure;
    auto signalAll = [&](int sig) {
        for (const Running& r : running)
            if (!r.done) ::kill(r.pid, sig);
    };
    try {
        for (const Worker& w : workers) {
            running.push_back({w.rank, spawn(program, w.args)});
            std::fprintf(announce, "fgg: started rank %d (pid %d)\n", w.rank,
                         static_cast<int>(running.back().pid));
            std::fflush(announce);
        }
    } catch (const Error&) {
        signalAll(SIGTERM);
        throw;
    }

    using Clock = std::chrono::steady_clock;
    bool stopForwarded = false;
    bool killPending = false; // a plain flag: GCC 12 misreads std::optional<time_point> as uninitialised
    Clock::time_point killAt{};
    auto alive = [&] {
        return std::any_of(running.begin(), running.end(), [](const Running& r) { return !r.done; });
    };
    while (alive()) {
        int status = 0;
        const pid_t pid = ::waitpid(-1, &status, WNOHANG);
        if (pid > 0) {
            for (Running& r : running) {
                if (r.pid != pid) continue;
                r.done = true;
                const bool ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
                if (!ok && failure.empty()) {
                    failure = "rank " + std::to_string(r.rank) + " (pid " + std::to_string(pid) + ") " +
                              describeExit(status);
                    // The others would find out at their next all-reduce; stop them now, then for sure.
                    signalAll(SIGTERM);
                    killAt = Clock::now() + std::chrono::seconds(graceSeconds);
                    killPending = true;
                }
            }
            continue;
        }
        if (pid < 0 && errno != EINTR && errno != ECHILD) break;
        if (stop && stop->load() && !stopForwarded) {
            signalAll(SIGTERM); // the ranks agree on a step to stop at, and rank 0 saves
            stopForwarded = true;
        }
        if (killPending && Clock::now() > killAt) {
            signalAll(SIGKILL);
            killPending = false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    return failure;
}

int freeLoopbackPort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) throw Error(std::string("cannot open a socket to find a free port: ") + std::strerror(errno));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) != 0) {
        const int err = errno;
        ::close(fd);
        throw Error(std::string("cannot find a free port on 127.0.0.1: ") + std::strerror(err));
    }
    ::close(fd);
    return ntohs(address.sin_port);
}

std::vector<std::string> withoutOptions(const std::vector<std::string>& argv,
                                        const std::vector<std::string>& names) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        bool drop = false;
        for (const std::string& name : names) {
            if (argv[i] == "--" + name) {
                drop = true;
                ++i; // its value
                break;
            }
            if (argv[i].rfind("--" + name + "=", 0) == 0) {
                drop = true;
                break;
            }
        }
        if (!drop) out.push_back(argv[i]);
    }
    return out;
}

} // namespace fgg::cli
