#include "model/train/Soak.h"

#include "model/diffusion/Generator.h"
#include "model/music/Error.h"
#include "model/music/LeadSheet.h"
#include "model/nn/CheckpointInfo.h"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <unistd.h>

namespace fgg {

double residentMemoryMb() {
    std::ifstream statm("/proc/self/statm");
    long long sizePages = 0, residentPages = 0;
    if (!(statm >> sizePages >> residentPages)) return 0;
    return static_cast<double>(residentPages) * static_cast<double>(::sysconf(_SC_PAGESIZE)) /
           (1024.0 * 1024.0);
}

SoakResult runSoak(int generations, const std::string& preset,
                   const std::function<void(int, double)>& progress) {
    if (generations < 2)
        throw Error("a soak needs at least 2 generations, not " + std::to_string(generations));
    namespace fs = std::filesystem;
    std::random_device rd;
    const fs::path dir = fs::temp_directory_path() /
                         ("fgg-soak-" + std::to_string(::getpid()) + "-" + std::to_string(rd() % 100000));
    fs::create_directories(dir);
    struct RemoveDir {
        fs::path dir;
        ~RemoveDir() {
            std::error_code ignored;
            fs::remove_all(dir, ignored);
        }
    } cleanup{dir};
    const ModelFiles files{(dir / "melody.fggm").string(), (dir / "accompaniment.fggm").string()};
    writeRandomCheckpoint(files.melody, preset, "melody", 1);
    writeRandomCheckpoint(files.accompaniment, preset, "accompaniment", 2);

    Score prompt;
    prompt.chords = LeadSheet::parse("| C G | Am7 | F | G7 |").toChordSpans(prompt.ticksPerBar());
    prompt.length = prompt.endTick();

    SoakResult r;
    r.preset = preset;
    r.generations = generations;
    // A tenth of the run (at least 1, at most 50) settles the allocator's pools and LibTorch's caches.
    r.warmup = std::clamp(generations / 10, 1, 50);
    Generator generator(files);
    GenerationParams params;
    params.candidates = 1;
    const auto start = std::chrono::steady_clock::now();
    for (int i = 0; i < generations; ++i) {
        params.seed = static_cast<std::uint64_t>(i);
        params.density = i % 3 == 0 ? std::optional<double>() : std::optional<double>(0.2 + 0.1 * (i % 5));
        const std::vector<Score> out = generator.generate(prompt, params);
        if (out.empty()) throw Error("soak: generation " + std::to_string(i + 1) + " returned nothing");
        const double rss = residentMemoryMb();
        r.rssMb.push_back(rss);
        if (progress) progress(i + 1, rss);
    }
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    r.rssBaselineMb = r.rssMb[static_cast<std::size_t>(r.warmup - 1)];
    r.rssEndMb = r.rssMb.back();
    r.rssPeakMb = *std::max_element(r.rssMb.begin() + r.warmup - 1, r.rssMb.end());
    r.growthPercent = r.rssBaselineMb > 0 ? 100.0 * (r.rssEndMb - r.rssBaselineMb) / r.rssBaselineMb : 0;
    return r;
}

} // namespace fgg
