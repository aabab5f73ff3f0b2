// fgg bench's lines against issue 20's targets: the ratio, pass / FAIL, and the bound the machine's
// matrix-product rate sets, from given figures (the real ones take minutes to measure).
#include "app/cli/BenchTargets.h"

#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <string>

namespace {

std::string printed(const fgg::cli::OurFigures& ours, const fgg::cli::AuthorsFigures& theirs, bool json) {
    char* buffer = nullptr;
    std::size_t size = 0;
    std::FILE* out = open_memstream(&buffer, &size);
    fgg::cli::printAgainstAuthors(ours, theirs, json, out);
    std::fclose(out);
    std::string text(buffer, size);
    std::free(buffer);
    return text;
}

fgg::cli::OurFigures paperFigures() {
    fgg::cli::OurFigures ours;
    ours.paperSampleSeconds = 0.638;
    ours.paperTrainSamplesPerS = 9.74;
    ours.paperGflopPerForward = 21.05;
    ours.bestMatmulGflops = 936; // sample bound 20 * 21.05 / 936 = 0.450 s; training 936 / 63.15 = 14.8/s
    return ours;
}

fgg::cli::AuthorsFigures authorsHere() {
    fgg::cli::AuthorsFigures theirs;
    theirs.sampleSeconds = 2.030;
    theirs.trainSamplesPerS = 4.10;
    theirs.measuredHere = true;
    return theirs;
}

TEST(BenchTargets, SayWhenTheMatrixRateRulesATargetOut) {
    const std::string text = printed(paperFigures(), authorsHere(), false);
    EXPECT_NE(text.find("3.18x, target >= 7.0x: FAIL"), std::string::npos) << text;
    EXPECT_NE(text.find("no code doing the same arithmetic passes 4.51x: the target is out of reach here"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("2.38x, target >= 3.5x: FAIL"), std::string::npos) << text;
    EXPECT_NE(text.find("passes 3.62x: the target needs 97 % of that rate throughout"), std::string::npos)
        << text;
}

TEST(BenchTargets, ABoundAboveTheTargetIsNotCalledOutOfReach) {
    fgg::cli::OurFigures ours = paperFigures();
    ours.bestMatmulGflops = 10000; // a machine with AMX
    const std::string text = printed(ours, authorsHere(), false);
    EXPECT_EQ(text.find("out of reach"), std::string::npos) << text;
    EXPECT_NE(text.find("passes 48.22x: the target needs 15 % of that rate throughout"), std::string::npos)
        << text;
}

TEST(BenchTargets, WithoutTheRateNoBoundIsClaimed) {
    fgg::cli::OurFigures ours = paperFigures();
    ours.bestMatmulGflops = 0;
    const std::string text = printed(ours, authorsHere(), false);
    EXPECT_EQ(text.find("no code"), std::string::npos) << text;
    const std::string json = printed(ours, authorsHere(), true);
    EXPECT_NE(json.find("\"bound_speedup\": 0.00"), std::string::npos) << json;
}

} // namespace
