#pragma once
// The engine tests' models: a tiny random-weight melody and accompaniment checkpoint in a temporary folder,
// made once per test suite (the music is noise; what is under test is what the engine does with it).
#include "model/diffusion/Generator.h"
#include "model/music/LeadSheet.h"
#include "model/nn/CheckpointInfo.h"

#include <cstdint>
#include <filesystem>
#include <gtest/gtest.h>
#include <string>
#include <unistd.h>

namespace fgg::test {

/// A prompt: the lead sheet's chords, as long as they are.
inline Score promptFor(const std::string& sheet) {
    Score s;
    s.chords = LeadSheet::parse(sheet).toChordSpans(s.ticksPerBar());
    s.length = s.endTick();
    return s;
}

template <std::uint64_t MelodySeed = 1, std::uint64_t AccompanimentSeed = 2>
class TinyModels : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        dir_ = std::filesystem::temp_directory_path() /
               ("fgg-tiny-" + std::to_string(::getpid()) + "-" + std::to_string(MelodySeed));
        std::filesystem::create_directories(dir_);
        writeRandomCheckpoint(melodyPath(), "tiny", "melody", MelodySeed);
        writeRandomCheckpoint(accompanimentPath(), "tiny", "accompaniment", AccompanimentSeed);
    }
    static void TearDownTestSuite() { std::filesystem::remove_all(dir_); }
    static std::string melodyPath() { return (dir_ / "melody.fggm").string(); }
    static std::string accompanimentPath() { return (dir_ / "accompaniment.fggm").string(); }
    static ModelFiles files() { return {melodyPath(), accompanimentPath()}; }
    static Score prompt(const std::string& sheet) { return promptFor(sheet); }
    static inline std::filesystem::path dir_;
};

} // namespace fgg::test
