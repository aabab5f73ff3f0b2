// Lead sheets: bars of chord symbols, `%` and empty bars, printing, and conversion to and from chord spans.
#include "model/music/Error.h"
#include "model/music/LeadSheet.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace fgg;

namespace {

std::vector<std::vector<std::string>> names(const LeadSheet& sheet) {
    std::vector<std::vector<std::string>> out;
    for (const auto& bar : sheet.bars) {
        out.emplace_back();
        for (const Chord& c : bar)
            out.back().push_back(c.toLeadSheet());
    }
    return out;
}

using Bars = std::vector<std::vector<std::string>>;

ParseError parseErrorOf(const std::string& text) {
    try {
        LeadSheet::parse(text);
    } catch (const ParseError& e) {
        return e;
    }
    ADD_FAILURE() << "no ParseError for " << text;
    return ParseError("", 0);
}

/// Spans tile [0, bars * ticksPerBar) with no gap or overlap.
void expectTiled(const std::vector<ChordSpan>& spans, Tick ticksPerBar, int bars) {
    Tick at = 0;
    for (const ChordSpan& s : spans) {
        EXPECT_EQ(s.start, at);
        EXPECT_GT(s.length, 0);
        at = s.end();
    }
    EXPECT_EQ(at, ticksPerBar * bars);
}

} // namespace

TEST(LeadSheet, ParsesBarsAndChords) {
    const LeadSheet s = LeadSheet::parse("| C G | Am7 | F | G7 |");
    EXPECT_EQ(names(s), (Bars{{"C", "G"}, {"Am7"}, {"F"}, {"G7"}}));
    EXPECT_EQ(s.bars[0][0], Chord::parse("C"));
    EXPECT_EQ(s.bars[3][0].quality(), ChordQuality::Dominant7);
}

TEST(LeadSheet, OuterBarLinesAreOptional) {
    const Bars expected{{"C", "G"}, {"Am7"}, {"F"}, {"G7"}};
    EXPECT_EQ(names(LeadSheet::parse("C G | Am7 | F | G7")), expected);
    EXPECT_EQ(names(LeadSheet::parse("| C G | Am7 | F | G7")), expected);
    EXPECT_EQ(names(LeadSheet::parse("C G | Am7 | F | G7 |")), expected);
    EXPECT_EQ(names(LeadSheet::parse("  |C  G|Am7|F|G7|  \n")), expected);
    EXPECT_EQ(names(LeadSheet::parse("Cmaj7")), (Bars{{"Cmaj7"}}));
    EXPECT_TRUE(LeadSheet::parse("").bars.empty());
    EXPECT_TRUE(LeadSheet::parse("  | ").bars.empty());
}

TEST(LeadSheet, RepeatAndHold) {
    // `%` repeats the whole previous bar; `| |` holds the previous chord.
    EXPECT_EQ(names(LeadSheet::parse("| C G | % | Am |")), (Bars{{"C", "G"}, {"C", "G"}, {"Am"}}));
    EXPECT_EQ(names(LeadSheet::parse("| C G | | Am |")), (Bars{{"C", "G"}, {"G"}, {"Am"}}));
    EXPECT_EQ(names(LeadSheet::parse("| F | | | C |")), (Bars{{"F"}, {"F"}, {"F"}, {"C"}}));
    EXPECT_EQ(names(LeadSheet::parse("| F | % | % |")), (Bars{{"F"}, {"F"}, {"F"}}));
    // `||` with nothing between is a double bar line, not an empty bar.
    EXPECT_EQ(names(LeadSheet::parse("| C | G || Am |")), (Bars{{"C"}, {"G"}, {"Am"}}));
    // An empty first bar has nothing to hold.
    EXPECT_EQ(names(LeadSheet::parse("| | C |")), (Bars{{"N.C."}, {"C"}}));
}

