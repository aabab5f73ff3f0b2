#include "app/cli/HarmonyCli.h"

#include "model/music/Error.h"
#include "model/music/LeadSheet.h"

#include <cstdio>
#include <filesystem>

namespace fgg::cli {

harmony::ProgressionModel loadProgressions(const std::optional<std::string>& path) {
    const std::string p = path ? *path : harmony::ProgressionModel::shippedPath();
    std::error_code ec;
    if (!std::filesystem::exists(p, ec))
        throw Error("no chord progression table at " + p +
                    " (learn one: fgg chords --learn --pop909 DIR --out resources/harmony/progressions.txt)");
    return harmony::ProgressionModel::load(p);
}

harmony::MelodyChordModel loadMelodyChords(const std::optional<std::string>& path, std::string* why) {
    if (path) return harmony::MelodyChordModel::load(*path);
    const std::string p = harmony::MelodyChordModel::shippedPath();
    std::error_code ec;
    if (!std::filesystem::exists(p, ec)) {
        if (why) *why = "no melody chord table at " + p + " (fgg chords --learn writes one)";
        return {};
    }
    return harmony::MelodyChordModel::load(p);
}

std::string leadSheetOf(const harmony::ChordAnalysis& analysis, const Score& score) {
    const Tick bar = score.ticksPerBar();
    const Tick end =
        std::max(score.endTick(), analysis.chords.empty() ? Tick(0) : analysis.chords.back().end());
    const int bars = static_cast<int>(std::max<Tick>(1, (end + bar - 1) / bar));
    return LeadSheet::fromChordSpans(analysis.chords, bar, bars).toString();
}

} // namespace fgg::cli
