#include "audio/ThreadPriority.h"

#include <cerrno>
#include <cstring>
#include <sched.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace fgg::audio {

PriorityResult raiseCurrentThreadPriority(int fifoPriority) {
    // Linux schedules threads: both calls take this thread's id and change only this thread.
    const auto tid = static_cast<pid_t>(::syscall(SYS_gettid));
    sched_param param{};
    param.sched_priority = fifoPriority;
    // SCHED_RESET_ON_FORK: a process this thread starts (none should) does not inherit real-time priority.
    if (::sched_setscheduler(tid, SCHED_FIFO | SCHED_RESET_ON_FORK, &param) == 0)
        return {ThreadPriority::Realtime, "SCHED_FIFO " + std::to_string(fifoPriority)};
    const std::string fifoWhy = std::string("SCHED_FIFO refused: ") + std::strerror(errno);
    if (::setpriority(PRIO_PROCESS, static_cast<id_t>(tid), -10) == 0)
        return {ThreadPriority::Raised, "nice -10 (" + fifoWhy + ")"};
    const std::string niceWhy = std::strerror(errno);
    return {ThreadPriority::Normal, "normal (" + fifoWhy + "; nice -10 refused: " + niceWhy + ")"};
}

const char* toString(ThreadPriority p) {
    switch (p) {
    case ThreadPriority::Realtime:
        return "realtime";
    case ThreadPriority::Raised:
        return "raised";
    case ThreadPriority::Normal:
        break;
    }
    return "normal";
}

} // namespace fgg::audio
