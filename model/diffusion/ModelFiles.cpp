#include "model/diffusion/Generator.h"
#include "model/music/ShippedFiles.h"

#include <filesystem>

namespace fgg {

ModelFiles ModelFiles::shipped() {
    namespace fs = std::filesystem;
    const std::vector<fs::path> candidates = shippedFolders("FGG_MODEL_DIR", "models");
    std::error_code ec;
    for (const fs::path& dir : candidates) {
        if (fs::exists(dir / "melody.fggm", ec))
            return {(dir / "melody.fggm").string(), (dir / "accompaniment.fggm").string()};
    }
    const fs::path dir = candidates.front();
    return {(dir / "melody.fggm").string(), (dir / "accompaniment.fggm").string()};
}

} // namespace fgg
