#pragma once
// Runs the `fgg` binary the way a user does, for the CLI tests: a fresh process, its exit status, stdout and
// stderr. FGG_MODEL_DIR and the cache folder point at an empty folder, so nothing shipped or cached is
// found unless a test names it.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <spawn.h>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace clitest {

namespace fs = std::filesystem;

struct Result {
    int rc = -1;
    std::string out, err;
};

inline std::string readText(const fs::path& p) {
    std::ifstream in(p);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

inline fs::path scratch() {
    static const fs::path dir = [] {
        const fs::path d = fs::temp_directory_path() / ("fgg-cli-" + std::to_string(::getpid()));
        fs::create_directories(d / "empty");
        std::atexit([] {
            std::error_code ignored;
            fs::remove_all(fs::temp_directory_path() / ("fgg-cli-" + std::to_string(::getpid())), ignored);
        });
        return d;
    }();
    return dir;
}

/// Runs `fgg args...` with FGG_MODEL_DIR and the dataset cache pointed at an empty folder.
inline Result runFgg(std::vector<std::string> args) {
    const fs::path dir = scratch();
    args.insert(args.begin(), FGG_BINARY);
    std::vector<char*> argv;
    for (std::string& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<std::string> envStrings;
    for (char** e = environ; *e; ++e) {
        const std::string s(*e);
        if (s.rfind("FGG_MODEL_DIR=", 0) != 0 && s.rfind("XDG_CACHE_HOME=", 0) != 0) envStrings.push_back(s);
    }
    envStrings.push_back("FGG_MODEL_DIR=" + (dir / "empty").string());
    envStrings.push_back("XDG_CACHE_HOME=" + (dir / "empty").string());
    envStrings.push_back("FGG_NO_REEXEC=1"); // half the start-up; the checks come after it either way
    std::vector<char*> env;
    for (std::string& s : envStrings)
        env.push_back(s.data());
    env.push_back(nullptr);
    const std::string out = (dir / "out.txt").string(), err = (dir / "err.txt").string();
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, out.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
    pid_t pid = -1;
    Result r;
    const int spawned = ::posix_spawn(&pid, FGG_BINARY, &actions, nullptr, argv.data(), env.data());
    posix_spawn_file_actions_destroy(&actions);
    EXPECT_EQ(spawned, 0) << "cannot start " << FGG_BINARY;
    if (spawned != 0) return r;
    int status = 0;
    ::waitpid(pid, &status, 0);
    r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r.out = readText(out);
    r.err = readText(err);
    return r;
}

} // namespace clitest
