// The learned harmoniser: the small network, the melody's views and inputs, the key finder, the text table,
// learning from hand-made songs, the harmoniser over it, and the shipped table.
#include "model/harmony/ChordClass.h"
#include "model/harmony/ChordVocabulary.h"
#include "model/harmony/Harmoniser.h"
#include "model/harmony/MelodyChordLearning.h"
#include "model/harmony/MelodyChordModel.h"
#include "model/harmony/Pop909ChordLabels.h"
#include "model/harmony/TinyMlp.h"
#include "model/music/Error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace fgg;
using namespace fgg::harmony;

namespace {

constexpr Tick kBeat = 480, kBar = 4 * kBeat;

/// A melody from (pitch, beats) pairs, one after another from tick 0.
std::vector<Note> melody(std::initializer_list<std::pair<int, double>> notes) {
    std::vector<Note> out;
    Tick t = 0;
    for (auto [pitch, beats] : notes) {
        const auto length = static_cast<Tick>(beats * kBeat);
        out.push_back(Note{pitch, t, length, 90});
        t += length;
    }
    return out;
}

std::vector<Note> transposed(std::vector<Note> notes, int semitones) {
    for (Note& n : notes)
        n.pitch += semitones;
    return notes;
}

/// A tune in C major: phrases that rest on the tonic, a bar each, twice.
std::vector<Note> tuneInC() {
    std::vector<Note> m = melody({{60, 1},
                                  {64, 1},
                                  {67, 1},
                                  {64, 1},
                                  {65, 1},
                                  {69, 1},
                                  {72, 1},
                                  {69, 1},
                                  {67, 1},
                                  {71, 1},
                                  {74, 1},
                                  {71, 1},
                                  {72, 3}});
    std::vector<Note> twice = m;
    for (Note n : m)
        twice.push_back(n.withStart(n.start + 5 * kBar));
    return twice;
}

/// I IV V I arpeggiated a bar each in `key` (major tonic pitch class), and its labels.
std::pair<std::vector<Note>, std::vector<ChordSpan>> cadenceSong(int key) {
    std::vector<Note> notes;
    std::vector<ChordSpan> labels;
    const int roots[] = {0, 5, 7, 0};
    for (int bar = 0; bar < 8; ++bar) {
        const int root = 60 + key + roots[bar % 4];
        const Tick t = bar * kBar;
        for (int k = 0; k < 4; ++k)
            notes.push_back(Note{root +
                                     (k == 1   ? 4
                                      : k == 2 ? 7
                                               : 0) +
                                     (k == 3 ? 12 : 0),
                                 t + k * kBeat, kBeat, 90});
        labels.push_back(
            {t, kBar, Chord(SpelledPitch::fromPitchClass((key + roots[bar % 4]) % 12), ChordQuality::Major)});
    }
    return {notes, labels};
}

ProgressionModel cadenceProgressions() {
    ProgressionModel m(3);
    const auto s = [](const char* c) { return *chordState(Chord::parseLeadSheet(c)); };
    for (int i = 0; i < 20; ++i) {
        m.addProgression(std::vector<int>{s("C"), s("F"), s("G"), s("C")});
        m.addHalfBar(true, 2, true);
        m.addHalfBar(false, 1, false);
    }
    return m;
}

MelodyChordLearner::Options quickOptions() {
    MelodyChordLearner::Options o;
    o.hidden = 16;
    o.ensemble = 2; // the averaging and a two-net table round trip
    o.training.epochs = 40;
    o.training.finalEpochs = 5;
    o.training.batch = 16;
    o.training.rate = 1e-2f;
    o.training.finalRate = 2e-3f;
    return o;
}

} // namespace

