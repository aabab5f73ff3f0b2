#pragma once
// A participant's answers: an append-only JSON-lines log, `answers/<participant>.jsonl`, one line per answer
// given, synced to disk (fsync) before the call returns, so a crash or a kill loses nothing already answered.
// The first line names the participant; later lines are answers and "trial done" marks. Answering a question
// again appends a new line; the last one counts. Loading tolerates a torn last line (a crash mid-write).
#include <map>
#include <optional>
#include <set>
#include <string>
#include <tuple>
#include <vector>

namespace fgg::study {

struct Answer {
    int trial = 0; ///< trial index in the participant's plan
    std::string promptId;
    int sample = 0;
    std::string questionId;
    /// Likert: the condition rated. Preference: the condition chosen.
    std::string conditionId;
    int position = 0;        ///< where the participant heard that condition (0 = "A")
    int value = 0;           ///< the rating (Likert); 0 for a preference
    bool preference = false; ///< a choice among the trial's stimuli rather than a rating
    std::string time;        ///< UTC, ISO 8601
    bool operator==(const Answer&) const = default;
};

/// Everything one participant has answered so far.
struct ParticipantLog {
    std::string participantId;
    int number = 0; ///< the participant's number in the trial design (see TrialPlan)
    std::string started;
    std::vector<Answer>
        answers; ///< the effective answers: the latest per (trial, question, condition or choice)
    std::set<int> completedTrials;
    bool tornLine = false; ///< the file ended in a partial line (dropped)

    /// The first trial not yet completed (= completedTrials.size() for in-order work).
    int nextTrial() const;
    /// Latest rating for (trial, question, condition), if any.
    std::optional<int> rating(int trial, const std::string& question, const std::string& condition) const;
    /// Latest choice (condition id) for a preference question in a trial, if any.
    std::optional<std::string> choice(int trial, const std::string& question) const;
};

/// `answers/<participantId>.jsonl` under the study folder.
std::string answerFilePath(const std::string& studyDir, const std::string& participantId);

/// Reads a log. Throws FileFormatError naming the file and line for a damaged line other than the last.
ParticipantLog loadParticipantLog(const std::string& path);
/// Every participant's log in `studyDir/answers`, sorted by participant number.
std::vector<ParticipantLog> loadAllParticipants(const std::string& studyDir);
/// Ids of participants with a log, and the next free participant number.
std::vector<std::string> participantIds(const std::string& studyDir);
int nextParticipantNumber(const std::string& studyDir);

/// The writer. Opening an existing log resumes it (a torn last line is cut off first); a new one gets its
/// header line. Every append is one write() of a whole line followed by fsync().
class AnswerLog {
public:
    /// Throws Error naming the path when the file cannot be created or opened; a participant id must be 1-40
    /// letters, digits, '-' or '_'.
    AnswerLog(const std::string& studyDir, const std::string& participantId, int number);
    ~AnswerLog();
    AnswerLog(const AnswerLog&) = delete;
    AnswerLog& operator=(const AnswerLog&) = delete;

    /// The answers so far (those read at opening plus those appended since).
    const ParticipantLog& log() const { return log_; }
    const std::string& path() const { return path_; }

    void append(Answer answer); ///< stamps the time when empty
    void markTrialDone(int trial);

private:
    void writeLine(const std::string& line);

    std::string path_;
    int fd_ = -1;
    ParticipantLog log_;
};

/// Current UTC time as `2025-05-01T12:34:56Z`.
std::string utcNow();
/// Whether `id` is usable as a participant id (and file name).
bool isValidParticipantId(const std::string& id);

} // namespace fgg::study
