#include "model/study/Answers.h"

#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/study/JsonRead.h"
#include "model/study/Study.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

namespace fgg::study {

using json::Json;
using json::Node;

namespace {

constexpr const char* kLogExtension = ".jsonl";

bool sameSlot(const Answer& a, const Answer& b) {
    if (a.trial != b.trial || a.questionId != b.questionId || a.preference != b.preference) return false;
    return a.preference || a.conditionId == b.conditionId;
}

void record(ParticipantLog& log, const Answer& a) {
    const auto it =
        std::find_if(log.answers.begin(), log.answers.end(), [&](const Answer& o) { return sameSlot(o, a); });
    if (it != log.answers.end())
        *it = a;
    else
        log.answers.push_back(a);
}

Json answerJson(const Answer& a) {
    return Json{{"type", "answer"},           {"trial", a.trial},
                {"prompt", a.promptId},       {"sample", a.sample},
                {"question", a.questionId},   {"kind", a.preference ? "preference" : "likert"},
                {"condition", a.conditionId}, {"position", a.position},
                {"value", a.value},           {"time", a.time}};
}

Answer answerFrom(const Node& n) {
    Answer a;
    a.trial = static_cast<int>(n.member("trial").integer());
    a.promptId = n.member("prompt").string();
    a.sample = static_cast<int>(n.integerOr("sample", 0));
    a.questionId = n.member("question").string();
    a.preference = n.stringOr("kind", "likert") == "preference";
    a.conditionId = n.member("condition").string();
    a.position = static_cast<int>(n.integerOr("position", 0));
    a.value = static_cast<int>(n.integerOr("value", 0));
    a.time = n.stringOr("time", "");
    return a;
}

// Applies one parsed line to the log.
void applyLine(ParticipantLog& log, const Node& n) {
    const std::string type = n.member("type").string();
    if (type == "participant") {
        log.participantId = n.member("participant").string();
        log.number = static_cast<int>(n.member("number").integer());
        log.started = n.stringOr("started", "");
    } else if (type == "answer") {
        record(log, answerFrom(n));
    } else if (type == "trialDone") {
        log.completedTrials.insert(static_cast<int>(n.member("trial").integer()));
    } // other types: written by a later version; skipped so old builds can still read the answers
}

std::string readAll(const std::string& path) {
    const auto bytes = readFileBytes(path, std::size_t(256) << 20);
    return std::string(bytes.begin(), bytes.end());
}

} // namespace

bool isValidParticipantId(const std::string& id) {
    if (id.empty() || id.size() > 40) return false;
    return std::all_of(id.begin(), id.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_';
    });
}

std::string utcNow() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    ::gmtime_r(&now, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

int ParticipantLog::nextTrial() const {
    int next = 0;
    while (completedTrials.count(next))
        ++next;
    return next;
}

std::optional<int> ParticipantLog::rating(int trial, const std::string& question,
                                          const std::string& condition) const {
    for (const Answer& a : answers)
        if (!a.preference && a.trial == trial && a.questionId == question && a.conditionId == condition)
            return a.value;
    return std::nullopt;
}

std::optional<std::string> ParticipantLog::choice(int trial, const std::string& question) const {
    for (const Answer& a : answers)
        if (a.preference && a.trial == trial && a.questionId == question) return a.conditionId;
    return std::nullopt;
}

std::string answerFilePath(const std::string& studyDir, const std::string& participantId) {
    return (std::filesystem::path(studyDir) / kAnswersFolder / (participantId + kLogExtension)).string();
}

ParticipantLog loadParticipantLog(const std::string& path) {
    const std::string text = readAll(path);
    ParticipantLog log;
    std::size_t pos = 0;
    int lineNumber = 0;
    while (pos < text.size()) {
        const std::size_t end = text.find('\n', pos);
        const bool last = end == std::string::npos || end + 1 >= text.size();
        const std::string line = text.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        ++lineNumber;
        const std::size_t lineStart = pos;
        pos = end == std::string::npos ? text.size() : end + 1;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        const std::string source = path + ":" + std::to_string(lineNumber);
        try {
            const Json j = json::parse(line, source);
            applyLine(log, Node(j, source));
        } catch (const FileFormatError& e) {
            // A crash can leave the last line half-written; everything before it is whole (each line was
            // synced).
            if (last && end == std::string::npos) {
                log.tornLine = true;
                break;
            }
            throw FileFormatError(std::string(e.what()) + " (answer log line " + std::to_string(lineNumber) +
                                      "; the lines before it are intact)",
                                  static_cast<std::int64_t>(lineStart));
        }
    }
    if (log.participantId.empty())
        throw FileFormatError(path + ": not an answer log (no participant line at the top)", 0);
    return log;
}

std::vector<std::string> participantIds(const std::string& studyDir) {
    std::vector<std::string> ids;
    const auto dir = std::filesystem::path(studyDir) / kAnswersFolder;
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec)) return ids;
    for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.is_regular_file() && entry.path().extension() == kLogExtension)
            ids.push_back(entry.path().stem().string());
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<ParticipantLog> loadAllParticipants(const std::string& studyDir) {
    std::vector<ParticipantLog> logs;
    for (const std::string& id : participantIds(studyDir))
        logs.push_back(loadParticipantLog(answerFilePath(studyDir, id)));
    std::sort(logs.begin(), logs.end(), [](const ParticipantLog& a, const ParticipantLog& b) {
        return std::tie(a.number, a.participantId) < std::tie(b.number, b.participantId);
    });
    return logs;
}