TEST(TinyMlp, LearnsASmallProblemTheSameWayEveryTime) {
    // Four inputs; the label is the input that is on, except that 3 is read as 0.
    std::vector<float> x;
    std::vector<int> y;
    for (int i = 0; i < 200; ++i) {
        const int on = i % 4;
        for (int k = 0; k < 4; ++k)
            x.push_back(k == on ? 1.0f : 0.0f);
        y.push_back(on == 3 ? 0 : on);
    }
    TinyMlp::Training t;
    t.epochs = 60;
    t.batch = 20;
    t.rate = 1e-2f;
    TinyMlp a(4, 8, 3, 1), b(4, 8, 3, 1);
    const double loss = a.train(x, y, t);
    b.train(x, y, t);
    EXPECT_LT(loss, 0.1);
    EXPECT_EQ(a.w1, b.w1);
    EXPECT_EQ(a.w2, b.w2);
    for (int on = 0; on < 4; ++on) {
        std::vector<float> in(4, 0.0f);
        in[static_cast<std::size_t>(on)] = 1;
        const auto p = a.logProbabilities(in);
        ASSERT_EQ(p.size(), 3u);
        EXPECT_EQ(std::max_element(p.begin(), p.end()) - p.begin(), on == 3 ? 0 : on);
    }
    EXPECT_TRUE(a.logProbabilities(std::vector<float>(5, 0.0f)).empty()); // wrong input size
}

TEST(MelodyFeatures, ViewsOfAHalfBar) {
    // A half bar: G held in from before, E struck off the beat, C struck on beat 2, D the last one struck.
    const std::vector<Note> m{
        {67, 720, 360, 90}, {64, 1080, 300, 90}, {60, 1440, 240, 90}, {62, 1680, 480, 90}};
    const auto s = melodySegments(m, kBeat, 4, 0, 2 * kBar);
    ASSERT_EQ(s.size(), 4u);
    EXPECT_TRUE(s[0].atBarLine);
    EXPECT_FALSE(s[1].atBarLine);
    EXPECT_TRUE(s[1].sung);
    EXPECT_FALSE(s[3].sung);
    const MelodySegment& h = s[1]; // ticks 960..1920
    EXPECT_FLOAT_EQ(h.view(MelodyView::Duration, 7), 0.25f);
    EXPECT_FLOAT_EQ(h.view(MelodyView::Duration, 0), 0.5f);
    EXPECT_FLOAT_EQ(h.view(MelodyView::Duration, 2), 0.5f);
    EXPECT_FLOAT_EQ(h.view(MelodyView::SoundingAtStart, 7), 1);
    EXPECT_FLOAT_EQ(h.view(MelodyView::SoundingAtStart, 4), 0);
    EXPECT_FLOAT_EQ(h.view(MelodyView::StruckOffBeat, 4), 1);
    EXPECT_FLOAT_EQ(h.view(MelodyView::StruckOnBeat, 0), 1);
    EXPECT_FLOAT_EQ(h.view(MelodyView::StruckOnBeat, 7), 0);
    EXPECT_FLOAT_EQ(h.view(MelodyView::Lowest, 0), 1);
    EXPECT_FLOAT_EQ(h.view(MelodyView::LastStruck, 2), 1);
}

TEST(MelodyFeatures, InputsAreRelativeToTheKey) {
    // The same tune a tone higher, read in a key a tone higher, is the same input.
    const std::vector<Note> c = tuneInC(), d = transposed(c, 2);
    const auto sc = melodySegments(c, kBeat, 4, 0, 10 * kBar), sd = melodySegments(d, kBeat, 4, 0, 10 * kBar);
    const MelodyContext xc = melodyContext(sc, 0, false), xd = melodyContext(sd, 2, false);
    for (std::size_t i = 0; i < sc.size(); ++i)
        EXPECT_EQ(melodyInput(sc, i, xc), melodyInput(sd, i, xd)) << "half bar " << i;
    // Where the melody starts and the mode are inputs too.
    EXPECT_EQ(xc.phraseStart, 0);
    EXPECT_NE(melodyInput(sc, 0, xc), melodyInput(sc, 0, melodyContext(sc, 0, true)));
}

