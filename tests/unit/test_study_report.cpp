// The report on a fixture of answers (tests/data/study: 3 conditions, 2 participants x 3 trials, one Likert
// question and a preference) gives the numbers worked out by hand:
//   harmony  fgg   5 4 5 4 3 5  mean 4.3333  sd 0.8165  CI 4.3333 -/+ 2.570582 * 0.8165 / sqrt 6
//            none  3 2 3 2 3 1  mean 2.3333  sd 0.8165      (P01 trial 0 was answered 1, then 3: 3 counts)
//            human 4 4 3 5 4 4  mean 4.0     sd 0.6325
//   fgg - none  = 2 2 2 2 0 4: zero dropped, n 5, ranks 2.5 x 4 and 5, V = 15; tie-corrected variance
//                 13.75 - 60/48 = 12.5; z = (15 - 7.5 - 0.5) / sqrt 12.5 = 1.9799, p = 0.047715
//   fgg - human = 1 0 2 -1 -1 1: n 5, V = 10, z = 0.5657, p = 0.571608
//   none - human: V = 0, z = -1.9052, p = 0.056759
//   Holm: 3 * 0.047715 = 0.143145; 2 * 0.056759 = 0.113519 -> 0.143145 (monotone); 0.571608
//   preference: fgg 4, none 0, human 2 of 6 at chance 1/3: binomial p 0.100137, 0.187929, 1
#include "model/study/Answers.h"
#include "model/study/StudyReport.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <string>

using namespace fgg::study;

namespace {

std::string fixtureDir() {
    // ctest sets FGG_TEST_DATA; run by hand, the fixture sits beside this file.
    const char* env = std::getenv("FGG_TEST_DATA");
    const std::filesystem::path data =
        env ? std::filesystem::path(env)
            : std::filesystem::path(__FILE__).parent_path().parent_path() / "data";
    return (data / "study").string();
}

} // namespace

class StudyReportFixture : public ::testing::Test {
protected:
    void SetUp() override {
        study = loadStudy(fixtureDir());
        logs = loadAllParticipants(fixtureDir());
        report = makeReport(study, logs);
    }
    Study study;
    std::vector<ParticipantLog> logs;
    StudyReport report;
};

TEST_F(StudyReportFixture, Descriptives) {
    ASSERT_EQ(logs.size(), 2u);
    EXPECT_EQ(report.participants, (std::vector<std::string>{"P01", "P02"}));
    EXPECT_EQ(report.trialsCompleted, 6);
    ASSERT_EQ(report.likert.size(), 1u);
    const LikertSummary& h = report.likert[0];
    ASSERT_EQ(h.conditions.size(), 3u);
    const double half = 2.570581835636314 * std::sqrt(2.0 / 3.0) / std::sqrt(6.0);
    EXPECT_EQ(h.conditions[0].stats.n, 6u);
    EXPECT_NEAR(h.conditions[0].stats.mean, 13.0 / 3.0, 1e-12);
    EXPECT_NEAR(h.conditions[0].stats.sd, std::sqrt(2.0 / 3.0), 1e-12);
    EXPECT_NEAR(h.conditions[0].stats.ciLow, 13.0 / 3.0 - half, 1e-6);
    EXPECT_NEAR(h.conditions[0].stats.ciHigh, 5.190194, 1e-6);
    EXPECT_NEAR(h.conditions[1].stats.mean, 7.0 / 3.0, 1e-12);
    EXPECT_NEAR(h.conditions[2].stats.mean, 4.0, 1e-12);
    EXPECT_NEAR(h.conditions[2].stats.sd, std::sqrt(0.4), 1e-12);
    EXPECT_NEAR(h.conditions[2].stats.ciLow, 3.336279, 1e-6);
}

