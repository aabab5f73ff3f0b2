#include "model/study/Study.h"

#include "model/music/AtomicFile.h"
#include "model/music/LeadSheet.h"
#include "model/study/JsonRead.h"

#include <cctype>
#include <filesystem>
#include <set>

namespace fgg::study {

using json::Json;
using json::Node;

const char* toString(ConditionKind kind) {
    return kind == ConditionKind::Original ? "original" : "generated";
}

const char* toString(QuestionKind kind) {
    return kind == QuestionKind::Preference ? "preference" : "likert";
}

const Condition* Study::condition(const std::string& id) const {
    for (const Condition& c : conditions)
        if (c.id == id) return &c;
    return nullptr;
}

const Prompt* Study::prompt(const std::string& id) const {
    for (const Prompt& p : prompts)
        if (p.id == id) return &p;
    return nullptr;
}

const Question* Study::question(const std::string& id) const {
    for (const Question& q : questions)
        if (q.id == id) return &q;
    return nullptr;
}

namespace {

// Ids end up in file names and CSV columns: keep them plain.
bool plainId(const std::string& id) {
    if (id.empty() || id.size() > 40) return false;
    for (char c : id)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_')) return false;
    return true;
}

template <typename T>
void checkIds(const std::vector<T>& items, const char* what, std::vector<std::string>& out) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string& id = items[i].id;
        const std::string where = std::string(what) + " " + std::to_string(i + 1);
        if (!plainId(id))
            out.push_back(where + ": the id '" + id + "' must be 1-40 letters, digits, '-' or '_'");
        else if (!seen.insert(id).second)
            out.push_back(where + ": the id '" + id + "' is used twice");
    }
}

} // namespace

std::vector<std::string> Study::problems() const {
    std::vector<std::string> out;
    if (conditions.size() < 2) out.push_back("a study needs at least two conditions to compare");
    if (conditions.size() > 8) out.push_back("at most 8 conditions fit in one trial");
    if (prompts.empty()) out.push_back("a study needs at least one prompt");
    if (questions.empty()) out.push_back("a study needs at least one question");
    if (samplesPerPrompt < 1 || samplesPerPrompt > 100) out.push_back("samples per prompt must be 1..100");
    checkIds(conditions, "condition", out);
    checkIds(prompts, "prompt", out);
    checkIds(questions, "question", out);
    bool hasOriginal = false;
    for (const Condition& c : conditions) {
        if (c.kind == ConditionKind::Original) {
            hasOriginal = true;
            continue;
        }
        if (c.steps < 1 || c.steps > 1000) out.push_back("condition '" + c.id + "': steps must be 1..1000");
        if (c.cfgScale < 0 || c.cfgScale > 50) out.push_back("condition '" + c.id + "': CFG must be 0..50");
    }
    for (const Prompt& p : prompts) {
        if (p.leadSheet.empty() && p.midiFile.empty())
            out.push_back("prompt '" + p.id + "' has neither a lead sheet nor a MIDI file");
        if (hasOriginal && p.midiFile.empty())
            out.push_back("prompt '" + p.id + "' has no MIDI file, which the 'original' condition plays");
        if (!p.leadSheet.empty()) {
            try {
                (void)LeadSheet::parse(p.leadSheet);
            } catch (const ParseError& e) {
                out.push_back("prompt '" + p.id + "': " + e.what());
            }
        }
        if (p.tempo < 20 || p.tempo > 400) out.push_back("prompt '" + p.id + "': tempo must be 20..400 bpm");
        if (p.bars < 0) out.push_back("prompt '" + p.id + "': bars must be >= 0 (0 = all)");
    }
    for (const Question& q : questions)
        if (q.kind == QuestionKind::Likert && (q.scaleMin >= q.scaleMax || q.scaleMax - q.scaleMin > 10))
            out.push_back("question '" + q.id +
                          "': the scale must run from a lower to a higher number (at most 11 "
                          "points)");
    return out;
}

void Study::validate() const {
    const auto list = problems();
    if (list.empty()) return;
    std::string message = "the study cannot run:";
    for (const std::string& p : list)
        message += "\n  - " + p;
    throw Error(message);
}

