// Study files: a round trip keeps every field; newer versions and bad values are refused with messages that
// name the file and the JSON path; the stimulus plan names files and seeds reproducibly.
#include "model/midi/MidiFile.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"
#include "model/study/StimulusBuild.h"
#include "model/study/StimulusPlan.h"
#include "model/study/Study.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>
#include <unistd.h>

using namespace fgg;
using namespace fgg::study;
namespace fs = std::filesystem;

namespace {

Study sampleStudy() {
    Study s = defaultStudy();
    s.title = "Harmony study \"v2\"";
    s.seed = 0xFFFFFFFFFFFFFFF0ull; // survives JSON as an unsigned 64-bit number
    s.samplesPerPrompt = 2;
    s.showPianoRoll = true;
    s.conditions[0].cfgScale = 3.5;
    s.conditions[0].steps = 20;
    s.conditions[0].task = Task::Melody;
    s.conditions[1].modelDir = "/models/small";
    s.prompts = {{"pop1", "Pop song 1", "", "songs/001.mid", 100, 8},
                 {"pop2", "Pop song 2", "", "songs/002.mid", 92, 4}};
    s.questions.push_back({"groove", "Does it groove?", QuestionKind::Likert, 0, 10, "no", "yes"});
    return s;
}

std::string errorOf(const std::string& text) {
    try {
        studyFromJson(text, "my/study.json");
    } catch (const FileFormatError& e) {
        return e.what();
    }
    return "(no error)";
}

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("fgg-study-file-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
};

} // namespace

TEST(StudyFile, RoundTripKeepsEverything) {
    const Study s = sampleStudy();
    EXPECT_TRUE(s.problems().empty()) << s.problems().front();
    const Study back = studyFromJson(toJson(s));
    EXPECT_EQ(back, s);
    EXPECT_EQ(toJson(back), toJson(s)); // stable output
}

TEST(StudyFile, SaveAndLoadThroughTheFolder) {
    TempDir dir;
    const Study s = sampleStudy();
    saveStudy(s, (dir.path / "new-study").string());
    EXPECT_EQ(loadStudy((dir.path / "new-study").string()), s);
    EXPECT_THROW(loadStudy((dir.path / "nothing-here").string()), Error);
}

TEST(StudyFile, NewerVersionIsRefusedWithAClearMessage) {
    const std::string e = errorOf(R"({"version": 2, "conditions": [], "prompts": [], "questions": []})");
    EXPECT_NE(e.find("my/study.json"), std::string::npos) << e;
    EXPECT_NE(e.find("newer"), std::string::npos) << e;
    EXPECT_NE(e.find("update fgg-studio"), std::string::npos) << e;
}

TEST(StudyFile, ErrorsNameTheJsonPath) {
    std::string e = errorOf(R"({"version": 1, "conditions": [{"id": "a"}, {"id": "b", "cfg": "high"}],
                                "prompts": [], "questions": []})");
    EXPECT_NE(e.find("my/study.json: $.conditions[1].cfg: expected a number, found a string"),
              std::string::npos)
        << e;
    e = errorOf(
        R"({"version": 1, "conditions": [{"id": "a", "guidance": "strong"}], "prompts": [], "questions": []})");
    EXPECT_NE(e.find("$.conditions[0].guidance: unknown value 'strong'"), std::string::npos) << e;
    e = errorOf(R"({"version": 1, "conditions": [], "prompts": [{"name": "x"}], "questions": []})");
    EXPECT_NE(e.find("$.prompts[0]: missing \"id\""), std::string::npos) << e;
    e = errorOf(R"({"conditions": []})");
    EXPECT_NE(e.find("$: missing \"version\""), std::string::npos) << e;
    e = errorOf("[1, 2]");
    EXPECT_NE(e.find("expected a study object"), std::string::npos) << e;
}

