#pragma once
// Settings that only take effect when a process starts: how long OpenMP workers spin before they sleep (long
// spinning starves the GUI thread and other processes, none doubles the time of a small network: see the
// .cpp for the measurements) and glibc's allocator tunables (hugepages, no mmap, no
// trim: the authors' training step ran 2x faster with them). `fgg` and `fgg-studio` call this first thing in
// main(): when the settings are missing it sets them and re-executes itself once. Users' own values always
// win.
namespace fgg {

/// Sets the settings in this process's environment (a user's own values win) and marks it as set, so that a
/// program started from here with execv() starts right: `fgg`'s launcher does this and starts the engine
/// once.
void setProcessEnvironment();

/// Returns normally when the environment is already right (or when re-executing fails, or FGG_NO_REEXEC is
/// set); otherwise sets it and re-executes this program.
void ensureProcessEnvironment(int argc, char** argv);

} // namespace fgg
