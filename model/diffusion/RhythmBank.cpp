#include "model/diffusion/RhythmBank.h"

#include "model/music/ShippedFiles.h"

#include "model/music/Error.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <tuple>

namespace fgg {

RhythmBank::RhythmBank(std::vector<BarRhythm> bars) : bars_(std::move(bars)) {
    std::stable_sort(bars_.begin(), bars_.end(), [](const BarRhythm& a, const BarRhythm& b) {
        return std::tie(a.phrasePosition, b.count, a.chordChanges, a.onsets) <
               std::tie(b.phrasePosition, a.count, b.chordChanges, b.onsets);
    });
}

std::string RhythmBank::format() const {
    std::string out =
        "# fgg-studio melody rhythm bank: bar-long melody onset patterns of POP909's training songs\n"
        "# (`fgg rhythm-bank`). Columns: phrase position (bar mod 4), chord changes, melody onsets\n"
        "# (bit i = 16th step i of the bar, 4 hex digits), bars with this pattern.\n";
    char line[64];
    for (const BarRhythm& b : bars_) {
        std::snprintf(line, sizeof line, "%d %04x %04x %d\n", b.phrasePosition, b.chordChanges, b.onsets,
                      b.count);
        out += line;
    }
    return out;
}

RhythmBank RhythmBank::parse(const std::string& text, const std::string& source) {
    std::vector<BarRhythm> bars;
    std::istringstream in(text);
    std::string line;
    for (int number = 1; std::getline(in, line); ++number) {
        if (line.empty() || line[0] == '#') continue;
        unsigned pos = 0, changes = 0, onsets = 0;
        int count = 0;
        char rest = 0;
        if (std::sscanf(line.c_str(), "%u %x %x %d %c", &pos, &changes, &onsets, &count, &rest) != 4 ||
            pos > 3 || changes > 0xFFFF || onsets == 0 || onsets > 0xFFFF || count < 1)
            throw Error(source + ":" + std::to_string(number) +
                        ": expected 'position(0-3) changes(hex) onsets(hex, not 0) count(>= 1)', got '" +
                        line + "'");
        bars.push_back({static_cast<int>(pos), static_cast<std::uint16_t>(changes),
                        static_cast<std::uint16_t>(onsets), count});
    }
    if (bars.empty()) throw Error(source + ": the rhythm bank holds no patterns");
    return RhythmBank(std::move(bars));
}

const std::optional<RhythmBank>& RhythmBank::shipped() {
    static const std::optional<RhythmBank> bank = []() -> std::optional<RhythmBank> {
        namespace fs = std::filesystem;
        std::vector<fs::path> candidates;
        if (const char* env = std::getenv("FGG_RHYTHM_BANK"); env && *env) {
            if (std::string(env) == "none") return std::nullopt;
            candidates.emplace_back(env);
        } else {
            // FGG_RHYTHM_BANK names a file, not a folder: no variable for the folder search.
            for (const fs::path& folder : shippedFolders(nullptr, "rhythm"))
                candidates.push_back(folder / "melody-rhythms.txt");
        }
        for (const fs::path& file : candidates) {
            std::ifstream in(file);
            if (!in) continue;
            std::stringstream text;
            text << in.rdbuf();
            return parse(text.str(), file.string());
        }
        return std::nullopt;
    }();
    return bank;
}

namespace {
/// The chord changes' beats (a change anywhere in a beat marks the beat).
std::uint16_t beatsOf(std::uint16_t changes) {
    std::uint16_t beats = 0;
    for (int beat = 0; beat < 4; ++beat)
        if (changes & (0xFu << (4 * beat))) beats = static_cast<std::uint16_t>(beats | (1u << beat));
    return beats;
}

/// Exponential tilt: weights count x exp(lambda k) with the weighted mean of k (onsets) equal to `target`
/// (clamped to what the candidates can reach). Bisection on lambda.
std::vector<double> tiltedWeights(const std::vector<const BarRhythm*>& c, double target) {
    auto weights = [&](double lambda) {
        std::vector<double> w(c.size());
        for (std::size_t i = 0; i < c.size(); ++i)
            w[i] = c[i]->count * std::exp(lambda * (std::popcount(c[i]->onsets) - 8));
        return w;
    };
    auto mean = [&](const std::vector<double>& w) {
        double sw = 0, sk = 0;
        for (std::size_t i = 0; i < c.size(); ++i) {
            sw += w[i];
            sk += w[i] * std::popcount(c[i]->onsets);
        }
        return sk / sw;
    };
    double lo = -6, hi = 6;
    for (int i = 0; i < 50; ++i) {
        const double mid = 0.5 * (lo + hi);
        (mean(weights(mid)) < target ? lo : hi) = mid;
    }
    return weights(0.5 * (lo + hi));
}
} // namespace

std::vector<int> RhythmBank::choose(double density, const std::vector<std::uint16_t>& chordChangesPerBar,
                                    std::uint64_t seed) const {
    const double target = std::clamp(density, 0.0, 1.0) * 16.0;
    std::mt19937_64 rng(seed ^ 0xC2B2AE3D27D4EB4Full);
    std::vector<int> counts;
    for (std::size_t bar = 0; bar < chordChangesPerBar.size(); ++bar) {
        const int position = static_cast<int>(bar % 4);
        const std::uint16_t changes = chordChangesPerBar[bar];
        // Narrowest match with enough examples: same chord rhythm, then same beats of change, then any.
        std::vector<const BarRhythm*> candidates;
        for (int level = 0; level < 3; ++level) {
            candidates.clear();
            int examples = 0;
            for (const BarRhythm& b : bars_) {
                if (b.phrasePosition != position) continue;
                if (level == 0 && b.chordChanges != changes) continue;
                if (level == 1 && beatsOf(b.chordChanges) != beatsOf(changes)) continue;
                candidates.push_back(&b);
                examples += b.count;
            }
            if (examples >= kMinMatches) break;
        }
        std::uint16_t onsets = 0;
        if (!candidates.empty()) {
            const std::vector<double> w = tiltedWeights(candidates, target);
            std::discrete_distribution<std::size_t> pick(w.begin(), w.end());
            onsets = candidates[pick(rng)]->onsets;
        }
        for (int i = 0; i < 16; ++i)
            counts.push_back((onsets >> i) & 1u);
    }
    return counts;
}

std::vector<std::uint16_t> chordChangesPerBar(const std::vector<PitchClassSet>& chroma) {
    std::vector<std::uint16_t> masks;
    for (std::size_t bar = 0; bar * 16 < chroma.size(); ++bar) {
        std::uint16_t mask = 0;
        for (std::size_t i = 0; i < 16 && bar * 16 + i < chroma.size(); ++i) {
            const std::size_t s = bar * 16 + i;
            const PitchClassSet before = s > 0 ? chroma[s - 1] : PitchClassSet{};
            if (!chroma[s].empty() && chroma[s] != before)
                mask = static_cast<std::uint16_t>(mask | (1u << i));
        }
        masks.push_back(mask);
    }
    return masks;
}

} // namespace fgg
