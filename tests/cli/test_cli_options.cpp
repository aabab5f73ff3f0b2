// `fgg` as a new user meets it: every numeric option is checked (NaN, infinities, fractions, ranges) before
// any work, with a message naming the option and its range, and `fgg CMD --help` / `-h` prints the command's
// usage. FGG_MODEL_DIR and the cache folder point at an empty folder and nothing may be written: a bad
// option is refused before any model or data is looked for, so the message is about the option alone.
#include "tests/cli/FggProcess.h"

#include <gtest/gtest.h>
#include <sstream>

namespace {

using namespace clitest;

struct BadInput {
    std::vector<std::string> args;
    std::string message; ///< the whole complaint, option and range
};

const std::string kSheet = "| C G | Am7 | F | G7 |";

std::vector<BadInput> badInputs() {
    const std::vector<std::string> gen{"generate", "--chords", kSheet, "--out",
                                       (scratch() / "x.mid").string()};
    auto g = [&](std::vector<std::string> extra) {
        std::vector<std::string> a = gen;
        a.insert(a.end(), extra.begin(), extra.end());
        return a;
    };
    const std::string out = (scratch() / "m.fggm").string();
    return {
        {g({"--cfg", "nan"}), "--cfg must be a number from 0 to 20, got 'nan'"},
        {g({"--cfg", "inf"}), "--cfg must be a number from 0 to 20, got 'inf'"},
        {g({"--cfg", "-inf"}), "--cfg must be a number from 0 to 20, got '-inf'"},
        {g({"--cfg", "-1"}), "--cfg must be a number from 0 to 20, got '-1'"},
        {g({"--cfg", "21"}), "--cfg must be a number from 0 to 20, got '21'"},
        {g({"--cfg", "3x"}), "--cfg must be a number from 0 to 20, got '3x'"},
        {g({"--cfg="}), "--cfg must be a number from 0 to 20, got ''"},
        {g({"--steps", "0"}), "--steps must be a whole number from 1 to 1000, got '0'"},
        {g({"--steps", "2.5"}), "--steps must be a whole number from 1 to 1000, got '2.5'"},
        {g({"--steps", "1001"}), "--steps must be a whole number from 1 to 1000, got '1001'"},
        {g({"--steps", "nan"}), "--steps must be a whole number from 1 to 1000, got 'nan'"},
        {g({"--density", "7"}), "--density must be a number from 0 to 1, got '7'"},
        {g({"--density", "-0.1"}), "--density must be a number from 0 to 1, got '-0.1'"},
        {g({"--density", "nan"}), "--density must be a number from 0 to 1, got 'nan'"},
        {g({"--tempo", "0"}), "--tempo must be a number from 20 to 400, got '0'"},
        {g({"--tempo", "inf"}), "--tempo must be a number from 20 to 400, got 'inf'"},
        {g({"--tempo", "-120"}), "--tempo must be a number from 20 to 400, got '-120'"},
        {g({"--seed", "-1"}), "--seed must be a whole number from 0 to 2147483647, got '-1'"},
        {g({"--seed", "1e12"}), "--seed must be a whole number from 0 to 2147483647, got '1e12'"},
        {g({"--candidates", "0"}), "--candidates must be a whole number from 1 to 16, got '0'"},
        {g({"--candidates", "17"}), "--candidates must be a whole number from 1 to 16, got '17'"},
        {{"eval", "--cfg", "nan"}, "--cfg must be a number from 0 to 20, got 'nan'"},
        {{"eval", "--steps", "0"}, "--steps must be a whole number from 1 to 1000, got '0'"},
        {{"eval", "--windows", "0"}, "--windows must be a whole number from 1 to 1000000, got '0'"},
        {{"eval", "--seed", "nan"}, "--seed must be a whole number from 0 to 2147483647, got 'nan'"},
        {{"train", "--out", out, "--lr", "nan"}, "--lr must be a number from 1e-09 to 1, got 'nan'"},
        {{"train", "--out", out, "--lr", "0"}, "--lr must be a number from 1e-09 to 1, got '0'"},
        {{"train", "--out", out, "--batch", "0"}, "--batch must be a whole number from 1 to 65536, got '0'"},
        {{"train", "--out", out, "--ema", "1"}, "--ema must be a number from 0 to 0.999999, got '1'"},
        {{"train", "--out", out, "--steps", "-5"},
         "--steps must be a whole number from 1 to 2147483647, got '-5'"},
        {{"train", "--out", out, "--nproc", "0"}, "--nproc must be a whole number from 1 to 256, got '0'"},
        {{"train", "--out", out, "--threads", "inf"},
         "--threads must be a whole number from 0 to 1024, got 'inf'"},
        {{"train", "--out", out, "--world-size", "2", "--rank", "2"},
         "--rank 2 must be below --world-size 2"},
        {{"train", "--out", out, "--timeout-seconds", "0"},
         "--timeout-seconds must be a whole number from 1 to 86400, got '0'"},
        {{"bench", "--repeats", "0"}, "--repeats must be a whole number from 1 to 10000, got '0'"},
        {{"bench", "--train", "--batch", "nan"}, "--batch must be a whole number from 1 to 65536, got 'nan'"},
        {{"bench", "--soak", "-5"}, "--soak must be a whole number from 1 to 10000000, got '-5'"},
        {{"bench", "--authors-sample", "nan", "--authors-train", "2.5"},
         "--authors-sample must be a number from 0.001 to 3600, got 'nan'"},
        {{"bench", "--authors-sample", "2.8"},
         "give both --authors-sample and --authors-train (the authors' code on this machine)"},
        {{"eval", "--hold-threshold", "0.7"}, "--hold-threshold must be a number from 0 to 0.5, got '0.7'"},
        {{"study", "plan", scratch().string(), "--participant", "-1"},
         "--participant must be a whole number from 0 to 1000000, got '-1'"},
    };
}

/// The commands `fgg help` lists.
std::vector<std::string> commands() {
    const Result r = runFgg({"help"});
    std::vector<std::string> names;
    std::istringstream in(r.out);
    bool listing = false;
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("Commands:", 0) == 0) {
            listing = true;
            continue;
        }
        if (!listing || line.rfind("  ", 0) != 0) continue;
        std::istringstream words(line);
        std::string name;
        words >> name;
        names.push_back(name);
    }
    return names;
}

} // namespace

