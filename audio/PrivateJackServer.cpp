#include "audio/PrivateJackServer.h"

#include "audio/MidiSystem.h"

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace fgg::audio {

using namespace std::chrono_literals;

PrivateJackServer::PrivateJackServer(int sampleRate, int period) : sampleRate_(sampleRate), period_(period) {
    name_ = "fggjack" + std::to_string(::getpid());
    logPath_ = (std::filesystem::temp_directory_path() / (name_ + "-jackd.log")).string();
    ::setenv("JACK_DEFAULT_SERVER", name_.c_str(), 1);
    ::setenv("JACK_NO_START_SERVER", "1", 1);
    // -S (synchronous): a slow client cycle (a sanitizer build) delays the graph instead of dropping MIDI.
    std::vector<std::string> args{"jackd", "-S",
                                  "-n",    name_,
                                  "-d",    "dummy",
                                  "-r",    std::to_string(sampleRate),
                                  "-p",    std::to_string(period)};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, logPath_.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    posix_spawn_file_actions_adddup2(&actions, 1, 2);
    const int rc = posix_spawnp(&pid_, "jackd", &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        pid_ = -1;
        why_ = "cannot run jackd (install jackd2): " + std::string(std::strerror(rc));
        return;
    }
    const auto deadline = std::chrono::steady_clock::now() + 10s;
    while (std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        if (::waitpid(pid_, &status, WNOHANG) == pid_) {
            pid_ = -1;
            why_ = "jackd exited at start-up: " + log();
            return;
        }
        if (jackServerRunning()) {
            running_ = true;
            return;
        }
        std::this_thread::sleep_for(50ms);
    }
    why_ = "jackd did not accept clients within 10 s: " + log();
}

PrivateJackServer::~PrivateJackServer() {
    if (pid_ > 0) {
        ::kill(pid_, SIGTERM);
        int status = 0;
        for (int i = 0; i < 100 && ::waitpid(pid_, &status, WNOHANG) == 0; ++i)
            std::this_thread::sleep_for(20ms);
        if (::waitpid(pid_, &status, WNOHANG) == 0) {
            ::kill(pid_, SIGKILL);
            ::waitpid(pid_, &status, 0);
        }
    }
    std::error_code ignored;
    std::filesystem::remove(logPath_, ignored);
}

std::string PrivateJackServer::log() const {
    std::ifstream in(logPath_);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

} // namespace fgg::audio
