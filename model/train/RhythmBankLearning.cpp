#include "model/train/RhythmBankLearning.h"

#include "model/data/QuantisedSong.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace fgg {

RhythmBank learnRhythmBank(const std::vector<QuantisedSong>& songs, int minCount) {
    std::map<std::tuple<int, std::uint16_t, std::uint16_t>, int> counts;
    for (const QuantisedSong& song : songs) {
        if (isValidationSong(song.id)) continue;
        const int bars = std::min<int>(song.steps, static_cast<int>(song.chroma.size())) / 16;
        std::vector<PitchClassSet> chroma;
        for (int s = 0; s < bars * 16; ++s)
            chroma.push_back(PitchClassSet::fromMask(song.chroma[static_cast<std::size_t>(s)]));
        const std::vector<std::uint16_t> changes = chordChangesPerBar(chroma);
        std::vector<std::uint16_t> onsets(static_cast<std::size_t>(bars), 0);
        for (const GridNote& n : song.melody)
            if (n.step >= 0 && n.step < bars * 16)
                onsets[static_cast<std::size_t>(n.step / 16)] |=
                    static_cast<std::uint16_t>(1u << (n.step % 16));
        for (int bar = 0; bar < bars; ++bar) {
            bool chord = false;
            for (int i = 0; i < 16; ++i)
                chord = chord || !chroma[static_cast<std::size_t>(bar * 16 + i)].empty();
            const auto b = static_cast<std::size_t>(bar);
            if (!chord || onsets[b] == 0) continue;
            ++counts[{bar % 4, changes[b], onsets[b]}];
        }
    }
    std::vector<BarRhythm> bars;
    for (const auto& [key, n] : counts)
        if (n >= minCount) bars.push_back({std::get<0>(key), std::get<1>(key), std::get<2>(key), n});
    return RhythmBank(std::move(bars));
}

} // namespace fgg