TEST(CliOptions, EveryBadNumberIsRefusedBeforeAnyWorkNamingItsRange) {
    for (const BadInput& bad : badInputs()) {
        std::string cmd;
        for (const std::string& a : bad.args)
            cmd += " " + a;
        const Result r = runFgg(bad.args);
        EXPECT_EQ(r.rc, 1) << cmd << "\n" << r.err;
        EXPECT_NE(r.err.find(bad.message), std::string::npos) << cmd << "\nstderr: " << r.err;
        EXPECT_TRUE(r.out.empty()) << cmd << "\nstdout: " << r.out;
    }
    EXPECT_FALSE(fs::exists(scratch() / "x.mid")) << "nothing is written for a refused command";
}

TEST(CliOptions, RenderChecksItsNumbersToo) {
    const Result help = runFgg({"help", "render"});
    if (help.rc != 0) GTEST_SKIP() << "this fgg has no audio (no render command)";
    const std::string mid = (scratch() / "none.mid").string();
    const Result rate =
        runFgg({"render", mid, "--out", (scratch() / "o.wav").string(), "--sample-rate", "1"});
    EXPECT_EQ(rate.rc, 1);
    EXPECT_NE(rate.err.find("--sample-rate must be a whole number from 8000 to 192000, got '1'"),
              std::string::npos)
        << rate.err;
    const Result tail = runFgg({"render", mid, "--out", (scratch() / "o.wav").string(), "--tail", "inf"});
    EXPECT_EQ(tail.rc, 1);
    EXPECT_NE(tail.err.find("--tail must be a number from 0 to 60, got 'inf'"), std::string::npos)
        << tail.err;
    const Result peak = runFgg({"render", mid, "--out", (scratch() / "o.wav").string(), "--peak", "3"});
    EXPECT_EQ(peak.rc, 1);
    EXPECT_NE(peak.err.find("--peak must be a number from -60 to 0, got '3'"), std::string::npos) << peak.err;
    const Result both =
        runFgg({"render", mid, "--out", (scratch() / "o.wav").string(), "--peak", "-3", "--synth-level"});
    EXPECT_EQ(both.rc, 1);
    EXPECT_NE(both.err.find("--peak and --synth-level contradict each other"), std::string::npos) << both.err;
}

