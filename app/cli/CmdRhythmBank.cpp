// fgg rhythm-bank: the melody rhythms of POP909's training songs as the bank the generator draws a melody's
// rhythm from when none is drawn (model/diffusion/RhythmBank.h; shipped as
// resources/rhythm/melody-rhythms.txt).
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "model/data/DatasetCache.h"
#include "model/data/Pop909.h"
#include "model/music/AtomicFile.h"
#include "model/train/RhythmBankLearning.h"

#include <cstdio>
#include <filesystem>

namespace fgg::cli {
namespace {

int run(const std::vector<std::string>& argv) {
    Args a(argv, {"pop909", "cache", "out", "min-count"}, {});
    const std::string pop909 = a.valueOr("pop909", "");
    const std::string cache = a.valueOr("cache", pop909.empty() ? defaultDatasetCachePath() : "");
    const auto out = a.value("out");
    if (!out) throw Error("give --out FILE (the shipped bank is resources/rhythm/melody-rhythms.txt)");
    std::vector<QuantisedSong> songs;
    if (!cache.empty() && std::filesystem::exists(cache)) {
        songs = readDatasetCache(cache);
    } else {
        if (pop909.empty()) throw Error("give --pop909 DIR (or --cache FILE)");
        Pop909Report report;
        songs = loadPop909(pop909, report);
    }
    const int minCount = a.intIn(limits::kMinCount, 2);
    const RhythmBank bank = learnRhythmBank(songs, minCount);
    const std::string text = bank.format();
    writeFileAtomically(*out, text);
    long long bars = 0;
    for (const BarRhythm& b : bank.bars())
        bars += b.count;
    std::printf("%zu patterns (seen >= %d times) covering %lld training bars, %zu bytes -> %s\n",
                bank.bars().size(), minCount, bars, text.size(), out->c_str());
    return 0;
}

const CommandRegistration
    reg("rhythm-bank", {"the melody rhythm bank of POP909's training songs (bar-long onset patterns)",
                        "fgg rhythm-bank [--pop909 DIR | --cache FILE] --out FILE [--min-count N]", run});
} // namespace
} // namespace fgg::cli
