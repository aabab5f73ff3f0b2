#pragma once
// LibTorch's intra-op threads for the calling thread's own calls. LibTorch and oneDNN here run on OpenMP,
// which keeps the team size per thread, so a second generation stream can run single-threaded beside the
// first without touching the process-wide count (at::set_num_threads would also drop oneDNN's cached
// kernels).
namespace fgg {

/// Sets the team size of the OpenMP regions the calling thread starts; false where this build has no OpenMP
/// (then nothing changes).
bool setIntraOpThreadsOfThisThread(int threads);

/// Whether setIntraOpThreadsOfThisThread works in this build.
bool intraOpThreadsArePerThread();

} // namespace fgg
