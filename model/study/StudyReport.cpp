#include "model/study/StudyReport.h"

#include <cstdio>
#include <map>
#include <sstream>
#include <utility>

namespace fgg::study {

namespace {

std::string fixed(double v, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, v);
    return buffer;
}

std::string pValue(double p) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", p);
    return buffer;
}

std::string padRight(std::string s, std::size_t width) {
    if (s.size() < width) s.append(width - s.size(), ' ');
    return s;
}

std::string padLeft(const std::string& s, std::size_t width) {
    return s.size() < width ? std::string(width - s.size(), ' ') + s : s;
}

const char* methodName(WilcoxonMethod m) {
    return m == WilcoxonMethod::Exact ? "exact" : "normal";
}

LikertSummary summariseLikert(const Study& study, const Question& q,
                              const std::vector<ParticipantLog>& logs) {
    LikertSummary s;
    s.questionId = q.id;
    s.text = q.text;
    s.scaleMin = q.scaleMin;
    s.scaleMax = q.scaleMax;
    // ratings[(participant index, trial)][condition] = value
    std::map<std::pair<std::size_t, int>, std::map<std::string, double>> byTrial;
    std::map<std::string, std::vector<double>> byCondition;
    for (std::size_t p = 0; p < logs.size(); ++p)
        for (const Answer& a : logs[p].answers) {
            if (a.preference || a.questionId != q.id || !study.condition(a.conditionId)) continue;
            byTrial[{p, a.trial}][a.conditionId] = a.value;
            byCondition[a.conditionId].push_back(a.value);
        }
    for (const Condition& c : study.conditions)
        s.conditions.push_back({c.id, c.label, describe(byCondition[c.id])});

    std::vector<double> raw;
    for (std::size_t i = 0; i < study.conditions.size(); ++i)
        for (std::size_t j = i + 1; j < study.conditions.size(); ++j) {
            const std::string& a = study.conditions[i].id;
            const std::string& b = study.conditions[j].id;
            std::vector<double> x, y;
            for (const auto& [key, ratings] : byTrial) {
                const auto ia = ratings.find(a), ib = ratings.find(b);
                if (ia == ratings.end() || ib == ratings.end()) continue;
                x.push_back(ia->second);
                y.push_back(ib->second);
            }
            PairwiseTest t;
            t.conditionA = a;
            t.conditionB = b;
            t.test = wilcoxonSignedRank(x, y);
            double sum = 0;
            for (std::size_t k = 0; k < x.size(); ++k)
                sum += x[k] - y[k];
            t.meanDifference = x.empty() ? 0.0 : sum / static_cast<double>(x.size());
            raw.push_back(t.test.p);
            s.pairs.push_back(std::move(t));
        }
    const auto adjusted = holmAdjust(raw);
    for (std::size_t k = 0; k < s.pairs.size(); ++k)
        s.pairs[k].pHolm = adjusted[k];
    return s;
}

PreferenceSummary summarisePreference(const Study& study, const Question& q,
                                      const std::vector<ParticipantLog>& logs) {
    PreferenceSummary s;
    s.questionId = q.id;
    s.text = q.text;
    std::map<std::string, int> counts;
    for (const ParticipantLog& log : logs)
        for (const Answer& a : log.answers)
            if (a.preference && a.questionId == q.id && study.condition(a.conditionId)) {
                ++counts[a.conditionId];
                ++s.total;
            }
    s.chance = study.conditions.empty() ? 0.0 : 1.0 / static_cast<double>(study.conditions.size());
    std::vector<double> raw;
    for (const Condition& c : study.conditions) {
        PreferenceCount pc;
        pc.conditionId = c.id;
        pc.label = c.label;
        pc.count = counts[c.id];
        pc.share = s.total ? static_cast<double>(pc.count) / s.total : 0.0;
        pc.p = binomialTestTwoSided(pc.count, s.total, s.chance);
        raw.push_back(pc.p);
        s.conditions.push_back(pc);
    }
    const auto adjusted = holmAdjust(raw);
    for (std::size_t k = 0; k < s.conditions.size(); ++k)
        s.conditions[k].pHolm = adjusted[k];
    return s;
}

std::string labelOf(const Study& study, const std::string& id) {
    const Condition* c = study.condition(id);
    return c ? c->label : id;
}

} // namespace

StudyReport makeReport(const Study& study, const std::vector<ParticipantLog>& logs) {
    StudyReport r;
    r.title = study.title;
    for (const ParticipantLog& log : logs) {
        r.participants.push_back(log.participantId);
        r.trialsCompleted += static_cast<int>(log.completedTrials.size());
        r.answers += static_cast<int>(log.answers.size());
    }
    for (const Question& q : study.questions) {
        if (q.kind == QuestionKind::Likert)
            r.likert.push_back(summariseLikert(study, q, logs));
        else
            r.preferences.push_back(summarisePreference(study, q, logs));
    }
    return r;
}