int nextParticipantNumber(const std::string& studyDir) {
    int next = 0;
    for (const ParticipantLog& log : loadAllParticipants(studyDir))
        next = std::max(next, log.number + 1);
    return next;
}

AnswerLog::AnswerLog(const std::string& studyDir, const std::string& participantId, int number)
    : path_(answerFilePath(studyDir, participantId)) {
    if (!isValidParticipantId(participantId))
        throw Error("participant id '" + participantId + "': use 1-40 letters, digits, '-' or '_'");
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path_).parent_path(), ec);
    if (ec)
        throw Error("cannot create " + std::filesystem::path(path_).parent_path().string() + ": " +
                    ec.message());

    const bool exists = std::filesystem::exists(path_, ec);
    if (exists) {
        log_ = loadParticipantLog(path_);
        if (log_.tornLine) {
            // Cut the partial line off so the next append starts on a line of its own.
            const std::string text = readAll(path_);
            const std::size_t keep = text.rfind('\n') == std::string::npos ? 0 : text.rfind('\n') + 1;
            if (::truncate(path_.c_str(), static_cast<off_t>(keep)) != 0)
                throw Error("cannot repair " + path_ + ": " + std::strerror(errno));
            log_.tornLine = false;
        }
    }
    fd_ = ::open(path_.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
    if (fd_ < 0) throw Error("cannot open the answer log " + path_ + ": " + std::strerror(errno));
    if (!exists) {
        log_.participantId = participantId;
        log_.number = number;
        log_.started = utcNow();
        writeLine(Json{{"type", "participant"},
                       {"participant", participantId},
                       {"number", number},
                       {"started", log_.started},
                       {"version", kStudyFormatVersion}}
                      .dump());
        // The new file's directory entry must reach the disk too.
        const std::string dir = std::filesystem::path(path_).parent_path().string();
        if (const int dfd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dfd >= 0) {
            ::fsync(dfd);
            ::close(dfd);
        }
    }
}

AnswerLog::~AnswerLog() {
    if (fd_ >= 0) ::close(fd_);
}

void AnswerLog::writeLine(const std::string& line) {
    const std::string bytes = line + "\n";
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd_, bytes.data() + done, bytes.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            throw Error("cannot write the answer to " + path_ + ": " + std::strerror(errno));
        }
        done += static_cast<std::size_t>(n);
    }
    if (::fsync(fd_) != 0) throw Error("cannot save the answer to " + path_ + ": " + std::strerror(errno));
}

void AnswerLog::append(Answer answer) {
    if (answer.time.empty()) answer.time = utcNow();
    writeLine(answerJson(answer).dump());
    record(log_, answer);
}

void AnswerLog::markTrialDone(int trial) {
    writeLine(Json{{"type", "trialDone"}, {"trial", trial}, {"time", utcNow()}}.dump());
    log_.completedTrials.insert(trial);
}

} // namespace fgg::study