TEST(MelodyKey, LearnsKeysFromMelodiesAndTransposesWithThem) {
    std::vector<MelodyKeyModel::Sample> samples;
    const std::vector<Note> major = tuneInC();
    // A minor tune: A C E, D F A, E G# B, A held.
    const std::vector<Note> minor = melody({{69, 1},
                                            {72, 1},
                                            {76, 1},
                                            {72, 1},
                                            {74, 1},
                                            {77, 1},
                                            {81, 1},
                                            {77, 1},
                                            {76, 1},
                                            {80, 1},
                                            {83, 1},
                                            {80, 1},
                                            {81, 3}});
    for (int k = 0; k < 12; k += 2) {
        samples.push_back({melodyKeyFeatures(transposed(major, k), kBeat, 4), k, false});
        samples.push_back({melodyKeyFeatures(transposed(minor, k), kBeat, 4), (9 + k) % 12, true});
    }
    const MelodyKeyModel m = MelodyKeyModel::train(samples);
    ASSERT_FALSE(m.empty());
    for (int k = 1; k < 12; k += 2) { // keys it never saw
        const KeyEstimate a = m.estimate(transposed(major, k), kBeat, 4);
        EXPECT_EQ(a.tonic, k);
        EXPECT_FALSE(a.minor);
        const KeyEstimate b = m.estimate(transposed(minor, k), kBeat, 4);
        EXPECT_EQ(b.tonic, (9 + k) % 12);
        EXPECT_TRUE(b.minor);
        EXPECT_GT(b.correlation, 0.5); // the winner's probability
    }
    // Without weights it is Krumhansl-Schmuckler.
    EXPECT_EQ(MelodyKeyModel{}.estimate(major, kBeat, 4).tonic, estimateKey(major).tonic);
}

TEST(MelodyKey, StepProfilesSeeALeadingToneResolve) {
    // D# up to E up to F, then down to E: E and F reached a semitone up (each profile sums to 1), E a
    // semitone down.
    const KeyFeatures x = melodyKeyFeatures(melody({{63, 1}, {64, 1}, {65, 1}, {64, 1}}), kBeat, 4);
    constexpr int up = 5, finalBars = 6, down = 7; // profiles after the first five (MelodyKey.cpp)
    EXPECT_FLOAT_EQ(x[static_cast<std::size_t>(up * 12 + 4)], 0.5f);
    EXPECT_FLOAT_EQ(x[static_cast<std::size_t>(up * 12 + 5)], 0.5f);
    EXPECT_FLOAT_EQ(x[static_cast<std::size_t>(down * 12 + 4)], 1);
    EXPECT_FLOAT_EQ(x[static_cast<std::size_t>(finalBars * 12 + 4)], 0.5f); // two of the four beats are E
}

TEST(MelodyKey, TablesWithTheFirstFiveProfilesStillRead) {
    // A key row of 60 weights: the later profiles weigh 0, so the first five decide as before.
    const auto [notes, labels] = cadenceSong(0);
    MelodyChordLearner learner;
    learner.addSong(notes, labels, KeyEstimate{0, false, 1}, kBeat, 8 * kBar);
    const MelodyChordModel learned = learner.learn(quickOptions());
    std::string text = learned.toText(), old;
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);) {
        if (line.starts_with("key ")) { // keep the mode, the first 60 weights and the bias
            std::istringstream f(line);
            std::vector<std::string> w;
            for (std::string v; f >> v;)
                w.push_back(v);
            line = w[0] + " " + w[1];
            for (std::size_t i = 2; i < 2 + 12 * kFirstKeyProfiles; ++i)
                line += " " + w[i];
            line += " " + w.back();
        }
        old += line + "\n";
    }
    const MelodyChordModel back = MelodyChordModel::fromText(old, "old.txt");
    for (int m = 0; m < 2; ++m)
        for (int k = 0; k < kKeyFeatures; ++k)
            EXPECT_NEAR(back.key.weights[static_cast<std::size_t>(m)][static_cast<std::size_t>(k)],
                        k < 12 * kFirstKeyProfiles
                            ? learned.key.weights[static_cast<std::size_t>(m)][static_cast<std::size_t>(k)]
                            : 0.0,
                        1e-3);
}

