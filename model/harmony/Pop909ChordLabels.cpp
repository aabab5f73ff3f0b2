#include "model/harmony/Pop909ChordLabels.h"

#include "model/data/BeatGrid.h"
#include "model/data/Pop909.h"
#include "model/data/QuantisedSong.h"
#include "model/data/TextLines.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace fgg::harmony {
namespace fs = std::filesystem;
namespace {

std::string readText(const fs::path& path) {
    const std::vector<std::uint8_t> bytes = readFileBytes(path.string(), std::size_t(16) << 20);
    return std::string(bytes.begin(), bytes.end());
}

bool isSongFolderName(const std::string& name) {
    return !name.empty() && name.size() <= 6 &&
           std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); });
}

} // namespace

std::vector<ChordSpan> loadPop909ChordLabels(const std::string& songDir) {
    const fs::path dir(songDir);
    const fs::path beatPath = dir / "beat_midi.txt", chordPath = dir / "chord_midi.txt";
    const BeatGrid beats = BeatGrid::fromText(readText(beatPath), beatPath.string());
    std::vector<ChordSpan> spans;
    const std::string path = chordPath.string();
    const std::string text = readText(chordPath); // the lines below view into it
    for (const textlines::Line& line : textlines::split(text)) {
        auto f = textlines::tabFields(line.text);
        if (f.size() != 3) f = textlines::fields(line.text);
        if (f.size() != 3) textlines::fail(path, line.number, "expected 'start_sec<TAB>end_sec<TAB>chord'");
        const double start = textlines::number(f[0], path, line.number, "the chord start");
        const double end = textlines::number(f[1], path, line.number, "the chord end");
        Chord chord;
        try {
            chord = Chord::parseHarte(f[2]);
        } catch (const Error& e) {
            textlines::fail(path, line.number, "bad chord label '" + std::string(f[2]) + "': " + e.what());
        }
        const int from = std::max(0, beats.step(start)), to = beats.step(end);
        if (chord.isNoChord() || to <= from) continue;
        spans.push_back({from * kPop909TicksPerStep, (to - from) * kPop909TicksPerStep, chord});
    }
    std::sort(spans.begin(), spans.end(),
              [](const ChordSpan& a, const ChordSpan& b) { return a.start < b.start; });
    // Rounding to steps can make neighbours overlap by a step: the later label wins.
    for (std::size_t i = 0; i + 1 < spans.size(); ++i)
        spans[i].length = std::min(spans[i].length, spans[i + 1].start - spans[i].start);
    std::erase_if(spans, [](const ChordSpan& s) { return s.length <= 0; });
    return spans;
}

KeyEstimate loadPop909Key(const std::string& songDir) {
    const fs::path keyPath = fs::path(songDir) / "key_audio.txt";
    const std::string path = keyPath.string();
    const std::string text = readText(keyPath);
    KeyEstimate key;
    double longest = -1;
    for (const textlines::Line& line : textlines::split(text)) {
        const auto f = textlines::fields(line.text);
        if (f.size() != 3) textlines::fail(path, line.number, "expected 'start_sec end_sec KEY:maj|min'");
        const double length = textlines::number(f[1], path, line.number, "the key end") -
                              textlines::number(f[0], path, line.number, "the key start");
        std::size_t used = 0;
        const auto tonic = SpelledPitch::parse(f[2], used);
        const std::string_view mode = f[2].substr(std::min(used, f[2].size()));
        if (!tonic || (mode != ":maj" && mode != ":min"))
            textlines::fail(path, line.number, "bad key '" + std::string(f[2]) + "' (expected e.g. Gb:maj)");
        if (length > longest) {
            longest = length;
            key = {tonic->pitchClass(), mode == ":min", 1.0};
        }
    }
    if (longest < 0) throw Error(path + ": no key");
    return key;
}

std::vector<std::string> pop909SongFolders(const std::string& pop909Dir, Pop909Split split) {
    std::error_code ec;
    if (!fs::is_directory(pop909Dir, ec))
        throw Error("POP909 folder " + pop909Dir + " not found: pass the folder that holds 001/, 002/, ...");
    const std::vector<int>& triple = pop909TripleMeterSongs();
    std::vector<std::pair<int, std::string>> songs;
    for (const fs::directory_entry& e : fs::directory_iterator(pop909Dir)) {
        const std::string name = e.path().filename().string();
        if (!e.is_directory() || !isSongFolderName(name)) continue;
        const int id = std::stoi(name);
        if (std::find(triple.begin(), triple.end(), id) != triple.end()) continue;
        if (isValidationSong(id) != (split == Pop909Split::Validation)) continue;
        songs.emplace_back(id, e.path().string());
    }
    std::sort(songs.begin(), songs.end());
    std::vector<std::string> out;
    for (auto& s : songs)
        out.push_back(std::move(s.second));
    return out;
}

Chord labelOver(const std::vector<ChordSpan>& labels, Tick from, Tick to) {
    const ChordSpan* best = nullptr;
    Tick bestOverlap = 0;
    for (const ChordSpan& s : labels) {
        if (s.start >= to) break;
        const Tick overlap = std::min(s.end(), to) - std::max(s.start, from);
        if (overlap > bestOverlap) {
            best = &s;
            bestOverlap = overlap;
        }
    }
    return best ? best->chord : Chord();
}

} // namespace fgg::harmony