std::string reportText(const StudyReport& r) {
    std::ostringstream out;
    out << "Study: " << (r.title.empty() ? "(untitled)" : r.title) << "\n";
    out << "Participants: " << r.participants.size();
    for (std::size_t i = 0; i < r.participants.size(); ++i)
        out << (i ? ", " : " (") << r.participants[i];
    out << (r.participants.empty() ? "" : ")") << "; trials completed: " << r.trialsCompleted
        << "; answers: " << r.answers << "\n";

    for (const LikertSummary& q : r.likert) {
        std::map<std::string, std::string> labels;
        std::size_t width = 9;
        for (const ConditionSummary& c : q.conditions) {
            labels[c.conditionId] = c.label;
            width = std::max(width, c.label.size() + 2);
        }
        out << "\n" << q.questionId << ": " << q.text << " (" << q.scaleMin << "-" << q.scaleMax << ")\n";
        out << padRight("condition", width) << padLeft("n", 5) << padLeft("mean", 8) << padLeft("sd", 8)
            << "   95% CI\n";
        for (const ConditionSummary& c : q.conditions) {
            out << padRight(c.label, width) << padLeft(std::to_string(c.stats.n), 5)
                << padLeft(fixed(c.stats.mean, 2), 8) << padLeft(fixed(c.stats.sd, 2), 8) << "   ["
                << fixed(c.stats.ciLow, 2) << ", " << fixed(c.stats.ciHigh, 2) << "]\n";
        }
        out << "Wilcoxon signed-rank, paired by participant and trial (Holm-corrected within this "
               "question):\n";
        for (const PairwiseTest& t : q.pairs) {
            out << "  " << padRight(labels[t.conditionA] + " vs " + labels[t.conditionB], 2 * width + 4)
                << " pairs " << padLeft(std::to_string(t.test.n + t.test.zeros), 3)
                << "  V = " << padLeft(fixed(t.test.wPlus, 1), 6)
                << "  p = " << padLeft(fixed(t.test.p, 4), 6)
                << "  p(Holm) = " << padLeft(fixed(t.pHolm, 4), 6) << "  (" << methodName(t.test.method)
                << (t.test.zeros ? ", " + std::to_string(t.test.zeros) + " zero differences dropped"
                                 : std::string())
                << ")\n";
        }
    }
    for (const PreferenceSummary& q : r.preferences) {
        out << "\n"
            << q.questionId << ": " << q.text << " (" << q.total << " choices; chance "
            << fixed(100.0 * q.chance, 1) << "%)\n";
        for (const PreferenceCount& c : q.conditions)
            out << "  " << padRight(c.label, 20) << padLeft(std::to_string(c.count), 4)
                << padLeft(fixed(100.0 * c.share, 1), 7) << "%   binomial p = " << fixed(c.p, 4)
                << "  p(Holm) = " << fixed(c.pHolm, 4) << "\n";
    }
    return out.str();
}

std::string csvField(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

std::string reportCsv(const StudyReport& r) {
    std::ostringstream out;
    out << "section,question,condition,condition_b,n,mean,sd,ci_low,ci_high,statistic,p,p_holm,method,count,"
           "share\n";
    for (const LikertSummary& q : r.likert) {
        for (const ConditionSummary& c : q.conditions)
            out << "descriptive," << csvField(q.questionId) << "," << csvField(c.conditionId) << ",,"
                << c.stats.n << "," << pValue(c.stats.mean) << "," << pValue(c.stats.sd) << ","
                << pValue(c.stats.ciLow) << "," << pValue(c.stats.ciHigh) << ",,,,,,\n";
        for (const PairwiseTest& t : q.pairs)
            out << "wilcoxon," << csvField(q.questionId) << "," << csvField(t.conditionA) << ","
                << csvField(t.conditionB) << "," << t.test.n << "," << pValue(t.meanDifference) << ",,,,"
                << pValue(t.test.wPlus) << "," << pValue(t.test.p) << "," << pValue(t.pHolm) << ","
                << methodName(t.test.method) << ",,\n";
    }
    for (const PreferenceSummary& q : r.preferences)
        for (const PreferenceCount& c : q.conditions)
            out << "preference," << csvField(q.questionId) << "," << csvField(c.conditionId) << ",,"
                << q.total << ",,,,,," << pValue(c.p) << "," << pValue(c.pHolm) << ",binomial," << c.count
                << "," << pValue(c.share) << "\n";
    return out.str();
}

std::string rawAnswersCsv(const Study& study, const std::vector<ParticipantLog>& logs) {
    std::ostringstream out;
    out << "participant,participant_number,trial,prompt,sample,question,kind,condition,condition_label,"
           "position,"
           "value,time\n";
    for (const ParticipantLog& log : logs)
        for (const Answer& a : log.answers)
            out << csvField(log.participantId) << "," << log.number << "," << a.trial << ","
                << csvField(a.promptId) << "," << a.sample << "," << csvField(a.questionId) << ","
                << (a.preference ? "preference" : "likert") << "," << csvField(a.conditionId) << ","
                << csvField(labelOf(study, a.conditionId)) << "," << a.position << ","
                << (a.preference ? std::string() : std::to_string(a.value)) << "," << csvField(a.time)
                << "\n";
    return out.str();
}

} // namespace fgg::study
