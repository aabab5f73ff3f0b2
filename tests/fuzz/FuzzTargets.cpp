// Entry points of the torch-free fuzz targets: see FuzzTargets.h (the checkpoint one: FuzzCheckpoint.cpp).
#include "tests/fuzz/FuzzTargets.h"

#include "model/study/Answers.h"
#include "model/study/Study.h"

#include "model/data/DatasetCache.h"
#include "model/midi/MidiFile.h"
#include "model/music/Chord.h"
#include "model/music/Error.h"
#include "model/music/LeadSheet.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string_view>
#include <unistd.h>

namespace fgg::fuzz {
namespace {

std::string_view text(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

} // namespace

std::string scratchPath(const std::string& name) {
    namespace fs = std::filesystem;
    // Removed at exit (libFuzzer and the tests end through exit()).
    struct Cleanup {
        std::vector<fs::path> paths;
        ~Cleanup() {
            std::error_code ignored;
            for (const fs::path& p : paths)
                fs::remove(p, ignored);
        }
    };
    static Cleanup cleanup;
    std::error_code ec;
    const fs::path dir = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    cleanup.paths.push_back(dir / ("fgg-fuzz-" + std::to_string(::getpid()) + "-" + name));
    return cleanup.paths.back().string();
}

void writeScratch(const std::string& path, const std::uint8_t* data, std::size_t size) {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) return;
    if (size) std::fwrite(data, 1, size, f);
    std::fclose(f);
}

void midi(const std::uint8_t* data, std::size_t size) {
    const std::vector<std::uint8_t> bytes(data, data + size);
    expectOnlyFggErrors([&] {
        const Score s = readMidi(bytes);
        // What was read must write back and read again (the app saves what it opened).
        (void)readMidi(writeMidi(s));
    });
    expectOnlyFggErrors([&] { (void)readMidi(bytes, MidiReadOptions{false}); });
}

void chordSymbol(const std::uint8_t* data, std::size_t size) {
    const std::string_view t = text(data, size);
    expectOnlyFggErrors([&] {
        const Chord c = Chord::parse(t);
        // A parsed chord prints in both syntaxes, and those print-outs parse back.
        (void)Chord::parse(c.toHarte());
        (void)Chord::parse(c.toLeadSheet());
        (void)c.chroma();
        (void)c.spelledTones();
        (void)c.transposed(7);
    });
    expectOnlyFggErrors([&] { (void)Chord::parseHarte(t); });
    expectOnlyFggErrors([&] { (void)Chord::parseLeadSheet(t); });
}

void leadSheet(const std::uint8_t* data, std::size_t size) {
    expectOnlyFggErrors([&] {
        const LeadSheet sheet = LeadSheet::parse(text(data, size));
        (void)LeadSheet::parse(sheet.toString());
        if (sheet.bars.size() <= 512) {
            const auto spans = sheet.toChordSpans(1920);
            (void)LeadSheet::fromChordSpans(spans, 1920, 0);
        }
    });
}

void datasetCache(const std::uint8_t* data, std::size_t size) {
    static const std::string path = scratchPath("dataset.fggdata");
    writeScratch(path, data, size);
    expectOnlyFggErrors([&] { (void)readDatasetCache(path); });
}

void studyFile(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    expectOnlyFggErrors([&] {
        const study::Study s = study::studyFromJson(text, "fuzz/study.json");
        const std::string json = study::toJson(s);
        if (study::toJson(study::studyFromJson(json)) != json)
            std::abort(); // a study must survive its own save
    });
    static const std::string log = scratchPath("participant.jsonl");
    writeScratch(log, data, size);
    expectOnlyFggErrors([&] { (void)study::loadParticipantLog(log); });
}

} // namespace fgg::fuzz
