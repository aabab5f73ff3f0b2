// fgg data: reads POP909, quantises it to the 16th grid, writes the binary dataset cache training starts
// from, and reports what it read (songs, skipped songs and why, 4-bar segments, the train/validation split).
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "app/cli/JsonText.h"
#include "model/data/DatasetCache.h"
#include "model/data/Pop909.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <optional>
#include <string>

namespace fgg::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point t) {
    return std::chrono::duration<double>(Clock::now() - t).count();
}

struct Summary {
    std::string pop909; ///< empty when only the cache was read
    std::optional<Pop909Report> report;
    int songs = 0, validSongs = 0;
    long long segments = 0, trainSegments = 0, validSegments = 0;
    long long melodyNotes = 0, bridgeNotes = 0, pianoNotes = 0;
    std::string cachePath;
    long long cacheBytes = 0;
    double loadSeconds = -1, cacheWriteSeconds = -1, cacheReadSeconds = -1;
};

void count(const std::vector<QuantisedSong>& songs, Summary& s) {
    for (const QuantisedSong& song : songs) {
        const long long segments = song.steps / 64; // the paper's non-overlapping 4-bar windows
        ++s.songs;
        s.segments += segments;
        if (isValidationSong(song.id)) {
            ++s.validSongs;
            s.validSegments += segments;
        } else {
            s.trainSegments += segments;
        }
        s.melodyNotes += static_cast<long long>(song.melody.size());
        s.bridgeNotes += static_cast<long long>(song.bridge.size());
        s.pianoNotes += static_cast<long long>(song.piano.size());
    }
}

void printJson(const Summary& s) {
    std::string j = "{";
    if (!s.pop909.empty()) j += "\"pop909\": " + jsonString(s.pop909) + ", ";
    j += "\"songs_read\": " + std::to_string(s.songs);
    if (s.report) {
        j += ", \"songs_skipped\": [";
        for (std::size_t i = 0; i < s.report->skipped.size(); ++i) {
            if (i) j += ", ";
            j += "{\"song\": " + jsonString(s.report->skipped[i].first) +
                 ", \"reason\": " + jsonString(s.report->skipped[i].second) + "}";
        }
        j += "]";
    }
    j += ", \"segments\": " + std::to_string(s.segments) +
         ", \"train_segments\": " + std::to_string(s.trainSegments) +
         ", \"valid_segments\": " + std::to_string(s.validSegments) +
         ", \"valid_songs\": " + std::to_string(s.validSongs);
    j += ", \"notes\": {\"melody\": " + std::to_string(s.melodyNotes) +
         ", \"bridge\": " + std::to_string(s.bridgeNotes) + ", \"piano\": " + std::to_string(s.pianoNotes) +
         "}";
    j += ", \"cache\": " + jsonString(s.cachePath) + ", \"cache_bytes\": " + std::to_string(s.cacheBytes);
    char buf[160];
    if (s.loadSeconds >= 0) {
        std::snprintf(buf, sizeof buf, ", \"load_seconds\": %.3f, \"cache_write_seconds\": %.3f",
                      s.loadSeconds, s.cacheWriteSeconds);
        j += buf;
    }
    std::snprintf(buf, sizeof buf, ", \"cache_read_seconds\": %.3f}", s.cacheReadSeconds);
    j += buf;
    std::printf("%s\n", j.c_str());
}

void printText(const Summary& s) {
    if (!s.pop909.empty()) std::printf("POP909          %s\n", s.pop909.c_str());
    std::printf("songs read      %d\n", s.songs);
    if (s.report) {
        std::printf("songs skipped   %zu\n", s.report->skipped.size());
        for (const auto& [song, reason] : s.report->skipped)
            std::printf("  %-6s %s\n", song.c_str(), reason.c_str());
    }
    std::printf("segments        %lld 4-bar windows: train %lld, validation %lld (%d validation songs)\n",
                s.segments, s.trainSegments, s.validSegments, s.validSongs);
    std::printf("notes           melody %lld, bridge %lld, piano %lld\n", s.melodyNotes, s.bridgeNotes,
                s.pianoNotes);
    std::printf("cache           %s (%.1f MB)\n", s.cachePath.c_str(),
                static_cast<double>(s.cacheBytes) / 1e6);
    if (s.loadSeconds >= 0)
        std::printf(
            "time            %.2f s to read and quantise, %.2f s to write the cache, %.2f s to read it "
            "back\n",
            s.loadSeconds, s.cacheWriteSeconds, s.cacheReadSeconds);
    else
        std::printf("time            %.2f s to read the cache\n", s.cacheReadSeconds);
}

int run(const std::vector<std::string>& argv) {
    Args a(argv, {"pop909", "cache"}, {"json"});
    if (!a.positional().empty()) throw Error("unexpected argument '" + a.positional().front() + "'");
    Summary s;
    s.cachePath = a.valueOr("cache", defaultDatasetCachePath());
    std::vector<QuantisedSong> songs;
    if (auto dir = a.value("pop909")) {
        s.pop909 = *dir;
        const auto start = Clock::now();
        s.report.emplace();
        songs = loadPop909(*dir, *s.report);
        s.loadSeconds = secondsSince(start);
        if (songs.empty()) throw Error("no POP909 songs could be read from " + *dir);

        const fs::path parent = fs::path(s.cachePath).parent_path();
        std::error_code ec;
        if (!parent.empty()) fs::create_directories(parent, ec);
        if (ec) throw Error("cannot create the cache folder " + parent.string() + ": " + ec.message());
        const auto writeStart = Clock::now();
        writeDatasetCache(s.cachePath, songs);
        s.cacheWriteSeconds = secondsSince(writeStart);
    } else if (!fs::exists(s.cachePath)) {
        throw Error("no dataset cache at " + s.cachePath + ": run `fgg data --pop909 DIR` to build it");
    }
    // Read the cache back: checks it, and shows how fast training will start.
    const auto readStart = Clock::now();
    const std::vector<QuantisedSong> cached = readDatasetCache(s.cachePath);
    s.cacheReadSeconds = secondsSince(readStart);
    if (s.report && cached != songs)
        throw Error("the cache at " + s.cachePath + " does not read back as written");
    s.cacheBytes = static_cast<long long>(fs::file_size(s.cachePath));
    count(cached, s);

    if (a.has("json"))
        printJson(s);
    else
        printText(s);
    return 0;
}

const CommandRegistration reg("data", {"read POP909, quantise it and write the training cache",
                                       "fgg data [--pop909 DIR] [--cache FILE] [--json]\n"
                                       "  --pop909 DIR  the POP909 folder (NNN/NNN.mid, chord_midi.txt, "
                                       "beat_midi.txt); without it the existing cache is summarised\n"
                                       "  --cache FILE  the dataset cache (default " +
                                           defaultDatasetCachePath() +
                                           ")\n"
                                           "  --json        one JSON object",
                                       run});

} // namespace
} // namespace fgg::cli
