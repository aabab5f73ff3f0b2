#pragma once
// The analysis of a study's answers: per Likert question and condition n, mean, standard deviation and 95 %
// confidence interval; pairwise Wilcoxon signed-rank tests between conditions (paired by participant and
// trial) with Holm's correction within each question; preference counts with an exact binomial test against
// chance (1 / number of conditions). As a value (for the results view), text (for `fgg study report`) and
// CSV.
#include "model/study/Answers.h"
#include "model/study/Statistics.h"
#include "model/study/Study.h"

#include <string>
#include <vector>

namespace fgg::study {

struct ConditionSummary {
    std::string conditionId;
    std::string label;
    Descriptives stats;
};

struct PairwiseTest {
    std::string conditionA;
    std::string conditionB;
    double meanDifference = 0; ///< mean of A - B over the pairs
    WilcoxonResult test;       ///< W+ counts pairs where A was rated higher
    double pHolm = 1;
};

struct LikertSummary {
    std::string questionId;
    std::string text;
    int scaleMin = 1;
    int scaleMax = 5;
    std::vector<ConditionSummary> conditions; ///< in the study's condition order
    std::vector<PairwiseTest> pairs;          ///< every pair (i < j) in condition order
};

struct PreferenceCount {
    std::string conditionId;
    std::string label;
    int count = 0;
    double share = 0;
    double p = 1;     ///< two-sided exact binomial test of count out of total against 1 / conditions
    double pHolm = 1; ///< Holm-corrected over the question's conditions
};

struct PreferenceSummary {
    std::string questionId;
    std::string text;
    int total = 0;
    double chance = 0;
    std::vector<PreferenceCount> conditions;
};

struct StudyReport {
    std::string title;
    std::vector<std::string> participants;
    int trialsCompleted = 0;
    int answers = 0;
    std::vector<LikertSummary> likert;
    std::vector<PreferenceSummary> preferences;
};

StudyReport makeReport(const Study& study, const std::vector<ParticipantLog>& logs);

/// Plain-text tables, as `fgg study report` prints them.
std::string reportText(const StudyReport& report);
/// The summary as one long CSV table (a `section` column: descriptive, wilcoxon, preference).
std::string reportCsv(const StudyReport& report);
/// Every answer, one row each (participant, trial, prompt, sample, question, kind, condition, label,
/// position, value, time): the raw data for R or Python.
std::string rawAnswersCsv(const Study& study, const std::vector<ParticipantLog>& logs);

/// A CSV field, quoted when it needs to be (RFC 4180).
std::string csvField(const std::string& text);

} // namespace fgg::study
