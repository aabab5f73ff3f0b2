#pragma once
// LibTorch's intra-op threads for the calling thread's own calls. LibTorch and oneDNN here run on OpenMP,
// which keeps the team size per thread, so a second generation stream can run single-threaded beside the
// first without touching the process-wide count (at::set_num_threads sets that, and sizes caffe2's
// pthreadpool too: Runtime.cpp).
#include <functional>

namespace fgg {

/// Sets the team size of the OpenMP regions the calling thread starts; nothing where this build has no
/// OpenMP (intraOpThreadsArePerThread() says which).
void setIntraOpThreadsOfThisThread(int threads);

/// Whether setIntraOpThreadsOfThisThread works in this build.
bool intraOpThreadsArePerThread();

/// Whether runSideBySide would run its two jobs at once from this thread: OpenMP, not already inside a
/// parallel region, and a team of two or more (a generation stream of one thread says no).
bool canRunSideBySide();

/// Runs `a` on this thread and `b` on one of its OpenMP workers at once; every parallel region inside them
/// runs on its own thread alone (nested regions are inactive: LibTorch, oneDNN and our kernels then run
/// serially). One after the other where canRunSideBySide() is false. An exception from either is rethrown
/// (a's first) once both have ended.
void runSideBySide(const std::function<void()>& a, const std::function<void()>& b);

/// The calling thread's regions use `threads` threads while this lives, `restore` after (also when what ran
/// in between threw).
class IntraOpThreadsScope {
public:
    IntraOpThreadsScope(int threads, int restore) : restore_(restore) {
        setIntraOpThreadsOfThisThread(threads);
    }
    ~IntraOpThreadsScope() { setIntraOpThreadsOfThisThread(restore_); }
    IntraOpThreadsScope(const IntraOpThreadsScope&) = delete;
    IntraOpThreadsScope& operator=(const IntraOpThreadsScope&) = delete;

private:
    int restore_;
};

} // namespace fgg