TEST(CliOptions, GoodNumbersStillPassTheCheck) {
    // In range, the check lets the command go on: here to the missing models (an empty --model folder).
    const Result r =
        runFgg({"generate", "--chords", kSheet, "--out", (scratch() / "y.mid").string(), "--model",
                (scratch() / "empty").string(), "--cfg", "0", "--steps", "1000", "--density", "1", "--tempo",
                "20", "--seed", "2147483647", "--candidates", "16"});
    EXPECT_EQ(r.rc, 1);
    EXPECT_NE(r.err.find("no melody model at"), std::string::npos) << r.err;
    EXPECT_EQ(r.err.find("must be"), std::string::npos) << r.err;
}

TEST(CliOptions, EveryCommandHasHelp) {
    const std::vector<std::string> names = commands();
    ASSERT_GE(names.size(), 5u);
    for (const std::string& name : names)
        for (const char* flag : {"--help", "-h"}) {
            const Result r = runFgg({name, flag});
            EXPECT_EQ(r.rc, 0) << "fgg " << name << " " << flag << "\n" << r.err;
            EXPECT_EQ(r.out.rfind("usage: fgg " + name, 0), 0u) << "fgg " << name << " " << flag << "\n"
                                                                << r.out;
            EXPECT_TRUE(r.err.empty()) << "fgg " << name << " " << flag << "\n" << r.err;
        }
    // Help wins wherever it stands, even after a bad value: nothing runs.
    const Result r = runFgg({"generate", "--cfg", "nan", "--help"});
    EXPECT_EQ(r.rc, 0);
    EXPECT_EQ(r.out.rfind("usage: fgg generate", 0), 0u) << r.out;
}

TEST(CliOptions, UnknownCommandsAndOptionsStillFail) {
    EXPECT_EQ(runFgg({"nosuch"}).rc, 2);
    const Result r = runFgg({"generate", "--nosuch", "1"});
    EXPECT_EQ(r.rc, 1);
    EXPECT_NE(r.err.find("unknown option --nosuch"), std::string::npos) << r.err;
}

TEST(CliOptions, ConvertStoresHalfPrecisionAndRefusesAnUnknownStorage) {
    const char* data = std::getenv("FGG_TEST_DATA");
    if (!data) GTEST_SKIP() << "FGG_TEST_DATA is set by ctest";
    const fs::path tiny = fs::path(data) / ".." / "fuzz" / "corpus" / "checkpoint" / "tiny-melody.fggm";
    const fs::path half = scratch() / "tiny-fp16.fggm";
    const Result r = runFgg({"convert", tiny.string(), "--out", half.string(), "--store", "fp16"});
    ASSERT_EQ(r.rc, 0) << r.err;
    EXPECT_LT(fs::file_size(half), fs::file_size(tiny));
    // The converted file loads again (a second conversion reads it) and goes back to fp32 at its old size.
    const fs::path back = scratch() / "tiny-fp32.fggm";
    ASSERT_EQ(runFgg({"convert", half.string(), "--out", back.string(), "--store", "fp32"}).rc, 0);
    EXPECT_EQ(fs::file_size(back), fs::file_size(tiny));
    const Result bad = runFgg({"convert", tiny.string(), "--out", back.string(), "--store", "fp8"});
    EXPECT_EQ(bad.rc, 1);
    EXPECT_NE(bad.err.find("fp32, fp16 or bf16, not 'fp8'"), std::string::npos) << bad.err;
}
