#pragma once
// Real-time priority for the threads that must keep time (the transport's scheduler): under SCHED_FIFO the
// kernel runs them the moment they wake, ahead of every ordinary thread, so a generation using every core
// cannot make playback late. Where the system refuses (no CAP_SYS_NICE, RLIMIT_RTPRIO 0: most desktops
// without rtkit limits), a raised nice value is tried, then nothing: playback still works, with ordinary
// scheduling. See docs/audio.md, "Playback under load".
#include <string>

namespace fgg::audio {

enum class ThreadPriority { Normal, Raised, Realtime };

struct PriorityResult {
    ThreadPriority priority = ThreadPriority::Normal;
    std::string description; ///< "SCHED_FIFO 8", "nice -10 (SCHED_FIFO refused: ...)", ...
};

/// FIFO priority of the scheduler thread: below JACK's process threads (10 and up) and FluidSynth's audio
/// thread (60), which render the sound, above every ordinary thread.
inline constexpr int kSchedulerFifoPriority = 8;

/// Raises the calling thread: SCHED_FIFO at `fifoPriority`, else nice -10, else leaves it. Never throws.
PriorityResult raiseCurrentThreadPriority(int fifoPriority = kSchedulerFifoPriority);

const char* toString(ThreadPriority p);

} // namespace fgg::audio
