// fgg: starts the command-line engine (fgg-cli, installed beside it) with the process settings it needs.
// The settings (OpenMP spin, allocator tunables) are read when a process starts, so the engine used to
// re-execute itself to get them, loading LibTorch's ~300 shared libraries twice: half of the start-up of
// every command. This launcher links none of them: it sets the environment and starts the engine once.
#include "model/diffusion/ProcessEnvironment.h"

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

int main(int /*argc*/, char** argv) {
    char self[PATH_MAX];
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    std::string engine = "fgg-cli"; // without /proc: look it up on PATH
    if (n > 0) {
        self[n] = '\0';
        const std::string path(self);
        engine = path.substr(0, path.find_last_of('/') + 1) + "fgg-cli";
    }
    fgg::setProcessEnvironment();
    ::execvp(engine.c_str(), argv);
    std::fprintf(stderr,
                 "fgg: cannot start the engine %s: %s (reinstall fgg-studio, or build the fgg-cli target)\n",
                 engine.c_str(), std::strerror(errno));
    return 127;
}
