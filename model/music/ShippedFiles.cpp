#include "model/music/ShippedFiles.h"

#include <cstdlib>

namespace fgg {

std::vector<std::filesystem::path> shippedFolders(const char* envVariable, const char* sub) {
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (const char* env = envVariable ? std::getenv(envVariable) : nullptr; env && *env)
        candidates.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share" / "fgg-studio" / sub);
    candidates.push_back(fs::path(FGG_SOURCE_DIR) / "resources" / sub);
    return candidates;
}

} // namespace fgg
