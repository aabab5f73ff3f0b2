#pragma once
// The parsers under fuzz, one entry point each, shared by the libFuzzer targets (tests/fuzz/fuzz_*.cpp) and
// the regression test (tests/unit/test_fuzz_regressions.cpp) that replays tests/fuzz/corpus/<target>/ in
// every build. Each entry point feeds one input to its parser and returns normally when the parser accepts it
// or rejects it with fgg::Error: any other exception, a crash or a sanitizer report is a bug. Torch-free
// header.
#include "model/music/Error.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace fgg::fuzz {

using EntryPoint = void (*)(const std::uint8_t* data, std::size_t size);

struct Target {
    std::string name; ///< the corpus folder: tests/fuzz/corpus/<name>/
    EntryPoint run;
};

void midi(const std::uint8_t* data, std::size_t size);        ///< readMidi
void chordSymbol(const std::uint8_t* data, std::size_t size); ///< Chord::parse/parseHarte/parseLeadSheet
void leadSheet(const std::uint8_t* data,
               std::size_t size); ///< LeadSheet::parse, then to chord spans and back
void checkpoint(const std::uint8_t* data,
                std::size_t size); ///< decodeCheckpoint, readCheckpointInfo, loadCheckpoint
void datasetCache(const std::uint8_t* data, std::size_t size); ///< readDatasetCache
/// studyFromJson then toJson and back (stable), and the same bytes as a participant's answer log.
void studyFile(const std::uint8_t* data, std::size_t size);

/// Parsers may reject an input only with fgg::Error; anything else propagates and is reported as a crash.
template <class F>
void expectOnlyFggErrors(F&& f) {
    try {
        f();
    } catch (const Error&) {
    }
}

/// The targets above (the project-file target is Qt and lives in FuzzProjectFile.cpp).
std::vector<Target> modelTargets();

/// A file in /dev/shm (else the temp folder) private to this process, for the loaders that take a path.
std::string scratchPath(const std::string& name);
void writeScratch(const std::string& path, const std::uint8_t* data, std::size_t size);

} // namespace fgg::fuzz
