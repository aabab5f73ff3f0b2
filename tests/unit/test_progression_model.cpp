// The n-gram progression model: learning from hand-made progressions, back-off, the text table, suggestions,
// and the shipped table.
#include "model/harmony/ChordVocabulary.h"
#include "model/harmony/ProgressionLearning.h"
#include "model/harmony/ProgressionModel.h"
#include "model/music/Error.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <numeric>

using namespace fgg;
using namespace fgg::harmony;

namespace {
int tok(const char* name) {
    const auto t = parseToken(name);
    EXPECT_TRUE(t.has_value()) << name;
    return t.value_or(0);
}

std::vector<int> toks(std::initializer_list<const char*> names) {
    std::vector<int> v;
    for (const char* n : names)
        v.push_back(tok(n));
    return v;
}

/// I V vi IV (x3), I vi IV V (x1), ii V I (x2).
ProgressionModel tinyModel() {
    ProgressionModel m(3);
    for (int i = 0; i < 3; ++i)
        m.addProgression(toks({"1:maj", "5:maj", "6:min", "4:maj"}));
    m.addProgression(toks({"1:maj", "6:min", "4:maj", "5:maj"}));
    for (int i = 0; i < 2; ++i)
        m.addProgression(toks({"2:min", "5:7", "1:maj"}));
    return m;
}
} // namespace

TEST(ProgressionModel, TokensRoundTrip) {
    for (int t = 0; t < kChordStates; ++t)
        EXPECT_EQ(parseToken(tokenName(t)), t);
    EXPECT_EQ(tokenName(relativeState(*chordState(Chord::parseLeadSheet("Am7")), 0)), "6:min7");
    EXPECT_EQ(tokenName(relativeState(*chordState(Chord::parseLeadSheet("D")), 7)), "5:maj");  // D in G
    EXPECT_EQ(tokenName(relativeState(*chordState(Chord::parseLeadSheet("C6")), 0)), "1:maj"); // folded
    EXPECT_FALSE(parseToken("8:maj"));
}

TEST(ProgressionModel, LongestSeenContextDecides) {
    const ProgressionModel m = tinyModel();
    const std::vector<int> h1 = {ProgressionModel::kStart, tok("1:maj"), tok("5:maj")};
    const std::vector<double> p = m.distribution(h1);
    EXPECT_NEAR(std::accumulate(p.begin(), p.end(), 0.0), 1.0, 1e-9);
    const int best = static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin());
    EXPECT_EQ(tokenName(best), "6:min");
    // After 6:min 4:maj the trigram saw 5:maj once; after 4:maj alone (bigram) too: 5:maj leads.
    const std::vector<int> h2 = {tok("6:min"), tok("4:maj")};
    const auto q = m.distribution(h2);
    EXPECT_EQ(tokenName(static_cast<int>(std::max_element(q.begin(), q.end()) - q.begin())), "5:maj");
}

TEST(ProgressionModel, BacksOffToShorterContextsAndFrequencies) {
    const ProgressionModel m = tinyModel();
    // Never seen: b7:maj then 5:7. The bigram for 5:7 (-> 1:maj) decides.
    const std::vector<int> h = {tok("b7:maj"), tok("5:7")};
    const auto p = m.distribution(h);
    EXPECT_EQ(tokenName(static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin())), "1:maj");
    EXPECT_NEAR(p[static_cast<std::size_t>(tok("1:maj"))],
                m.probability(std::vector<int>{tok("5:7")}, tok("1:maj")), 1e-12);
    // A chord never seen as context: chord frequencies, and every chord keeps some probability.
    const auto u = m.distribution(std::vector<int>{tok("#4:dim")});
    EXPECT_EQ(tokenName(static_cast<int>(std::max_element(u.begin(), u.end()) - u.begin())), "1:maj");
    for (double v : u)
        EXPECT_GT(v, 0);
}

