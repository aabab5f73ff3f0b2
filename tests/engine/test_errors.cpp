// Clear errors, app alive: the generator's failures say what and where, and a cancelled generation throws
// Cancelled at whatever step it is cancelled, leaving the prompt and the generator as they were.
// (Missing / corrupt / mis-shaped checkpoints: test_checkpoint.cpp; a missing model: test_generator.cpp.)
#include "model/diffusion/Generator.h"
#include "model/music/LeadSheet.h"
#include "model/nn/CheckpointInfo.h"

#include "tests/engine/TinyModels.h"
#include <cmath>
#include <condition_variable>
#include <filesystem>
#include <functional>

#include <gtest/gtest.h>
#include <mutex>
#include <thread>

using namespace fgg;

namespace {

class GeneratorErrors : public test::TinyModels<11, 12> {
protected:
    static Score prompt() { return test::promptFor("| C G | Am7 | F | G7 |"); }
    static GenerationParams params() {
        GenerationParams p;
        p.steps = 4;
        p.seed = 7;
        p.candidates = 2;
        p.density = 0.5;
        return p;
    }
    static std::string errorOf(const std::function<void()>& f) {
        try {
            f();
        } catch (const Cancelled&) {
            return "Cancelled";
        } catch (const Error& e) {
            return e.what();
        }
        return "";
    }
};

TEST_F(GeneratorErrors, CudaOnACpuOnlyBuildNamesCudaAndTheCpu) {
    Generator g(files());
    if (g.device(DevicePreference::Auto).cuda) GTEST_SKIP() << "this build and machine have CUDA";
    const std::string direct = errorOf([&] { g.device(DevicePreference::Cuda); });
    EXPECT_NE(direct.find("CUDA"), std::string::npos) << direct;
    EXPECT_NE(direct.find("CPU"), std::string::npos) << direct;
    GenerationParams p = params();
    p.device = DevicePreference::Cuda;
    const std::string viaGenerate = errorOf([&] { g.generate(prompt(), p); });
    EXPECT_EQ(viaGenerate, direct);
    // The generator is still usable on the CPU afterwards.
    p.device = DevicePreference::Cpu;
    EXPECT_EQ(g.generate(prompt(), p).size(), 2u);
    EXPECT_FALSE(g.device(DevicePreference::Cpu).cuda);
}

TEST_F(GeneratorErrors, SwappedModelFilesNameThePathAndTheTask) {
    Generator g(ModelFiles{accompanimentPath(), melodyPath()});
    const std::string e = errorOf([&] { g.generate(prompt(), params()); });
    EXPECT_NE(e.find(accompanimentPath()), std::string::npos) << e;
    EXPECT_NE(e.find("is a accompaniment model, but a melody model is needed"), std::string::npos) << e;
}

TEST_F(GeneratorErrors, CancelAtEveryStepThrowsCancelledAndChangesNothing) {
    const Score p = prompt();
    const Score before = p;
    Generator g(files());
    int total = 0;
    const std::vector<Score> reference = g.generate(p, params(), [&](const GenerationProgress&) { ++total; });
    ASSERT_EQ(total, 2 * params().steps) << "melody then accompaniment, one window";

    // Raised before the first step (k = 0) and in the progress report of every step but the last: each time
    // the next step sees it and throws; no step runs after it.
    for (int k = 0; k < total; ++k) {
        std::atomic<bool> cancel{k == 0};
        int calls = 0;
        const std::string e = errorOf([&] {
            g.generate(
                p, params(),
                [&](const GenerationProgress&) {
                    ++calls;
                    if (calls == k) cancel = true;
                },
                &cancel);
        });
        EXPECT_EQ(e, "Cancelled") << "cancelled after step " << k;
        EXPECT_EQ(calls, k) << "a step ran after the cancel flag was raised";
        EXPECT_EQ(p, before);
    }
    // Raised in the last step's report: the work is done, so the results come back, the same as uncancelled.
    std::atomic<bool> late{false};
    std::vector<Score> lastStep;
    int calls = 0;
    const std::string e = errorOf([&] {
        lastStep = g.generate(
            p, params(),
            [&](const GenerationProgress&) {
                if (++calls == total) late = true;
            },
            &late);
    });
    EXPECT_TRUE(e.empty() || e == "Cancelled") << e;
    if (e.empty()) {
        EXPECT_EQ(lastStep, reference);
    }
    // Nothing of the cancelled runs stayed behind in the generator: the same seed gives the same music.
    EXPECT_EQ(g.generate(p, params()), reference);
}

TEST_F(GeneratorErrors, CancelFromAnotherThreadStopsTheGeneration) {
    // The app's shape: generation on a worker thread, the flag raised by the UI thread. The first progress
    // report waits until the other thread has raised the flag, so the test does not depend on timing.
    Generator g(files());
    std::atomic<bool> cancel{false};
    std::mutex m;
    std::condition_variable cv;
    bool started = false;
    int steps = 0;
    std::thread ui([&] {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return started; });
        cancel = true;
        lock.unlock();
        cv.notify_all();
    });
    const std::string e = errorOf([&] {
        g.generate(
            prompt(), params(),
            [&](const GenerationProgress&) {
                ++steps;
                std::unique_lock lock(m);
                started = true;
                cv.notify_all();
                cv.wait(lock, [&] { return cancel.load(); });
            },
            &cancel);
    });
    {
        std::lock_guard lock(m);
        started = true; // releases the UI thread should generation have failed before its first step
    }
    cv.notify_all();
    ui.join();
    EXPECT_EQ(e, "Cancelled");
    EXPECT_EQ(steps, 1);
    EXPECT_EQ(g.generate(prompt(), params()).size(), 2u) << "the generator works after a cancel";
}

} // namespace

TEST(GenerationParamsCheck, SettingsOutsideTheirRangeAreRefusedBeforeAModelLoads) {
    // No model files at all: a bad setting must be named before the generator looks for them.
    Generator g(ModelFiles{"/nonexistent/melody.fggm", "/nonexistent/accompaniment.fggm"});
    Score prompt;
    prompt.chords = LeadSheet::parse("| C | G |").toChordSpans(prompt.ticksPerBar());
    auto message = [&](const std::function<void(GenerationParams&)>& set) {
        GenerationParams p;
        set(p);
        try {
            g.generate(prompt, p);
        } catch (const Error& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    EXPECT_EQ(message([](GenerationParams& p) { p.cfgScale = std::nan(""); }),
              "the CFG scale must be a number from 0 to 20, got nan");
    EXPECT_EQ(message([](GenerationParams& p) { p.cfgScale = INFINITY; }),
              "the CFG scale must be a number from 0 to 20, got inf");
    EXPECT_EQ(message([](GenerationParams& p) { p.steps = 0; }),
              "the number of diffusion steps must be a whole number from 1 to 1000, got 0");
    EXPECT_EQ(message([](GenerationParams& p) { p.density = 7.0; }),
              "the rhythm density must be a number from 0 to 1, got 7");
    EXPECT_EQ(message([](GenerationParams& p) { p.candidates = 0; }),
              "the number of candidates must be a whole number from 1 to 16, got 0");
    EXPECT_EQ(message([](GenerationParams& p) { p.cfgRescale = -0.5; }),
              "the CFG rescale factor must be a number from 0 to 1, got -0.5");
    EXPECT_EQ(message([](GenerationParams& p) { p.holdThreshold = 0.8; }),
              "the note hold threshold must be a number from 0 to 0.5, got 0.8");
    // In range, it goes on to the missing model.
    EXPECT_NE(message([](GenerationParams&) {}).find("no melody model"), std::string::npos);
}
