// Replays every input of tests/fuzz/corpus/<target>/ (the seeds, and each crash the fuzzers ever found)
// through the same entry points the libFuzzer targets use (tests/fuzz/FuzzTargets.h), in every build: each
// input must be read or rejected with fgg::Error, never crash or throw anything else. Under scripts/sanitize
// address the replay also runs under ASan + UBSan.
#include "tests/fuzz/FuzzTargets.h"
#ifdef FGG_FUZZ_HAVE_PROJECT
#include "tests/fuzz/FuzzProjectFile.h"
#endif
#include "model/music/AtomicFile.h"

#include <algorithm>
#include <exception>
#include <filesystem>
#include <gtest/gtest.h>
#include <typeinfo>

namespace fs = std::filesystem;

namespace {

const fs::path kCorpus = FGG_FUZZ_CORPUS;

std::vector<fgg::fuzz::Target> allTargets() {
    std::vector<fgg::fuzz::Target> targets = fgg::fuzz::modelTargets();
#ifdef FGG_FUZZ_HAVE_PROJECT
    targets.push_back({"project_file", fgg::fuzz::projectFile});
#endif
    return targets;
}

std::vector<fs::path> inputsOf(const std::string& target) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(kCorpus / target, ec))
        if (e.is_regular_file()) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    return files;
}

class FuzzCorpus : public ::testing::TestWithParam<fgg::fuzz::Target> {};

TEST_P(FuzzCorpus, EveryInputIsReadOrRejectedWithAnFggError) {
    const fgg::fuzz::Target& target = GetParam();
    const auto files = inputsOf(target.name);
    ASSERT_FALSE(files.empty()) << "no seed inputs in " << (kCorpus / target.name);
    for (const fs::path& file : files) {
        const std::vector<std::uint8_t> bytes = fgg::readFileBytes(file.string());
        try {
            target.run(bytes.data(), bytes.size());
        } catch (const std::exception& e) {
            ADD_FAILURE() << file << ": " << typeid(e).name()
                          << " escaped the parser (only fgg::Error may): " << e.what();
        } catch (...) {
            ADD_FAILURE() << file << ": a non-std exception escaped the parser";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Parsers, FuzzCorpus, ::testing::ValuesIn(allTargets()),
                         [](const ::testing::TestParamInfo<fgg::fuzz::Target>& param) {
                             std::string name;
                             for (char c : param.param.name)
                                 if (c != '_') name += c;
                             return name;
                         });

// The corpus lives in git: seeds stay few and small (< 2 MB in all); the fuzzers keep what they grow in
// build-fuzz/.
TEST(FuzzCorpusSize, StaysUnderTwoMegabytes) {
    std::uintmax_t total = 0;
    for (const auto& e : fs::recursive_directory_iterator(kCorpus))
        if (e.is_regular_file()) total += e.file_size();
    EXPECT_LT(total, std::uintmax_t(2) << 20) << "tests/fuzz/corpus holds " << total << " bytes";
}

} // namespace