std::vector<Question> defaultQuestions() {
    return {
        {"creativity", "How creative is this music?", QuestionKind::Likert, 1, 5, "not at all", "very"},
        {"harmony", "How well does the music fit the chords?", QuestionKind::Likert, 1, 5, "poorly",
         "perfectly"},
        {"naturalness", "How natural (human-like) does it sound?", QuestionKind::Likert, 1, 5, "machine-like",
         "human-like"},
        {"preference", "Overall, which one do you prefer?", QuestionKind::Preference, 1, 5, "", ""},
    };
}

Study defaultStudy() {
    Study s;
    s.title = "Listening test";
    s.instructions =
        "You will hear several short pieces for each chord progression. Listen to each one (as often "
        "as you like), rate it, then pick the one you prefer. There are no right answers.";
    const auto condition = [](const char* id, const char* label, ConditionKind kind, GuidanceMode guidance) {
        Condition c;
        c.id = id;
        c.label = label;
        c.kind = kind;
        c.guidance = guidance;
        return c;
    };
    s.conditions = {condition("fgg", "FGG", ConditionKind::Generated, GuidanceMode::Fgg),
                    condition("none", "No guidance", ConditionKind::Generated, GuidanceMode::None),
                    condition("human", "Human original", ConditionKind::Original, GuidanceMode::Fgg)};
    s.questions = defaultQuestions();
    s.seed = 1;
    return s;
}

// ---- JSON ----

std::string toJson(const Study& study) {
    Json root = Json::object();
    root["format"] = "fgg-study";
    root["version"] = kStudyFormatVersion;
    root["title"] = study.title;
    root["instructions"] = study.instructions;
    root["seed"] = study.seed;
    root["samplesPerPrompt"] = study.samplesPerPrompt;
    root["showPianoRoll"] = study.showPianoRoll;
    Json conditions = Json::array();
    for (const Condition& c : study.conditions) {
        Json j{{"id", c.id}, {"label", c.label}, {"kind", toString(c.kind)}};
        if (c.kind == ConditionKind::Generated) {
            j["task"] = toString(c.task);
            j["guidance"] = toString(c.guidance);
            j["cfg"] = c.cfgScale;
            j["steps"] = c.steps;
            if (!c.modelDir.empty()) j["modelDir"] = c.modelDir;
        }
        conditions.push_back(std::move(j));
    }
    root["conditions"] = std::move(conditions);
    Json prompts = Json::array();
    for (const Prompt& p : study.prompts) {
        Json j{{"id", p.id}, {"name", p.name}, {"tempo", p.tempo}, {"bars", p.bars}};
        if (!p.leadSheet.empty()) j["leadSheet"] = p.leadSheet;
        if (!p.midiFile.empty()) j["midiFile"] = p.midiFile;
        prompts.push_back(std::move(j));
    }
    root["prompts"] = std::move(prompts);
    Json questions = Json::array();
    for (const Question& q : study.questions) {
        Json j{{"id", q.id}, {"text", q.text}, {"kind", toString(q.kind)}};
        if (q.kind == QuestionKind::Likert) {
            j["min"] = q.scaleMin;
            j["max"] = q.scaleMax;
            j["lowLabel"] = q.lowLabel;
            j["highLabel"] = q.highLabel;
        }
        questions.push_back(std::move(j));
    }
    root["questions"] = std::move(questions);
    return root.dump(2) + "\n";
}