TEST(StudyFile, SyntaxErrorsNameTheByteOffset) {
    try {
        studyFromJson("{\"version\": 1,\n \"title\": }", "s.json");
        FAIL() << "no error";
    } catch (const FileFormatError& e) {
        EXPECT_GT(e.offset(), 10);
        EXPECT_NE(std::string(e.what()).find("s.json: not valid JSON (byte"), std::string::npos) << e.what();
    }
}

TEST(StudyFile, NumbersBeyondADoubleAreAFileErrorNotACrash) {
    // Found by fuzzing: nlohmann throws out_of_range (not parse_error) for "1E400".
    const std::string e = errorOf("{\"version\": 1E400}");
    EXPECT_NE(e.find("my/study.json: not valid JSON: number overflow"), std::string::npos) << e;
}

TEST(StudyFile, ProblemsAreListed) {
    Study s = defaultStudy();
    EXPECT_FALSE(s.problems().empty()); // no prompts yet
    s.prompts = {{"p1", "One", "| C | G |", "", 100, 0}};
    // The "original" condition needs an imported song.
    bool found = false;
    for (const auto& p : s.problems())
        found = found || p.find("no MIDI file") != std::string::npos;
    EXPECT_TRUE(found);
    s.conditions.pop_back();
    EXPECT_TRUE(s.problems().empty());
    s.conditions[1].id = "fgg";
    EXPECT_THROW(s.validate(), Error);
    s.conditions[1].id = "bad id!";
    EXPECT_FALSE(s.problems().empty());
}

TEST(StimulusPlan, FilesAndSeeds) {
    Study s = sampleStudy();
    const auto plan = planStimuli(s);
    // 2 prompts x (2 generated conditions x 2 samples + 1 original).
    ASSERT_EQ(plan.size(), 10u);
    std::set<std::string> names;
    for (const Stimulus& st : plan)
        names.insert(st.baseName);
    EXPECT_EQ(names.size(), plan.size());
    EXPECT_EQ(plan[0].midiPath(), "stimuli/pop1-fgg-0.mid");
    EXPECT_EQ(plan[4].wavPath(), "stimuli/pop1-human.wav");
    // Conditions share the seed of a prompt and sample; samples and prompts differ.
    EXPECT_EQ(plan[0].seed, plan[2].seed);
    EXPECT_NE(plan[0].seed, plan[1].seed);
    EXPECT_NE(plan[0].seed, plan[5].seed);
    // Reordering prompts keeps each prompt's seeds; another study seed changes them.
    Study swapped = s;
    std::swap(swapped.prompts[0], swapped.prompts[1]);
    EXPECT_EQ(stimulusSeed(swapped, "pop1", 1), stimulusSeed(s, "pop1", 1));
    swapped.seed = 1;
    EXPECT_NE(stimulusSeed(swapped, "pop1", 1), stimulusSeed(s, "pop1", 1));
}

TEST(StimulusPlan, PromptScoresFromLeadSheetsAndSongs) {
    TempDir dir;
    Prompt p{"p1", "One", "| C G | Am | F | G7 | C |", "", 90, 4};
    const Score prompt = promptScore(p, dir.path.string());
    EXPECT_EQ(prompt.bars(), 4);
    EXPECT_EQ(prompt.chords.size(), 5u); // the fifth bar is cut
    EXPECT_DOUBLE_EQ(prompt.bpm(), 90.0);

    // A song at another resolution: chords from its markers, its melody kept, 480 ticks per beat.
    Score song;
    song.ticksPerBeat = 96;
    song.chords = {{0, 384, Chord::parse("C")}, {384, 384, Chord::parse("F")}, {768, 384, Chord::parse("G")}};
    Track& melody = song.ensureTrack("Lead");
    melody.notes = {{72, 0, 96, 90}, {74, 384, 96, 90}, {76, 768, 96, 90}};
    Track& bass = song.ensureTrack("Bass", 33);
    bass.notes = {{36, 0, 384, 90}};
    fs::create_directories(dir.path / "songs");
    writeMidiFile(song, (dir.path / "songs/a.mid").string());
    Prompt q{"p2", "Two", "", "songs/a.mid", 100, 2};
    const Score fromSong = promptScore(q, dir.path.string());
    EXPECT_EQ(fromSong.ticksPerBeat, 480);
    ASSERT_EQ(fromSong.chords.size(), 2u);
    EXPECT_EQ(fromSong.chords[1].start, 1920);
    ASSERT_NE(fromSong.track(kMelodyTrack), nullptr);
    EXPECT_EQ(fromSong.track(kMelodyTrack)->notes.size(), 2u);
    EXPECT_EQ(fromSong.tracks.size(), 1u); // only the melody goes to the generator

    const Score original = originalScore(q, dir.path.string());
    EXPECT_EQ(original.tracks.size(), 2u); // the song itself, cut to 2 bars
    EXPECT_EQ(original.endTick(), 2 * original.ticksPerBar());

    Prompt missing{"p3", "Three", "", "songs/none.mid", 100, 0};
    EXPECT_THROW(promptScore(missing, dir.path.string()), Error);
}

