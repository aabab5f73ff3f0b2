// Statistics for listening tests against textbook values and results worked out by hand (and matching R:
// qt, t.test, wilcox.test(paired = TRUE), p.adjust("holm"), binom.test).
#include "model/music/Error.h"
#include "model/study/Statistics.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <vector>

using namespace fgg::study;

TEST(StudyStats, StudentTQuantilesMatchTheTables) {
    EXPECT_NEAR(studentTQuantile(0.975, 9), 2.262157, 1e-6);
    EXPECT_NEAR(studentTQuantile(0.975, 1), 12.706205, 1e-5);
    EXPECT_NEAR(studentTQuantile(0.975, 5), 2.570582, 1e-6);
    EXPECT_NEAR(studentTQuantile(0.975, 29), 2.045230, 1e-6);
    EXPECT_NEAR(studentTQuantile(0.995, 5), 4.032143, 1e-6);
    EXPECT_NEAR(studentTQuantile(0.95, 10), 1.812461, 1e-6);
    EXPECT_NEAR(studentTQuantile(0.025, 9), -2.262157, 1e-6); // symmetric
    EXPECT_DOUBLE_EQ(studentTQuantile(0.5, 3), 0.0);
    EXPECT_NEAR(studentTQuantile(0.975, 1e6), 1.959966, 1e-5); // tends to the normal quantile
    EXPECT_THROW(studentTQuantile(1.0, 5), fgg::Error);
    EXPECT_THROW(studentTQuantile(0.9, 0), fgg::Error);
}

TEST(StudyStats, StudentTCdfOfOneDegreeIsTheCauchy) {
    for (double t : {-3.0, -0.5, 0.0, 1.0, 4.0})
        EXPECT_NEAR(studentTCdf(t, 1), 0.5 + std::atan(t) / std::numbers::pi, 1e-12);
    EXPECT_NEAR(normalCdf(1.959964), 0.975, 1e-7);
}

TEST(StudyStats, DescriptivesAndConfidenceInterval) {
    // mean 5, sd sqrt(32/7); half-width t_{0.975,7} * sd / sqrt(8) = 2.364624 * 2.138090 / 2.828427.
    const Descriptives d = describe({2, 4, 4, 4, 5, 5, 7, 9});
    EXPECT_EQ(d.n, 8u);
    EXPECT_DOUBLE_EQ(d.mean, 5.0);
    EXPECT_NEAR(d.sd, std::sqrt(32.0 / 7.0), 1e-12);
    EXPECT_NEAR(d.ciLow, 5.0 - 1.787494, 1e-5);
    EXPECT_NEAR(d.ciHigh, 5.0 + 1.787494, 1e-5);

    const Descriptives one = describe({3});
    EXPECT_EQ(one.n, 1u);
    EXPECT_DOUBLE_EQ(one.sd, 0.0);
    EXPECT_DOUBLE_EQ(one.ciLow, 3.0);
    EXPECT_EQ(describe({}).n, 0u);
}

TEST(StudyStats, WilcoxonTextbookExampleWithTiesAndAZero) {
    // The Wikipedia example: 10 pairs, one zero difference (dropped), one tie (|5| twice -> ranks 1.5).
    // W+ = 1.5 + 1.5 + 7 + 8 + 9 = 27, W- = 18; n = 9, mu = 22.5, var = 71.25 - 6/48 = 71.125,
    // z = (27 - 22.5 - 0.5) / sqrt(71.125) = 0.47430, p = 0.6353 (R: V = 27, p-value = 0.6353).
    const std::vector<double> x{125, 115, 130, 140, 140, 115, 140, 125, 140, 135};
    const std::vector<double> y{110, 122, 125, 120, 140, 124, 123, 137, 135, 145};
    const WilcoxonResult r = wilcoxonSignedRank(x, y);
    EXPECT_EQ(r.n, 9u);
    EXPECT_EQ(r.zeros, 1u);
    EXPECT_TRUE(r.ties);
    EXPECT_DOUBLE_EQ(r.wPlus, 27.0);
    EXPECT_DOUBLE_EQ(r.wMinus, 18.0);
    EXPECT_EQ(r.method, WilcoxonMethod::Normal);
    EXPECT_NEAR(r.z, 0.4742953, 1e-6);
    EXPECT_NEAR(r.p, 0.6352893, 1e-6);
}