TEST(ProgressionModel, SuggestionsAreInTheKeyAndSkipTheCurrentChord) {
    const ProgressionModel m = tinyModel();
    // In G major: G D -> Em first.
    const auto s = m.suggest({Chord::parseLeadSheet("G"), Chord::parseLeadSheet("D")}, 7, 3);
    ASSERT_EQ(s.size(), 3u);
    EXPECT_EQ(s[0].chord, Chord::parseLeadSheet("Em"));
    for (const auto& x : s)
        EXPECT_NE(x.chord, Chord::parseLeadSheet("D"));
    EXPECT_GE(s[0].probability, s[1].probability);
    EXPECT_GE(s[1].probability, s[2].probability);
}

TEST(ProgressionModel, TextTableRoundTripsAndNamesBadLines) {
    ProgressionModel m = tinyModel();
    m.addHalfBar(true, 1, true);
    m.addHalfBar(true, 2, true);
    m.addHalfBar(false, 1, false);
    const ProgressionModel back = ProgressionModel::fromText(m.toText(), "t.txt");
    EXPECT_EQ(back.toText(), m.toText());
    const std::vector<int> h = {tok("1:maj"), tok("6:min")};
    EXPECT_EQ(back.distribution(h), m.distribution(h));
    EXPECT_DOUBLE_EQ(back.changeProbability(true, 1), m.changeProbability(true, 1));

    try {
        ProgressionModel::fromText("fgg-progressions 1\norder 3\nngram 2 1:maj > 9:foo\n", "bad.txt");
        FAIL() << "expected an error";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("bad.txt line 3"), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("9:foo"), std::string::npos);
    }
    EXPECT_THROW(ProgressionModel::fromText("hello\n", "x.txt"), Error);
}

TEST(ProgressionModel, LearnsSongsRelativeToTheirKey) {
    // The same progression in C and in E major teaches the same relative n-grams.
    auto song = [](std::initializer_list<const char*> chords) {
        std::vector<ChordSpan> s;
        for (const char* c : chords)
            s.push_back({static_cast<Tick>(s.size()) * 1920, 1920, Chord::parseLeadSheet(c)});
        return s;
    };
    ProgressionModel m(3);
    learnSong(m, song({"C", "G", "Am", "F", "C", "G", "Am", "F"}), 1920);
    learnSong(m, song({"E", "B", "C#m", "A", "E", "B", "C#m", "A"}), 1920);
    const auto p = m.distribution(std::vector<int>{tok("1:maj"), tok("5:maj")});
    EXPECT_EQ(tokenName(static_cast<int>(std::max_element(p.begin(), p.end()) - p.begin())), "6:min");
    // Every chord here lasts a bar: changes at bar lines, none in mid-bar.
    EXPECT_GT(m.changeProbability(true, 2), 0.8);
    EXPECT_LT(m.changeProbability(false, 1), 0.2);
}

TEST(ProgressionModel, PruningKeepsShortContexts) {
    ProgressionModel m = tinyModel();
    m.prune(2);
    // The once-seen trigram is gone, the bigram stays.
    EXPECT_EQ(m.toText().find("ngram 1 1:maj 6:min > 4:maj"), std::string::npos);
    EXPECT_NE(m.toText().find("> 4:maj"), std::string::npos);
}

TEST(ProgressionModel, ShippedTableLoadsAndIsSmall) {
    const std::string path = ProgressionModel::shippedPath();
    ASSERT_TRUE(std::filesystem::exists(path)) << path;
    EXPECT_LT(std::filesystem::file_size(path), 1u << 20);
    const ProgressionModel m = ProgressionModel::load(path);
    EXPECT_FALSE(m.empty());
    // Pop music's own habits: after I and V, vi or IV are among the first three suggestions.
    const auto s = m.suggest({Chord::parseLeadSheet("C"), Chord::parseLeadSheet("G")}, 0, 3);
    bool found = false;
    for (const auto& x : s)
        found = found || x.chord == Chord::parseLeadSheet("Am") || x.chord == Chord::parseLeadSheet("F");
    EXPECT_TRUE(found);
}
