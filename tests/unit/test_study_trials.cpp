// Trial plans: every participant hears every prompt and sample once, with every condition on each trial; the
// positions (A, B, C) are balanced; the same seed and participant always give the same plan.
#include "model/music/Error.h"
#include "model/music/Random.h"
#include "model/study/TrialPlan.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

using namespace fgg::study;
using fgg::SplitMix64;

namespace {

Study studyWith(int conditions, int prompts, int samples, std::uint64_t seed) {
    Study s;
    s.seed = seed;
    s.samplesPerPrompt = samples;
    for (int c = 0; c < conditions; ++c) {
        Condition cond;
        cond.id = "c" + std::to_string(c);
        cond.label = cond.id;
        s.conditions.push_back(cond);
    }
    for (int p = 0; p < prompts; ++p)
        s.prompts.push_back({"p" + std::to_string(p), "", "| C | F | G | C |", "", 100, 0});
    s.questions = defaultQuestions();
    return s;
}

// counts[condition][position] over the given plans
std::map<std::string, std::map<int, int>> positionCounts(const std::vector<TrialPlan>& plans) {
    std::map<std::string, std::map<int, int>> counts;
    for (const TrialPlan& plan : plans)
        for (const Trial& t : plan.trials)
            for (std::size_t p = 0; p < t.conditionOrder.size(); ++p)
                ++counts[t.conditionOrder[p]][static_cast<int>(p)];
    return counts;
}

} // namespace

TEST(TrialPlan, WilliamsSquareIsLatin) {
    for (int k = 1; k <= 8; ++k) {
        const auto rows = williamsSquare(k);
        ASSERT_EQ(static_cast<int>(rows.size()), k);
        for (int i = 0; i < k; ++i) {
            std::set<int> row(rows[i].begin(), rows[i].end()), column;
            for (int r = 0; r < k; ++r)
                column.insert(rows[r][i]);
            EXPECT_EQ(static_cast<int>(row.size()), k);
            EXPECT_EQ(static_cast<int>(column.size()), k);
        }
    }
    EXPECT_EQ(williamsSquare(4)[0], (std::vector<int>{0, 1, 3, 2}));
    // Even k: each ordered pair of neighbours occurs exactly once (first-order carry-over balance).
    const auto rows = williamsSquare(4);
    std::set<std::pair<int, int>> neighbours;
    for (const auto& row : rows)
        for (int i = 0; i + 1 < 4; ++i)
            neighbours.insert({row[i], row[i + 1]});
    EXPECT_EQ(neighbours.size(), 12u);
}

TEST(TrialPlan, EveryPromptAndSampleOnceWithEveryCondition) {
    const Study s = studyWith(3, 5, 2, 42);
    const TrialPlan plan = makeTrialPlan(s, 0);
    ASSERT_EQ(plan.trials.size(), 10u);
    std::set<std::pair<std::string, int>> cells;
    for (std::size_t i = 0; i < plan.trials.size(); ++i) {
        const Trial& t = plan.trials[i];
        EXPECT_EQ(t.index, static_cast<int>(i));
        cells.insert({t.promptId, t.sample});
        std::vector<std::string> order = t.conditionOrder;
        std::sort(order.begin(), order.end());
        EXPECT_EQ(order, (std::vector<std::string>{"c0", "c1", "c2"}));
    }
    EXPECT_EQ(cells.size(), 10u);
}

TEST(TrialPlan, BalancedWithinAParticipantWhenTrialsDivide) {
    // 6 trials, 3 conditions: each condition twice at each position, for every participant.
    const Study s = studyWith(3, 6, 1, 7);
    for (int participant = 0; participant < 5; ++participant) {
        const auto counts = positionCounts({makeTrialPlan(s, participant)});
        for (const auto& [condition, byPosition] : counts)
            for (int p = 0; p < 3; ++p)
                EXPECT_EQ(byPosition.at(p), 2) << condition << " at " << p;
    }
}

TEST(TrialPlan, BalancedAcrossEachGroupOfParticipants) {
    // 5 trials, 3 conditions (the design): within one participant counts differ by at most one; over
    // participants 0-2 (and 3-5) each condition is at each position of each trial number exactly once.
    const Study s = studyWith(3, 5, 1, 2025);
    for (int participant = 0; participant < 6; ++participant) {
        const auto counts = positionCounts({makeTrialPlan(s, participant)});
        for (const auto& [condition, byPosition] : counts) {
            int lo = 99, hi = 0;
            for (int p = 0; p < 3; ++p) {
                const int n = byPosition.count(p) ? byPosition.at(p) : 0;
                lo = std::min(lo, n);
                hi = std::max(hi, n);
            }
            EXPECT_LE(hi - lo, 1) << "participant " << participant << ", " << condition;
        }
    }
    for (int group = 0; group < 2; ++group) {
        std::vector<TrialPlan> plans;
        for (int i = 0; i < 3; ++i)
            plans.push_back(makeTrialPlan(s, 3 * group + i));
        const auto counts = positionCounts(plans);
        for (const auto& [condition, byPosition] : counts)
            for (int p = 0; p < 3; ++p)
                EXPECT_EQ(byPosition.at(p), 5) << condition << " at " << p;
        for (int trial = 0; trial < 5; ++trial)
            for (int p = 0; p < 3; ++p) {
                std::set<std::string> seen;
                for (const TrialPlan& plan : plans)
                    seen.insert(plan.trials[trial].conditionOrder[p]);
                EXPECT_EQ(seen.size(), 3u) << "trial " << trial << " position " << p;
            }
    }
}

TEST(TrialPlan, ReproducibleForASeed) {
    const Study s = studyWith(3, 8, 1, 99);
    EXPECT_EQ(makeTrialPlan(s, 1), makeTrialPlan(s, 1));
    EXPECT_NE(makeTrialPlan(s, 1), makeTrialPlan(s, 2));
    Study other = s;
    other.seed = 100;
    std::vector<std::string> a, b;
    for (const Trial& t : makeTrialPlan(s, 1).trials)
        a.push_back(t.promptId);
    for (const Trial& t : makeTrialPlan(other, 1).trials)
        b.push_back(t.promptId);
    EXPECT_NE(a, b);
    // Pinned: the generator is portable (no std::shuffle), so this order is the same on every platform.
    const TrialPlan pinned = makeTrialPlan(studyWith(3, 5, 1, 1), 0);
    std::vector<std::string> order;
    for (const Trial& t : pinned.trials)
        order.push_back(t.promptId);
    SplitMix64 rng(1);
    EXPECT_EQ(rng.next(), 0x910A2DEC89025CC1ull); // SplitMix64's published first output for seed 1
    EXPECT_EQ(order, (std::vector<std::string>{"p1", "p4", "p3", "p0", "p2"})); // computed independently
}

TEST(TrialPlan, RefusesAnInvalidStudy) {
    Study s = studyWith(1, 2, 1, 0);
    EXPECT_THROW(makeTrialPlan(s, 0), fgg::Error);
    EXPECT_THROW(makeTrialPlan(studyWith(2, 2, 1, 0), -1), fgg::Error);
}
