#pragma once
// Where the files that ship with the program (models, the progression table, the rhythm bank) are looked for,
// in order: the folder an environment variable names, the installed share/fgg-studio/<sub>, and the source
// tree's resources/<sub> (a build run from its tree). Each caller picks its file and its fallback.
#include <filesystem>
#include <vector>

namespace fgg {

/// The candidate folders for `sub` ("models", "harmony", "rhythm"); `envVariable` (may be null) first when
/// set.
std::vector<std::filesystem::path> shippedFolders(const char* envVariable, const char* sub);

} // namespace fgg
