#pragma once
// Settings that only take effect when a process starts: how long OpenMP workers spin before they sleep (long
// spinning starves the GUI thread and other processes, none doubles the time of a small network: see the
// .cpp for the measurements), glibc's allocator tunables (hugepages, no mmap, no trim: the authors' training
// step ran 2x faster with them) and the intra-op thread count. `fgg` (app/launcher) sets them before it
// starts the engine; `fgg-cli` started directly sets them and re-executes itself once. `fgg-studio` only sets
// the thread count, which LibTorch reads late (a re-execution would load Qt and LibTorch twice; its allocator
// settings come from mallopt in Runtime.cpp). Users' own values always win.
namespace fgg {

/// OMP_NUM_THREADS = the CPUs this process may run on, and ATEN_CPU_CAPABILITY=avx512 on CPUs with AVX-512
/// bf16, unless set: LibTorch reads them when a thread first runs a parallel op and at its first vector
/// kernel. Call before any other thread starts (it changes the environment).
void setLibTorchDefaults();

/// Sets the settings in this process's environment (a user's own values win) and marks it as set, so that a
/// program started from here with execv() starts right: `fgg`'s launcher does this and starts the engine
/// once.
void setProcessEnvironment();

/// Returns normally when the environment is already right (or when re-executing fails, or FGG_NO_REEXEC is
/// set); otherwise sets it and re-executes this program.
void ensureProcessEnvironment(int argc, char** argv);

} // namespace fgg