TEST(StimulusBuild, MakesMissingStimuliAndResumes) {
    TempDir dir;
    Study s = defaultStudy();
    s.samplesPerPrompt = 1;
    Score song;
    song.chords = {{0, 1920, Chord::parse("C")}, {1920, 1920, Chord::parse("G")}};
    song.ensureTrack(kMelodyTrack).notes = {{72, 0, 480, 90}};
    fs::create_directories(dir.path / "songs");
    writeMidiFile(song, (dir.path / "songs/a.mid").string());
    s.prompts = {{"a", "A", "", "songs/a.mid", 100, 0}};

    int generated = 0;
    std::vector<std::uint64_t> seeds;
    StimulusBuildOptions options;
    options.generate = [&](const Score& prompt, const Condition& c, std::uint64_t seed,
                           const std::function<void(double)>& progress, const std::atomic<bool>*) {
        ++generated;
        seeds.push_back(seed);
        progress(0.5);
        Score out = prompt;
        out.ensureTrack(kAccompanimentTrack).notes = {
            {48 + (c.guidance == GuidanceMode::Fgg ? 0 : 1), 0, 960, 80}};
        return out;
    };
    int wavs = 0;
    options.renderWav = [&](const Score&, const std::string& path) {
        ++wavs;
        writeFileAtomically(path, std::string("RIFF"));
        return true;
    };
    double last = 0;
    options.progress = [&](const StimulusProgress& p) { last = p.fraction; };
    EXPECT_EQ(missingStimuli(s, dir.path.string()).size(), 3u);
    const StimulusBuildResult r = buildStimuli(s, dir.path.string(), options);
    EXPECT_EQ(r.made, 3);
    EXPECT_EQ(generated, 2);
    EXPECT_EQ(wavs, 3);
    EXPECT_DOUBLE_EQ(last, 1.0);
    ASSERT_EQ(seeds.size(), 2u);
    EXPECT_EQ(seeds[0], seeds[1]); // paired noise
    EXPECT_TRUE(missingStimuli(s, dir.path.string()).empty());
    const Score fgg = readMidiFile((dir.path / "stimuli/a-fgg-0.mid").string());
    ASSERT_NE(fgg.track(kAccompanimentTrack), nullptr);
    EXPECT_EQ(fgg.track(kAccompanimentTrack)->notes.front().pitch, 48);

    // A second build keeps what exists; a cancelled one stops with Cancelled.
    const StimulusBuildResult again = buildStimuli(s, dir.path.string(), options);
    EXPECT_EQ(again.made, 0);
    EXPECT_EQ(again.skipped, 3);
    std::atomic<bool> cancel{true};
    options.cancel = &cancel;
    options.overwrite = true;
    EXPECT_THROW(buildStimuli(s, dir.path.string(), options), Cancelled);
}
