// No lost work: a save killed at any moment leaves the previous file whole and loadable, and a full disk (or
// a file-size limit) is an error that names the path and the reason, with the previous file untouched. Saves
// go through model/music/AtomicFile.h (temp file in the same folder, fsync, rename).
#include "model/midi/MidiFile.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/nn/Checkpoint.h"

#include <gtest/gtest.h>

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <random>
#include <sys/mount.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace fgg;

namespace {

class AtomicSave : public ::testing::Test {
protected:
    void SetUp() override {
        // One intra-op thread: the children fork from this process and LibTorch's pool must not be running.
        torch::set_num_threads(1);
        dir_ = fs::temp_directory_path() / ("fgg-atomic-" + std::to_string(::getpid()));
        fs::create_directories(dir_);
    }
    void TearDown() override {
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    std::string path(const std::string& name) const { return (dir_ / name).string(); }
    /// Temp files a killed save left beside `target` (the next save does not reuse them).
    int removeStaleTemps(const std::string& target) const {
        int n = 0;
        const std::string prefix = fs::path(target).filename().string() + ".tmp-";
        for (const auto& e : fs::directory_iterator(dir_))
            if (e.path().filename().string().rfind(prefix, 0) == 0) {
                fs::remove(e.path());
                ++n;
            }
        return n;
    }
    fs::path dir_;
};

/// A score of `notes` notes on four tracks: about 8 bytes of SMF per note.
Score bigScore(int notes, int seed) {
    std::mt19937 rng(static_cast<unsigned>(seed));
    Score s;
    s.tempos = {{0, 100.0 + seed}};
    for (int t = 0; t < 4; ++t) {
        Track track;
        track.name = "Track " + std::to_string(t);
        track.channel = t;
        for (int i = 0; i < notes / 4; ++i)
            track.notes.push_back(Note{36 + static_cast<int>(rng() % 60), i * 120,
                                       60 + static_cast<Tick>(rng() % 200),
                                       1 + static_cast<int>(rng() % 127)});
        s.tracks.push_back(std::move(track));
    }
    for (Track& t : s.tracks)
        t.sort();
    s.length = s.endTick();
    return s;
}

/// Forks a child that runs `save(i)` for i = 0, 1, 2, ... until it is killed; SIGKILLs it after a random
/// delay (up to ~3 saves), `rounds` times; after each kill `check()` must pass. Returns how many rounds
/// killed a save in flight (a temp file was left behind).
int killSavesAtRandomPoints(const std::function<void(long)>& save, const std::function<void()>& check,
                            int rounds, std::chrono::microseconds oneSave,
                            const std::function<int()>& staleTemps) {
    std::mt19937 rng(2410);
    int midSave = 0;
    for (int round = 0; round < rounds; ++round) {
        const pid_t child = ::fork();
        if (child == 0) {
            try {
                for (long i = round;; ++i)
                    save(i);
            } catch (...) {
                ::_exit(3);
            }
        }
        EXPECT_GT(child, 0) << "fork failed";
        if (child <= 0) return midSave;
        const auto delay = std::chrono::microseconds(rng() % static_cast<unsigned>(3 * oneSave.count() + 1));
        std::this_thread::sleep_for(delay);
        ::kill(child, SIGKILL);
        int status = 0;
        ::waitpid(child, &status, 0);
        EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
            << "the saving child failed by itself";
        check();
        if (staleTemps() > 0) ++midSave;
        if (::testing::Test::HasFailure()) return midSave;
    }
    return midSave;
}

template <class F>
std::chrono::microseconds timeOf(F&& f) {
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - t0);
}

TEST_F(AtomicSave, KilledMidiSavesLeaveTheLastCompleteFile) {
    const std::string file = path("song.mid");
    const Score versions[2] = {bigScore(60000, 1), bigScore(60000, 2)};
    const std::vector<std::uint8_t> bytes[2] = {writeMidi(versions[0]), writeMidi(versions[1])};
    const Score expected[2] = {readMidi(bytes[0]), readMidi(bytes[1])};
    ASSERT_GT(bytes[0].size(), 300000u) << "a large file: its write spans many system calls";
    const auto oneSave = timeOf([&] { writeMidiFile(versions[0], file); });

    const int midSave = killSavesAtRandomPoints([&](long i) { writeMidiFile(versions[i % 2], file); },
                                                [&] {
                                                    const std::vector<std::uint8_t> now = readFileBytes(file);
                                                    ASSERT_TRUE(now == bytes[0] || now == bytes[1])
                                                        << "a killed save left a mixed or partial file";
                                                    const Score read = readMidiFile(file);
                                                    EXPECT_TRUE(read == expected[0] || read == expected[1]);
                                                },
                                                200, oneSave, [&] { return removeStaleTemps(file); });
    // Not an assertion on timing: just evidence in the log that kills landed inside saves.
    std::printf("200 kills, %d inside a save (one save: %lld us)\n", midSave,
                static_cast<long long>(oneSave.count()));
}

TEST_F(AtomicSave, KilledCheckpointSavesLeaveTheLastCompleteFile) {
    const std::string file = path("model.fggm");
    CheckpointInfo info;
    info.task = "melody";
    torch::manual_seed(5);
    nn::UNet unets[2] = {nn::UNet(unetPreset("tiny", 4)), nn::UNet(unetPreset("tiny", 4))};
    const auto oneSave = timeOf([&] { nn::saveCheckpoint(file, unets[0], info); });
    const std::vector<std::uint8_t> bytes0 = readFileBytes(file);
    nn::saveCheckpoint(file, unets[1], info);
    const std::vector<std::uint8_t> bytes1 = readFileBytes(file);
    ASSERT_NE(bytes0, bytes1);

    const int midSave = killSavesAtRandomPoints([&](long i) { nn::saveCheckpoint(file, unets[i % 2], info); },
                                                [&] {
                                                    const std::vector<std::uint8_t> now = readFileBytes(file);
                                                    ASSERT_TRUE(now == bytes0 || now == bytes1)
                                                        << "a killed save left a mixed or partial checkpoint";
                                                    const nn::LoadedModel m = nn::loadCheckpoint(file);
                                                    EXPECT_EQ(m.info.task, "melody");
                                                },
                                                200, oneSave, [&] { return removeStaleTemps(file); });
    std::printf("200 kills, %d inside a save (one save: %lld us)\n", midSave,
                static_cast<long long>(oneSave.count()));
}

/// Runs `save` in a child with a file-size limit of `limit` bytes (SIGXFSZ ignored, so write() fails with
/// EFBIG instead of killing the process) and returns the message of the fgg::Error it threw ("" for none).
std::string errorUnderFileSizeLimit(const std::function<void()>& save, rlim_t limit) {
    int fds[2];
    if (::pipe(fds) != 0) return "pipe failed";
    const pid_t child = ::fork();
    if (child == 0) {
        ::close(fds[0]);
        std::signal(SIGXFSZ, SIG_IGN);
        const rlimit rl{limit, limit};
        ::setrlimit(RLIMIT_FSIZE, &rl);
        std::string message;
        try {
            save();
        } catch (const Error& e) {
            message = e.what();
        } catch (const std::exception& e) {
            message = std::string("NOT AN fgg::Error: ") + e.what();
        }
        (void)!::write(fds[1], message.data(), message.size());
        ::_exit(0);
    }
    ::close(fds[1]);
    std::string message;
    char buf[512];
    for (ssize_t n; (n = ::read(fds[0], buf, sizeof buf)) > 0;)
        message.append(buf, static_cast<std::size_t>(n));
    ::close(fds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    return message;
}

TEST_F(AtomicSave, FileSizeLimitIsAClearErrorAndKeepsThePreviousFile) {
    const std::string file = path("limited.mid");
    const Score small = bigScore(40, 3);
    writeMidiFile(small, file);
    const Score big = bigScore(40000, 4);
    const std::string message = errorUnderFileSizeLimit([&] { writeMidiFile(big, file); }, 64 * 1024);
    EXPECT_NE(message.find(file), std::string::npos) << message;
    EXPECT_NE(message.find("File too large"), std::string::npos) << message;
    EXPECT_NE(message.find("previous file is unchanged"), std::string::npos) << message;
    EXPECT_EQ(readMidiFile(file), readMidi(writeMidi(small)));
    EXPECT_EQ(removeStaleTemps(file), 0) << "a failed save removes its temp file";

    const std::string model = path("limited.fggm");
    writeRandomCheckpoint(model, "tiny", "melody", 1);
    const std::vector<std::uint8_t> before = readFileBytes(model);
    nn::UNet unet(unetPreset("tiny", 4));
    const std::string m2 = errorUnderFileSizeLimit([&] { nn::saveCheckpoint(model, unet, CheckpointInfo{}); },
                                                   before.size() / 2);
    EXPECT_NE(m2.find(model), std::string::npos) << m2;
    EXPECT_NE(m2.find("File too large"), std::string::npos) << m2;
    EXPECT_EQ(readFileBytes(model), before);
    EXPECT_NO_THROW(nn::loadCheckpoint(model));
}

TEST_F(AtomicSave, FullDiskIsAClearErrorAndKeepsThePreviousFile) {
    const fs::path mnt = dir_ / "tiny-disk";
    fs::create_directories(mnt);
    if (::mount("fgg-test", mnt.c_str(), "tmpfs", MS_NOSUID | MS_NODEV, "size=256k") != 0)
        GTEST_SKIP()
            << "cannot mount a 256 kB tmpfs (" << std::strerror(errno)
            << "; needs root and CAP_SYS_ADMIN): FileSizeLimitIsAClearErrorAndKeepsThePreviousFile covers "
               "the same path with RLIMIT_FSIZE";
    const std::string file = (mnt / "song.mid").string();
    std::string message;
    const Score small = bigScore(40, 5);
    try {
        writeMidiFile(small, file);
        writeMidiFile(bigScore(80000, 6), file); // ~600 kB: does not fit
    } catch (const Error& e) {
        message = e.what();
    }
    EXPECT_NE(message.find(file), std::string::npos) << message;
    EXPECT_NE(message.find("No space left"), std::string::npos) << message;
    EXPECT_EQ(readMidiFile(file), readMidi(writeMidi(small)));
    int temps = 0;
    for (const auto& e : fs::directory_iterator(mnt))
        temps += e.path().filename() != "song.mid";
    EXPECT_EQ(temps, 0) << "a failed save removes its temp file, so the disk is not left full";
    ::umount2(mnt.c_str(), MNT_DETACH);
}

TEST_F(AtomicSave, OrphanedTempFilesOfDeadWritersAreRemovedByTheNextSave) {
    const std::string file = path("song.mid");
    // A pid that cannot be running (beyond pid_max) stands for a writer that was killed mid-save.
    const std::string orphan = file + ".tmp-999999999-1";
    const std::string live = file + ".tmp-" + std::to_string(::getpid()) + "-1";
    for (const std::string& t : {orphan, live}) {
        std::FILE* f = std::fopen(t.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fclose(f);
    }
    writeMidiFile(bigScore(10, 7), file);
    EXPECT_FALSE(fs::exists(orphan)) << "a dead writer's temp file is cleaned up";
    EXPECT_TRUE(fs::exists(live)) << "a running writer's temp file is left alone";
}

TEST_F(AtomicSave, ReadingAFolderOrAMissingFileNamesThePathAndTheReason) {
    try {
        readFileBytes(dir_.string());
        ADD_FAILURE() << "reading a folder must fail";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("it is a folder"), std::string::npos) << e.what();
    }
    try {
        readFileBytes(path("missing.mid"));
        ADD_FAILURE() << "reading a missing file must fail";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("missing.mid: No such file"), std::string::npos) << e.what();
    }
}

} // namespace