TEST(MelodyChordModel, LearnsChordsAndHarmonisesANewKey) {
    MelodyChordLearner learner;
    for (int key : {0, 2, 5, 7, 9}) {
        const auto [notes, labels] = cadenceSong(key);
        learner.addSong(notes, labels, KeyEstimate{key, false, 1}, kBeat, 8 * kBar);
    }
    EXPECT_EQ(learner.songs(), 5);
    EXPECT_EQ(learner.halfBars(), 5u * 16u);
    const MelodyChordModel learned = learner.learn(quickOptions());
    ASSERT_FALSE(learned.empty());

    // E major, never seen: I IV V I is E A B E.
    const auto [notes, labels] = cadenceSong(4);
    const ProgressionModel progressions = cadenceProgressions();
    const ChordAnalysis a = Harmoniser(progressions, {}, &learned).harmonise(notes, kBeat, 4, 0, 8 * kBar);
    // Bars 4 and 5 are both I: one span of two bars.
    ASSERT_EQ(a.chords.size(), 7u);
    EXPECT_EQ(a.chords[3].length, 2 * kBar);
    for (std::size_t bar = 0; bar < labels.size(); ++bar) {
        const Tick t = static_cast<Tick>(bar) * kBar;
        EXPECT_EQ(rootTriad(labelOver(a.chords, t, t + kBar)), rootTriad(labels[bar].chord))
            << "bar " << bar + 1;
    }
    EXPECT_EQ(a.key.majorTonic(), 4);

    // 3/4 is not what it learned: the harmoniser reads the melody with its tone table instead.
    const ChordAnalysis waltz =
        Harmoniser(progressions, {}, &learned).harmonise(notes, kBeat, 3, 0, 8 * kBar);
    EXPECT_FALSE(waltz.chords.empty());

    // The text table gives the same model back; bad tables name the line.
    const MelodyChordModel back = MelodyChordModel::fromText(learned.toText(), "m.txt");
    EXPECT_EQ(back.toText(), learned.toText());
    const auto r1 = learned.read(notes, kBeat, 4, 0, 8 * kBar), r2 = back.read(notes, kBeat, 4, 0, 8 * kBar);
    EXPECT_EQ(r1.key.tonic, r2.key.tonic);
    ASSERT_EQ(r1.chordLogP.size(), r2.chordLogP.size());
    for (std::size_t i = 0; i < r1.chordLogP.size(); ++i)
        for (std::size_t k = 0; k < r1.chordLogP[i].size(); ++k)
            EXPECT_NEAR(r1.chordLogP[i][k], r2.chordLogP[i][k], 1e-3);
    try {
        MelodyChordModel::fromText("fgg-melody-chords 1\nkey major 1 2 3\n", "bad.txt");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("bad.txt line 2"), std::string::npos) << e.what();
    }
    EXPECT_THROW(MelodyChordModel::fromText("fgg-melody-chords 1\nnet 3 2 1\n", "small.txt"), Error);
    EXPECT_THROW(MelodyChordModel::fromText("hello\n", "x.txt"), Error);
}

TEST(MelodyChordModel, AnEmptyModelLeavesTheToneTable) {
    const ProgressionModel progressions = cadenceProgressions();
    const MelodyChordModel none;
    const auto [notes, labels] = cadenceSong(0);
    const ChordAnalysis with = Harmoniser(progressions, {}, &none).harmonise(notes, kBeat, 4, 0, 8 * kBar);
    const ChordAnalysis without = Harmoniser(progressions).harmonise(notes, kBeat, 4, 0, 8 * kBar);
    EXPECT_EQ(with.chords, without.chords);
}

TEST(Pop909Keys, TheLongestAnnotatedKeyWins) {
    const auto dir = std::filesystem::temp_directory_path() / "fgg-pop909-key-test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "key_audio.txt") << "0.5\t20.0\tE:min\n20.0\t180.25\tGb:maj\n";
    const KeyEstimate k = loadPop909Key(dir.string());
    EXPECT_EQ(k.tonic, 6);
    EXPECT_FALSE(k.minor);
    std::ofstream(dir / "key_audio.txt") << "0.5\t20.0\tH:dorian\n";
    EXPECT_THROW(loadPop909Key(dir.string()), Error);
    std::filesystem::remove_all(dir);
}

TEST(MelodyChordModel, ShippedTableLoadsAndIsSmall) {
    const std::string path = MelodyChordModel::shippedPath();
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    EXPECT_LT(std::filesystem::file_size(path), 1u << 20);
    const MelodyChordModel m = MelodyChordModel::load(path);
    ASSERT_FALSE(m.empty());
    EXPECT_FALSE(m.key.empty());
    // A plain tune in D major: the key finder says D, and the first bar (D F# A) reads as D.
    const std::vector<Note> tune = transposed(tuneInC(), 2);
    const auto r = m.read(tune, kBeat, 4, 0, 10 * kBar);
    EXPECT_EQ(r.key.majorTonic(), 2);
    ASSERT_FALSE(r.chordLogP[0].empty());
    const auto best = std::max_element(r.chordLogP[0].begin(), r.chordLogP[0].end()) - r.chordLogP[0].begin();
    EXPECT_EQ(transposeTriadToken(static_cast<int>(best), r.key.majorTonic()),
              *triadToken({2, TriadClass::Major}));
}
