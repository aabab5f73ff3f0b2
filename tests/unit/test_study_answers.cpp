// Answer logs: every answer is on disk when append() returns, so killing the app mid-study (SIGKILL, no
// clean-up) loses nothing already answered; a torn last line is dropped and the log resumes; damage elsewhere
// is reported with the file and line.
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/study/Answers.h"

#include <gtest/gtest.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <sys/wait.h>
#include <unistd.h>

using namespace fgg::study;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("fgg-study-answers-" + std::to_string(::getpid()));
    TempDir() {
        fs::remove_all(path);
        fs::create_directories(path);
    }
    ~TempDir() { fs::remove_all(path); }
};

Answer rating(int trial, const std::string& condition, int value) {
    Answer a;
    a.trial = trial;
    a.promptId = "p" + std::to_string(trial);
    a.questionId = "harmony";
    a.conditionId = condition;
    a.value = value;
    return a;
}

} // namespace

TEST(AnswerLog, WritesHeaderAnswersAndResumes) {
    TempDir dir;
    {
        AnswerLog log(dir.path.string(), "P01", 3);
        log.append(rating(0, "fgg", 4));
        log.append(rating(0, "none", 2));
        Answer pref;
        pref.trial = 0;
        pref.promptId = "p0";
        pref.questionId = "preference";
        pref.preference = true;
        pref.conditionId = "fgg";
        log.append(pref);
        log.markTrialDone(0);
        log.append(rating(1, "fgg", 5));
        log.append(rating(1, "fgg", 3)); // changed their mind: the last answer counts
    }
    const ParticipantLog read = loadParticipantLog(answerFilePath(dir.path.string(), "P01"));
    EXPECT_EQ(read.participantId, "P01");
    EXPECT_EQ(read.number, 3);
    EXPECT_EQ(read.answers.size(), 4u);
    EXPECT_EQ(read.rating(1, "harmony", "fgg"), 3);
    EXPECT_EQ(read.rating(0, "harmony", "none"), 2);
    EXPECT_EQ(read.choice(0, "preference"), std::optional<std::string>("fgg"));
    EXPECT_EQ(read.nextTrial(), 1);
    EXPECT_FALSE(read.tornLine);

    // Reopening resumes: the number in the file wins, new answers append.
    AnswerLog again(dir.path.string(), "P01", 99);
    EXPECT_EQ(again.log().number, 3);
    EXPECT_EQ(again.log().nextTrial(), 1);
    again.markTrialDone(1);
    EXPECT_EQ(loadParticipantLog(again.path()).nextTrial(), 2);
    EXPECT_EQ(participantIds(dir.path.string()), (std::vector<std::string>{"P01"}));
    EXPECT_EQ(nextParticipantNumber(dir.path.string()), 4);
}

TEST(AnswerLog, AnswersSurviveAKillMidStudy) {
    TempDir dir;
    int pipeFd[2];
    ASSERT_EQ(::pipe(pipeFd), 0);
    const pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // The "app": answers trial after trial, telling the parent how many answers it has given, forever.
        ::close(pipeFd[0]);
        try {
            AnswerLog log(dir.path.string(), "P07", 0);
            for (int i = 0;; ++i) {
                log.append(rating(i / 3, "c" + std::to_string(i % 3), 1 + i % 5));
                if (i % 3 == 2) log.markTrialDone(i / 3);
                const int given = i + 1;
                if (::write(pipeFd[1], &given, sizeof given) != sizeof given) ::_exit(2);
            }
        } catch (...) {
            ::_exit(3);
        }
    }
    ::close(pipeFd[1]);
    // Let it answer at least 20 questions, then kill it without warning.
    int given = 0;
    while (given < 20)
        if (::read(pipeFd[0], &given, sizeof given) != sizeof given) break;
    ASSERT_GE(given, 20);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status));
    // Every answer reported as given before the kill is on disk (the child may have given a few more).
    int last = given;
    while (::read(pipeFd[0], &last, sizeof last) == sizeof last) {
    }
    ::close(pipeFd[0]);

    const ParticipantLog read = loadParticipantLog(answerFilePath(dir.path.string(), "P07"));
    EXPECT_GE(static_cast<int>(read.answers.size()), last);
    EXPECT_LE(static_cast<int>(read.answers.size()), last + 1);
    for (int i = 0; i < last; ++i)
        EXPECT_EQ(read.rating(i / 3, "harmony", "c" + std::to_string(i % 3)), 1 + i % 5) << "answer " << i;
    EXPECT_GE(read.nextTrial(), last / 3 - 1);

    // The study goes on where it stopped.
    AnswerLog resumed(dir.path.string(), "P07", 0);
    const int next = resumed.log().nextTrial();
    resumed.append(rating(next, "c0", 5));
    EXPECT_EQ(loadParticipantLog(resumed.path()).rating(next, "harmony", "c0"), 5);
}

TEST(AnswerLog, TornLastLineIsDroppedAndRepaired) {
    TempDir dir;
    const std::string path = answerFilePath(dir.path.string(), "P02");
    {
        AnswerLog log(dir.path.string(), "P02", 1);
        log.append(rating(0, "a", 4));
    }
    { std::ofstream(path, std::ios::app) << R"({"type": "answer", "trial": 0, "prom)"; }
    const ParticipantLog read = loadParticipantLog(path);
    EXPECT_TRUE(read.tornLine);
    EXPECT_EQ(read.answers.size(), 1u);

    AnswerLog resumed(dir.path.string(), "P02", 1);
    resumed.append(rating(0, "b", 2));
    const ParticipantLog after = loadParticipantLog(path);
    EXPECT_FALSE(after.tornLine);
    EXPECT_EQ(after.rating(0, "harmony", "a"), 4);
    EXPECT_EQ(after.rating(0, "harmony", "b"), 2);
}

TEST(AnswerLog, DamageBeforeTheEndIsReported) {
    TempDir dir;
    const std::string path = (dir.path / "bad.jsonl").string();
    fgg::writeFileAtomically(
        path, std::string("{\"type\": \"participant\", \"participant\": \"P1\", \"number\": 0}\n"
                          "{\"type\": \"answer\", \"trial\": }\n"
                          "{\"type\": \"trialDone\", \"trial\": 0}\n"));
    try {
        loadParticipantLog(path);
        FAIL() << "no error";
    } catch (const fgg::FileFormatError& e) {
        const std::string what = e.what();
        EXPECT_NE(what.find("bad.jsonl:2"), std::string::npos) << what;
        EXPECT_NE(what.find("line 2"), std::string::npos) << what;
    }
    fgg::writeFileAtomically(path, std::string("{\"type\": \"answer\", \"trial\": 0}\n"));
    EXPECT_THROW(loadParticipantLog(path), fgg::FileFormatError);
}

TEST(AnswerLog, RefusesBadParticipantIds) {
    TempDir dir;
    EXPECT_THROW(AnswerLog(dir.path.string(), "../evil", 0), fgg::Error);
    EXPECT_THROW(AnswerLog(dir.path.string(), "", 0), fgg::Error);
    EXPECT_TRUE(isValidParticipantId("P-01_b"));
}