TEST(LeadSheet, AcceptsEverySymbolKind) {
    const LeadSheet s = LeadSheet::parse("| Bbm/Db C#/E# | N.C. | G:sus4(b7) E:hdim7 | C° Cø C+ | NC N |");
    EXPECT_EQ(names(s), (Bars{{"Bbm/Db", "C#/E#"},
                              {"N.C."},
                              {"G7sus4", "Em7b5"},
                              {"Cdim", "Cm7b5", "Caug"},
                              {"N.C.", "N.C."}}));
}

TEST(LeadSheet, ToStringRoundTrips) {
    const std::string text = "| C G | Am7 | F | G7 |";
    EXPECT_EQ(LeadSheet::parse(text).toString(), text);
    for (const std::string t : {"| Cmaj7 | Dm7 G7 | Bbm/Db C#/E# | N.C. |", "| C:maj/b7 | Am | % | | F |",
                                "| C7(b9) Cm(add9) C6/9/E |", "| Cm7b5 F7sus4 Bb13 |"}) {
        const LeadSheet once = LeadSheet::parse(t);
        EXPECT_EQ(LeadSheet::parse(once.toString()), once) << t;
    }
    EXPECT_EQ(LeadSheet::parse("C:maj/b7 | Am7").toString(), "| C/Bb | Am7 |");
    EXPECT_EQ(LeadSheet{}.toString(), "");
}

TEST(LeadSheet, SpansDivideBarsEqually) {
    const LeadSheet s = LeadSheet::parse("| C G | Am7 | F G Am C | G7 |");
    const auto spans = s.toChordSpans(1920);
    ASSERT_EQ(spans.size(), 8u);
    expectTiled(spans, 1920, 4);
    EXPECT_EQ(spans[0], (ChordSpan{0, 960, Chord::parse("C")}));
    EXPECT_EQ(spans[1], (ChordSpan{960, 960, Chord::parse("G")}));
    EXPECT_EQ(spans[2], (ChordSpan{1920, 1920, Chord::parse("Am7")}));
    EXPECT_EQ(spans[3], (ChordSpan{3840, 480, Chord::parse("F")}));
    EXPECT_EQ(spans[6], (ChordSpan{5280, 480, Chord::parse("C")}));
    EXPECT_EQ(spans[7], (ChordSpan{5760, 1920, Chord::parse("G7")}));
}

TEST(LeadSheet, UnevenDivisionStillTilesTheBar) {
    const LeadSheet s = LeadSheet::parse("| C F G | Am Dm E7 G7 C |");
    for (Tick ticksPerBar : {1000, 1920, 7, 1001}) {
        const auto spans = s.toChordSpans(ticksPerBar);
        ASSERT_EQ(spans.size(), 8u) << ticksPerBar;
        expectTiled(spans, ticksPerBar, 2);
        // Parts differ by at most one tick.
        for (const ChordSpan& sp : spans) {
            const Tick n = sp.start < ticksPerBar ? 3 : 5;
            EXPECT_LE(sp.length, ticksPerBar / n + 1);
            EXPECT_GE(sp.length, ticksPerBar / n);
        }
    }
    const auto spans = s.toChordSpans(1000);
    EXPECT_EQ(spans[0].length + spans[1].length + spans[2].length, 1000);
}

