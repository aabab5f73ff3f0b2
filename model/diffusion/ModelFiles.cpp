#include "model/diffusion/Generator.h"

#include <cstdlib>
#include <filesystem>

namespace fgg {

ModelFiles ModelFiles::shipped() {
    namespace fs = std::filesystem;
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("FGG_MODEL_DIR"); env && *env) candidates.emplace_back(env);
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (!ec) candidates.push_back(exe.parent_path().parent_path() / "share" / "fgg-studio" / "models");
    candidates.push_back(fs::path(FGG_SOURCE_DIR) / "resources" / "models");
    for (const fs::path& dir : candidates) {
        if (fs::exists(dir / "melody.fggm", ec))
            return {(dir / "melody.fggm").string(), (dir / "accompaniment.fggm").string()};
    }
    const fs::path dir = candidates.front();
    return {(dir / "melody.fggm").string(), (dir / "accompaniment.fggm").string()};
}

} // namespace fgg