TEST(StudyStats, WilcoxonExactForSmallSamplesWithoutTies) {
    // Differences 1 2 3 -4 5 6: W+ = 17, W- = 4. Subsets of {1..6} with sum <= 4: {}, 1, 2, 3, 4, 12, 13 = 7
    // of 64, so p = 2 * 7/64 = 0.21875.
    const WilcoxonResult r = wilcoxonSignedRank({1, 2, 3, -4, 5, 6}, {0, 0, 0, 0, 0, 0});
    EXPECT_EQ(r.method, WilcoxonMethod::Exact);
    EXPECT_DOUBLE_EQ(r.wPlus, 17.0);
    EXPECT_DOUBLE_EQ(r.wMinus, 4.0);
    EXPECT_NEAR(r.p, 14.0 / 64.0, 1e-12);
    // The mirror image gives the same p from the other tail.
    EXPECT_NEAR(wilcoxonSignedRank({0, 0, 0, 0, 0, 0}, {1, 2, 3, -4, 5, 6}).p, 14.0 / 64.0, 1e-12);
    // Five positive differences: only one subset of 32 is as extreme on each side: p = 2/32.
    EXPECT_NEAR(wilcoxonSignedRank({3, 4, 5, 6, 7}, {1, 1, 1, 1, 1}).p, 0.0625, 1e-12);
    EXPECT_NEAR(signedRankCdf(4, 6), 7.0 / 64.0, 1e-12);
    EXPECT_DOUBLE_EQ(signedRankCdf(21, 6), 1.0);
}

TEST(StudyStats, WilcoxonEdgeCases) {
    const WilcoxonResult same = wilcoxonSignedRank({3, 4, 5}, {3, 4, 5});
    EXPECT_EQ(same.n, 0u);
    EXPECT_EQ(same.zeros, 3u);
    EXPECT_DOUBLE_EQ(same.p, 1.0);
    EXPECT_DOUBLE_EQ(wilcoxonSignedRank({}, {}).p, 1.0);
    EXPECT_THROW(wilcoxonSignedRank({1, 2}, {1}), fgg::Error);
}

TEST(StudyStats, HolmStepDown) {
    // R: p.adjust(c(0.01, 0.04, 0.03), "holm") = 0.03 0.06 0.06.
    const auto a = holmAdjust({0.01, 0.04, 0.03});
    ASSERT_EQ(a.size(), 3u);
    EXPECT_NEAR(a[0], 0.03, 1e-12);
    EXPECT_NEAR(a[1], 0.06, 1e-12);
    EXPECT_NEAR(a[2], 0.06, 1e-12);
    // R: p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "holm") = 0.05 0.08 0.09 0.09 0.09.
    const auto b = holmAdjust({0.01, 0.02, 0.03, 0.04, 0.05});
    const std::vector<double> expected{0.05, 0.08, 0.09, 0.09, 0.09};
    for (std::size_t i = 0; i < 5; ++i)
        EXPECT_NEAR(b[i], expected[i], 1e-12);
    EXPECT_DOUBLE_EQ(holmAdjust({0.6, 0.7})[1], 1.0); // capped at 1
    EXPECT_TRUE(holmAdjust({}).empty());
}

TEST(StudyStats, ExactBinomialTest) {
    // 9 of 10 at 1/2: outcomes 0, 1, 9, 10 -> (1 + 10 + 10 + 1) / 1024.
    EXPECT_NEAR(binomialTestTwoSided(9, 10, 0.5), 22.0 / 1024.0, 1e-12);
    // 7 of 20 at 1/2: 2 * P(X <= 7) = 0.2631760 (R: binom.test(7, 20)).
    EXPECT_NEAR(binomialTestTwoSided(7, 20, 0.5), 0.26317596435546875, 1e-12);
    // 1 of 6 at 1/3 (asymmetric): every outcome but X = 2 is no more likely than X = 1: 1 - P(2) = 163/243.
    EXPECT_NEAR(binomialTestTwoSided(1, 6, 1.0 / 3.0), 163.0 / 243.0, 1e-12);
    EXPECT_NEAR(binomialPmf(2, 6, 1.0 / 3.0), 80.0 / 243.0, 1e-12);
    EXPECT_DOUBLE_EQ(binomialTestTwoSided(5, 10, 0.5), 1.0);
    EXPECT_DOUBLE_EQ(binomialTestTwoSided(0, 0, 0.5), 1.0);
    EXPECT_THROW(binomialTestTwoSided(3, 2, 0.5), fgg::Error);
}

TEST(StudyStats, FormatP) {
    EXPECT_EQ(formatP(0.0004), "p < 0.001");
    EXPECT_EQ(formatP(0.0123), "p = 0.0123");
}
