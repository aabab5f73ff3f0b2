#pragma once
// Settings that only take effect when a process starts: OpenMP's wait policy (spinning OpenMP workers starve
// the GUI thread and collapse throughput when any other process wants the CPU: a 10 s forward became 1.2 s
// with passive waiting, measured here under load) and glibc's allocator tunables (hugepages, no mmap, no
// trim: the authors' training step ran 2x faster with them). `fgg` and `fgg-studio` call this first thing in
// main(): when the settings are missing it sets them and re-executes itself once. Users' own values always
// win.
namespace fgg {

/// Returns normally when the environment is already right (or when re-executing fails, or FGG_NO_REEXEC is
/// set).
void ensureProcessEnvironment(int argc, char** argv);

} // namespace fgg
