#pragma once
// LibTorch's intra-op threads for the calling thread's own calls. LibTorch and oneDNN here run on OpenMP,
// which keeps the team size per thread, so a second generation stream can run single-threaded beside the
// first without touching the process-wide count (at::set_num_threads sets that, and sizes caffe2's
// pthreadpool too: Runtime.cpp).
namespace fgg {

/// Sets the team size of the OpenMP regions the calling thread starts; nothing where this build has no
/// OpenMP (intraOpThreadsArePerThread() says which).
void setIntraOpThreadsOfThisThread(int threads);

/// Whether setIntraOpThreadsOfThisThread works in this build.
bool intraOpThreadsArePerThread();

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