TEST_F(StudyReportFixture, PairwiseWilcoxonWithHolm) {
    const LikertSummary& h = report.likert[0];
    ASSERT_EQ(h.pairs.size(), 3u);
    const PairwiseTest& fn = h.pairs[0];
    EXPECT_EQ(fn.conditionA, "fgg");
    EXPECT_EQ(fn.conditionB, "none");
    EXPECT_EQ(fn.test.n, 5u);
    EXPECT_EQ(fn.test.zeros, 1u);
    EXPECT_DOUBLE_EQ(fn.test.wPlus, 15.0);
    EXPECT_NEAR(fn.test.z, 7.0 / std::sqrt(12.5), 1e-9);
    EXPECT_NEAR(fn.test.p, 0.0477149, 1e-6);
    EXPECT_NEAR(fn.meanDifference, 2.0, 1e-12);
    EXPECT_DOUBLE_EQ(h.pairs[1].test.wPlus, 10.0);
    EXPECT_NEAR(h.pairs[1].test.p, 0.5716076, 1e-6);
    EXPECT_DOUBLE_EQ(h.pairs[2].test.wPlus, 0.0);
    EXPECT_NEAR(h.pairs[2].test.p, 0.0567594, 1e-6);
    EXPECT_NEAR(h.pairs[0].pHolm, 0.1431446, 1e-6);
    EXPECT_NEAR(h.pairs[1].pHolm, 0.5716076, 1e-6);
    EXPECT_NEAR(h.pairs[2].pHolm, 0.1431446, 1e-6);
}

TEST_F(StudyReportFixture, PreferenceCounts) {
    ASSERT_EQ(report.preferences.size(), 1u);
    const PreferenceSummary& p = report.preferences[0];
    EXPECT_EQ(p.total, 6);
    EXPECT_NEAR(p.chance, 1.0 / 3.0, 1e-12);
    ASSERT_EQ(p.conditions.size(), 3u);
    EXPECT_EQ(p.conditions[0].count, 4);
    EXPECT_EQ(p.conditions[1].count, 0);
    EXPECT_EQ(p.conditions[2].count, 2);
    EXPECT_NEAR(p.conditions[0].p, 0.1001372, 1e-6);
    EXPECT_NEAR(p.conditions[1].p, 0.1879287, 1e-6);
    EXPECT_NEAR(p.conditions[2].p, 1.0, 1e-12);
    EXPECT_NEAR(p.conditions[0].pHolm, 0.3004115, 1e-6);
}

TEST_F(StudyReportFixture, TextAndCsv) {
    const std::string text = reportText(report);
    EXPECT_NE(text.find("Participants: 2 (P01, P02)"), std::string::npos) << text;
    EXPECT_NE(text.find("FGG vs No guidance"), std::string::npos) << text;
    EXPECT_NE(text.find("4.33"), std::string::npos) << text;
    EXPECT_NE(text.find("[3.48, 5.19]"), std::string::npos) << text;
    EXPECT_NE(text.find("p = 0.0477"), std::string::npos) << text;

    const std::string csv = reportCsv(report);
    EXPECT_EQ(
        csv.rfind("section,question,condition,condition_b,n,mean,sd,ci_low,ci_high,statistic,p,p_holm", 0),
        0u);
    EXPECT_NE(csv.find("descriptive,harmony,fgg,,6,4.33333,0.816497,3.47647,5.19019"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("wilcoxon,harmony,fgg,none,5,2,,,,15,0.0477149,0.143145,normal"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("preference,preference,fgg,,6,,,,,,0.100137,0.300412,binomial,4,0.666667"),
              std::string::npos)
        << csv;

    const std::string raw = rawAnswersCsv(study, logs);
    // Header + 2 participants x 3 trials x (3 ratings + 1 choice).
    EXPECT_EQ(std::count(raw.begin(), raw.end(), '\n'), 1 + 24);
    EXPECT_NE(raw.find("P01,0,0,p2,0,harmony,likert,none,No guidance,1,3,"), std::string::npos) << raw;
    EXPECT_NE(raw.find("P02,1,2,p1,0,preference,preference,fgg,FGG,0,,"), std::string::npos) << raw;
}

TEST(StudyReportCsv, QuotesFieldsThatNeedIt) {
    EXPECT_EQ(csvField("plain"), "plain");
    EXPECT_EQ(csvField("a,b"), "\"a,b\"");
    EXPECT_EQ(csvField("say \"hi\""), "\"say \"\"hi\"\"\"");
}

TEST(StudyReportEmpty, NoAnswersYet) {
    Study s = defaultStudy();
    const StudyReport r = makeReport(s, {});
    EXPECT_EQ(r.likert.size(), 3u);
    EXPECT_EQ(r.likert[0].conditions[0].stats.n, 0u);
    EXPECT_DOUBLE_EQ(r.likert[0].pairs[0].test.p, 1.0);
    EXPECT_EQ(r.preferences[0].total, 0);
    EXPECT_FALSE(reportText(r).empty());
}