TEST(LeadSheet, RepeatedChordsStaySeparateSpans) {
    const auto spans = LeadSheet::parse("| C C | C | % | | G |").toChordSpans(100);
    ASSERT_EQ(spans.size(), 6u);
    expectTiled(spans, 100, 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_EQ(spans[static_cast<std::size_t>(i)].chord, Chord::parse("C"));
    EXPECT_EQ(spans[0].length, 50);
    EXPECT_EQ(spans[4].start, 300); // the held bar
    EXPECT_EQ(spans[5], (ChordSpan{400, 100, Chord::parse("G")}));
}

TEST(LeadSheet, NoChordBarsAreSpansToo) {
    const auto spans = LeadSheet::parse("| N.C. | C |").toChordSpans(480);
    ASSERT_EQ(spans.size(), 2u);
    EXPECT_TRUE(spans[0].chord.isNoChord());
    expectTiled(spans, 480, 2);
    EXPECT_THROW(LeadSheet::parse("| C |").toChordSpans(0), Error);
}

TEST(LeadSheet, FromChordSpansInvertsToChordSpans) {
    for (const std::string t : {"| C G | Am7 | F G Am C | G7 |", "| C F G | Am | C C | % | | Dm G7 |",
                                "| N.C. | C | N.C. C |", "| C D E F G A |"}) {
        const LeadSheet sheet = LeadSheet::parse(t);
        for (Tick ticksPerBar : {1920, 1000, 480 * 3}) {
            const auto spans = sheet.toChordSpans(ticksPerBar);
            const LeadSheet back =
                LeadSheet::fromChordSpans(spans, ticksPerBar, static_cast<int>(sheet.bars.size()));
            EXPECT_EQ(back, sheet) << t << " @ " << ticksPerBar << " -> " << back.toString();
            EXPECT_EQ(back.toChordSpans(ticksPerBar), spans) << t;
        }
    }
}

TEST(LeadSheet, FromChordSpansOfAChordTrack) {
    const Chord c = Chord::parse("C"), g = Chord::parse("G7"), am = Chord::parse("Am");
    // A chord over two bars, a change on beat 3, a gap at the end.
    const std::vector<ChordSpan> spans{{0, 3840, c}, {3840, 960, am}, {4800, 960, g}, {5760, 960, c}};
    const LeadSheet s = LeadSheet::fromChordSpans(spans, 1920, 4);
    EXPECT_EQ(names(s), (Bars{{"C"}, {"C"}, {"Am", "G7"}, {"C", "N.C."}}));
    // `bars` <= 0: as many bars as the spans reach.
    EXPECT_EQ(LeadSheet::fromChordSpans(spans, 1920, 0).bars.size(), 4u);
    // A change on beat 4 splits the bar in quarters.
    const LeadSheet q = LeadSheet::fromChordSpans({{0, 1440, c}, {1440, 480, g}}, 1920, 1);
    EXPECT_EQ(names(q), (Bars{{"C", "C", "C", "G7"}}));
    // A change slightly off the beat snaps to the nearest one.
    const LeadSheet off = LeadSheet::fromChordSpans({{0, 965, c}, {965, 955, g}}, 1920, 1);
    EXPECT_EQ(names(off), (Bars{{"C", "G7"}}));
    // Nothing at all: a bar of no chord.
    EXPECT_EQ(names(LeadSheet::fromChordSpans({}, 1920, 2)), (Bars{{"N.C."}, {"N.C."}}));
    EXPECT_TRUE(LeadSheet::fromChordSpans({}, 1920, 0).bars.empty());
}

TEST(LeadSheet, ErrorsPointIntoTheWholeText) {
    ParseError e = parseErrorOf("| C G | Am7 Cxyz | F |");
    EXPECT_EQ(e.position(), 13u);
    EXPECT_NE(std::string(e.what()).find("'xyz'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("'Cxyz'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("position 13"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("bar 2"), std::string::npos) << e.what();

    e = parseErrorOf("| C | H7 |");
    EXPECT_EQ(e.position(), 6u);
    EXPECT_NE(std::string(e.what()).find("'H7'"), std::string::npos) << e.what();

    e = parseErrorOf("| C° | Cm7/X |");
    EXPECT_EQ(e.position(), 11u) << e.what(); // characters, not bytes: '°' is one

    e = parseErrorOf("| % | C |");
    EXPECT_EQ(e.position(), 2u);
    EXPECT_NE(std::string(e.what()).find("'%'"), std::string::npos) << e.what();

    e = parseErrorOf("| C | C % |");
    EXPECT_EQ(e.position(), 8u);

    e = parseErrorOf("C:foo");
    EXPECT_EQ(e.position(), 2u);
}