namespace {

template <typename Enum>
Enum parseEnum(const Node& n, std::initializer_list<std::pair<const char*, Enum>> choices) {
    const std::string text = n.string();
    std::string names;
    for (const auto& [name, value] : choices) {
        if (text == name) return value;
        names += std::string(names.empty() ? "" : ", ") + name;
    }
    n.fail("unknown value '" + text + "' (choose " + names + ")");
}

Condition readCondition(const Node& n) {
    Condition c;
    c.id = n.member("id").string();
    c.label = n.stringOr("label", c.id);
    if (n.has("kind"))
        c.kind = parseEnum<ConditionKind>(n.member("kind"), {{"generated", ConditionKind::Generated},
                                                             {"original", ConditionKind::Original}});
    if (c.kind == ConditionKind::Original) return c;
    if (n.has("task"))
        c.task = parseEnum<Task>(
            n.member("task"),
            {{"melody", Task::Melody}, {"accompaniment", Task::Accompaniment}, {"both", Task::Both}});
    if (n.has("guidance"))
        c.guidance = parseEnum<GuidanceMode>(n.member("guidance"), {{"fgg", GuidanceMode::Fgg},
                                                                    {"none", GuidanceMode::None},
                                                                    {"last-step", GuidanceMode::LastStep},
                                                                    {"round", GuidanceMode::Round},
                                                                    {"inpaint", GuidanceMode::Inpaint}});
    c.cfgScale = n.numberOr("cfg", c.cfgScale);
    c.steps = static_cast<int>(n.integerOr("steps", c.steps));
    c.modelDir = n.stringOr("modelDir", "");
    return c;
}

Prompt readPrompt(const Node& n) {
    Prompt p;
    p.id = n.member("id").string();
    p.name = n.stringOr("name", p.id);
    p.leadSheet = n.stringOr("leadSheet", "");
    p.midiFile = n.stringOr("midiFile", "");
    p.tempo = n.numberOr("tempo", p.tempo);
    p.bars = static_cast<int>(n.integerOr("bars", 0));
    return p;
}

Question readQuestion(const Node& n) {
    Question q;
    q.id = n.member("id").string();
    q.text = n.member("text").string();
    if (n.has("kind"))
        q.kind = parseEnum<QuestionKind>(
            n.member("kind"), {{"likert", QuestionKind::Likert}, {"preference", QuestionKind::Preference}});
    q.scaleMin = static_cast<int>(n.integerOr("min", q.scaleMin));
    q.scaleMax = static_cast<int>(n.integerOr("max", q.scaleMax));
    q.lowLabel = n.stringOr("lowLabel", "");
    q.highLabel = n.stringOr("highLabel", "");
    return q;
}

} // namespace

Study studyFromJson(const std::string& text, const std::string& source) {
    const Json root = json::parse(text, source);
    const Node n(root, source);
    if (!root.is_object()) n.fail(std::string("expected a study object, found ") + json::typeName(root));
    if (n.has("format") && n.member("format").string() != "fgg-study")
        n.member("format").fail("this is not an fgg-studio study file");
    const std::int64_t version = n.member("version").integer();
    if (version > kStudyFormatVersion)
        throw FileFormatError(source + " was written by a newer fgg-studio (study format version " +
                              std::to_string(version) + "; this build reads versions up to " +
                              std::to_string(kStudyFormatVersion) + "): update fgg-studio to open it");
    if (version < 1)
        n.member("version").fail("the version must be 1 or more, found " + std::to_string(version));

    Study s;
    s.version = kStudyFormatVersion;
    s.title = n.stringOr("title", "");
    s.instructions = n.stringOr("instructions", "");
    if (n.has("seed")) s.seed = n.member("seed").unsignedInteger();
    s.samplesPerPrompt = static_cast<int>(n.integerOr("samplesPerPrompt", 1));
    s.showPianoRoll = n.booleanOr("showPianoRoll", false);
    const Node conditions = n.member("conditions");
    for (std::size_t i = 0; i < conditions.size(); ++i)
        s.conditions.push_back(readCondition(conditions.at(i)));
    const Node prompts = n.member("prompts");
    for (std::size_t i = 0; i < prompts.size(); ++i)
        s.prompts.push_back(readPrompt(prompts.at(i)));
    const Node questions = n.member("questions");
    for (std::size_t i = 0; i < questions.size(); ++i)
        s.questions.push_back(readQuestion(questions.at(i)));
    return s;
}

Study loadStudy(const std::string& dir) {
    const std::string path = (std::filesystem::path(dir) / kStudyFileName).string();
    if (!std::filesystem::exists(path))
        throw Error("no study in " + dir + ": " + path + " is missing (create one with the study designer)");
    const auto bytes = readFileBytes(path, std::size_t(16) << 20);
    return studyFromJson(std::string(bytes.begin(), bytes.end()), path);
}

void saveStudy(const Study& study, const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw Error("cannot create the study folder " + dir + ": " + ec.message());
    writeFileAtomically((std::filesystem::path(dir) / kStudyFileName).string(), toJson(study));
}

} // namespace fgg::study
