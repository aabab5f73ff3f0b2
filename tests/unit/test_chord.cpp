// Chord symbols: Harte and lead-sheet parsing, printing, round trips, chroma, transposition and error
// positions.
#include "model/music/Chord.h"
#include "model/music/Error.h"

#include "tests/unit/PitchNames.h"
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace fgg;
using fgg::testing::notes;

namespace {

PitchClassSet pcs(std::initializer_list<int> l) {
    return PitchClassSet(l);
}

struct ErrorInfo {
    std::string message;
    std::size_t position = 0;
    bool thrown = false;
};

ErrorInfo errorOf(const std::string& symbol) {
    try {
        Chord::parse(symbol);
    } catch (const ParseError& e) {
        return {e.what(), e.position(), true};
    }
    return {};
}

// Every POP909 quality, with its lead-sheet spelling and tones above C.
struct QualityCase {
    const char* harte;
    const char* leadSheet;
    ChordQuality quality;
    const char* tones;
};
const std::vector<QualityCase> kQualities{
    {"maj", "", ChordQuality::Major, "C E G"},
    {"min", "m", ChordQuality::Minor, "C Eb G"},
    {"sus2", "sus2", ChordQuality::Sus2, "C D G"},
    {"sus4", "sus4", ChordQuality::Sus4, "C F G"},
    {"min7", "m7", ChordQuality::Minor7, "C Eb G Bb"},
    {"maj7", "maj7", ChordQuality::Major7, "C E G B"},
    {"7", "7", ChordQuality::Dominant7, "C E G Bb"},
    {"maj6", "6", ChordQuality::Major6, "C E G A"},
    {"min6", "m6", ChordQuality::Minor6, "C Eb G A"},
    {"dim", "dim", ChordQuality::Diminished, "C Eb Gb"},
    {"dim7", "dim7", ChordQuality::Diminished7, "C Eb Gb A"},
    {"hdim7", "m7b5", ChordQuality::HalfDiminished7, "C Eb Gb Bb"},
    {"aug", "aug", ChordQuality::Augmented, "C E G#"},
    {"minmaj7", "mMaj7", ChordQuality::MinorMajor7, "C Eb G B"},
    {"sus4(b7)", "7sus4", ChordQuality::SevenSus4, "C F G Bb"},
    {"5", "5", ChordQuality::Power, "C G"},
    {"9", "9", ChordQuality::Dominant9, "C D E G Bb"},
    {"maj9", "maj9", ChordQuality::Major9, "C D E G B"},
    {"min9", "m9", ChordQuality::Minor9, "C D Eb G Bb"},
    {"maj(9)", "add9", ChordQuality::Add9, "C D E G"},
};

const std::vector<std::string> kRoots{"C",  "C#", "Db", "D",  "Eb", "E",  "E#", "Fb", "F",  "F#",
                                      "Gb", "G",  "G#", "Ab", "A",  "A#", "Bb", "B",  "Cb", "B#"};
const std::vector<std::string> kHarteBasses{"",   "/3", "/5", "/b3", "/b7", "/7",
                                            "/2", "/4", "/6", "/9",  "/#4"};

} // namespace

TEST(SpelledPitch, ParsesAndNamesAnySpelling) {
    for (const std::string& n : kRoots) {
        std::size_t used = 0;
        const auto p = SpelledPitch::parse(n + "m7", used);
        ASSERT_TRUE(p) << n;
        EXPECT_EQ(used, n.size());
        EXPECT_EQ(p->name(), n);
    }
    std::size_t used = 0;
    EXPECT_EQ(SpelledPitch::parse("E#", used)->pitchClass(), 5);
    EXPECT_EQ(SpelledPitch::parse("Cb", used)->pitchClass(), 11);
    EXPECT_EQ(SpelledPitch::parse("Bbb", used)->pitchClass(), 9);
    EXPECT_EQ(SpelledPitch::parse("F##", used)->pitchClass(), 7);
    EXPECT_FALSE(SpelledPitch::parse("H", used));
    EXPECT_FALSE(SpelledPitch::parse("c", used));
    EXPECT_FALSE(SpelledPitch::parse("", used));
}

TEST(SpelledPitch, AboveKeepsLettersByDegree) {
    const SpelledPitch c{0, 0};
    EXPECT_EQ(c.above(3, 4).name(), "E");
    EXPECT_EQ(c.above(3, 3).name(), "Eb");
    EXPECT_EQ(c.above(7, 10).name(), "Bb");
    EXPECT_EQ(c.above(7, 9).name(), "Bbb");
    EXPECT_EQ(c.above(9, 14).name(), "D");
    const SpelledPitch cs{0, 1};
    EXPECT_EQ(cs.above(3, 4).name(), "E#");
    const SpelledPitch bb{6, -1};
    EXPECT_EQ(bb.above(3, 3).name(), "Db");
    EXPECT_EQ(ChordDegree::between(bb, SpelledPitch{1, -1}), (ChordDegree{3, -1}));
    EXPECT_EQ(ChordDegree::between(c, SpelledPitch{3, -1}), (ChordDegree{4, -1}));
}

TEST(ChordDegree, SemitonesAndNames) {
    EXPECT_EQ((ChordDegree{3, -1}).semitones(), 3);
    EXPECT_EQ((ChordDegree{7, -1}).semitones(), 10);
    EXPECT_EQ((ChordDegree{7, -2}).semitones(), 9);
    EXPECT_EQ((ChordDegree{9, 0}).semitones(), 14);
    EXPECT_EQ((ChordDegree{11, 1}).semitones(), 18);
    EXPECT_EQ((ChordDegree{13, -1}).semitones(), 20);
    EXPECT_EQ((ChordDegree{7, -1}).toString(), "b7");
    EXPECT_EQ((ChordDegree{11, 1}).toString(), "#11");
    EXPECT_EQ((ChordDegree{5, 0}).toString(), "5");
}

TEST(Chord, QualityIntervalsMatchDegrees) {
    for (const QualityCase& q : kQualities) {
        PitchClassSet fromDegrees;
        for (const ChordDegree& d : qualityDegrees(q.quality))
            fromDegrees.insert(d.semitones());
        EXPECT_EQ(qualityIntervals(q.quality), fromDegrees) << q.harte;
        EXPECT_EQ(qualityIntervals(q.quality), notes(q.tones)) << q.harte;
    }
    EXPECT_TRUE(qualityIntervals(ChordQuality::NoChord).empty());
}

TEST(Chord, HarteRoundTripsEveryQualityRootAndBass) {
    for (const QualityCase& q : kQualities) {
        for (const std::string& root : kRoots) {
            for (const std::string& bass : kHarteBasses) {
                const std::string label = root + ":" + q.harte + bass;
                const Chord c = Chord::parse(label);
                EXPECT_EQ(c.toHarte(), label);
                EXPECT_EQ(c.quality(), q.quality) << label;
                EXPECT_EQ(c.rootSpelling().name(), root) << label;
                EXPECT_EQ(Chord::parseHarte(label), c) << label;
                EXPECT_EQ(Chord::parse(c.toHarte()), c) << label;
            }
        }
    }
}

TEST(Chord, LeadSheetRoundTripsEveryQualityRootAndBass) {
    const std::vector<std::string> basses{"", "/E", "/G", "/Eb", "/Bb", "/B", "/D", "/F#", "/Ab", "/C"};
    for (const QualityCase& q : kQualities) {
        for (const std::string& root : kRoots) {
            const std::string symbol = root + q.leadSheet;
            const Chord c = Chord::parse(symbol);
            EXPECT_EQ(c.toLeadSheet(), symbol);
            EXPECT_EQ(c.quality(), q.quality) << symbol;
            EXPECT_EQ(c.chroma(), notes(q.tones).transposed(c.root())) << symbol;
            EXPECT_EQ(Chord::parseLeadSheet(symbol), c) << symbol;
        }
        for (const std::string& bass : basses) {
            const std::string symbol = std::string("C") + q.leadSheet + bass;
            const Chord c = Chord::parse(symbol);
            EXPECT_EQ(c.toLeadSheet(), symbol);
            ASSERT_EQ(c.bass().has_value(), !bass.empty()) << symbol;
            if (c.bass()) {
                EXPECT_EQ(c.bassSpelling()->name(), bass.substr(1)) << symbol;
            }
        }
    }
}

TEST(Chord, HarteAndLeadSheetAgree) {
    for (const QualityCase& q : kQualities) {
        for (const std::string& root : kRoots) {
            for (const std::string& bass : kHarteBasses) {
                const Chord harte = Chord::parse(root + ":" + q.harte + bass);
                const std::string lead = harte.toLeadSheet();
                const Chord back = Chord::parse(lead);
                EXPECT_EQ(back.chroma(), harte.chroma()) << lead;
                EXPECT_EQ(back.bassPitchClass(), harte.bassPitchClass()) << lead;
                // A note-name bass cannot say "9th" rather than "2nd": compound bass degrees come back
                // simple.
                if (bass == "/9") continue;
                EXPECT_EQ(back, harte) << lead;
                EXPECT_EQ(back.chroma(), harte.chroma()) << lead;
                EXPECT_EQ(back.root(), harte.root()) << lead;
                EXPECT_EQ(back.bassPitchClass(), harte.bassPitchClass()) << lead;
                EXPECT_EQ(back.rootSpelling(), harte.rootSpelling()) << lead;
                EXPECT_EQ(back.toHarte(), harte.toHarte()) << lead;
            }
        }
    }
}

TEST(Chord, SpellingsSurvive) {
    EXPECT_EQ(Chord::parse("Bb:min7/b7").toHarte(), "Bb:min7/b7");
    EXPECT_EQ(Chord::parse("Bb:min7/b7").toLeadSheet(), "Bbm7/Ab");
    EXPECT_EQ(Chord::parse("Bbm/Db").toHarte(), "Bb:min/b3");
    EXPECT_EQ(Chord::parse("Bbm/Db").toLeadSheet(), "Bbm/Db");
    EXPECT_EQ(Chord::parse("C#/E#").toHarte(), "C#:maj/3");
    EXPECT_EQ(Chord::parse("C#/E#").toLeadSheet(), "C#/E#");
    EXPECT_EQ(Chord::parse("Db/F").toLeadSheet(), "Db/F");
    EXPECT_EQ(Chord::parse("E#").toLeadSheet(), "E#");
    EXPECT_EQ(Chord::parse("Cbm7").toHarte(), "Cb:min7");
    EXPECT_EQ(Chord::parse("C/Fb").bass(), (ChordDegree{4, -1}));
    EXPECT_EQ(Chord::parse("C/Fb").toLeadSheet(), "C/Fb");
    EXPECT_EQ(Chord::parse("G:sus4(b7)").toHarte(), "G:sus4(b7)");
    EXPECT_EQ(Chord::parse("G:sus4(b7)").toLeadSheet(), "G7sus4");
    EXPECT_EQ(Chord::parse("E:hdim7").toLeadSheet(), "Em7b5");
    EXPECT_EQ(Chord::parse("C#:maj").toLeadSheet(), "C#");
}

TEST(Chord, Aliases) {
    const std::vector<std::pair<std::string, std::string>> aliases{
        {"CM7", "Cmaj7"},
        {"CΔ7", "Cmaj7"},
        {"CΔ", "Cmaj7"},
        {"Cmaj", "C"},
        {"CM", "C"},
        {"C-7", "Cm7"},
        {"Cmin7", "Cm7"},
        {"Cmi7", "Cm7"},
        {"Cmin", "Cm"},
        {"C-", "Cm"},
        {"C°", "Cdim"},
        {"Co", "Cdim"},
        {"C°7", "Cdim7"},
        {"Co7", "Cdim7"},
        {"Cø", "Cm7b5"},
        {"Cø7", "Cm7b5"},
        {"Cm7(b5)", "Cm7b5"},
        {"C-7b5", "Cm7b5"},
        {"C+", "Caug"},
        {"Cmaj9", "Cmaj9"},
        {"CM9", "Cmaj9"},
        {"Cm9", "Cm9"},
        {"C-9", "Cm9"},
        {"Cadd9", "Cadd9"},
        {"C(add9)", "Cadd9"},
        {"C5", "C5"},
        {"Csus", "Csus4"},
        {"C7sus", "C7sus4"},
        {"CmM7", "CmMaj7"},
        {"Cm(maj7)", "CmMaj7"},
        {"Cminmaj7", "CmMaj7"},
        {"C-maj7", "CmMaj7"},
        {"Cmaj6", "C6"},
        {"Cmin6", "Cm6"},
        {"Caug7", "Caug7"},
        {"C+7", "Caug7"},
        {"C69", "C6/9"},
        {"Csus4(b7)", "C7sus4"},
    };
    for (const auto& [alias, canonical] : aliases) {
        EXPECT_EQ(Chord::parse(alias).toLeadSheet(), canonical) << alias;
        EXPECT_EQ(Chord::parse(alias), Chord::parse(canonical)) << alias;
    }
}

TEST(Chord, ExtensionsAndExtendedQualities) {
    // Harte extension lists round-trip; the 9th of `maj(9)` is the add9 chord.
    EXPECT_EQ(Chord::parse("C:maj(9)").quality(), ChordQuality::Add9);
    EXPECT_EQ(Chord::parse("C:maj(9)"), Chord::parse("Cadd9"));
    EXPECT_EQ(Chord::parse("C:min(*b3)").toHarte(), "C:min(*b3)");
    EXPECT_EQ(Chord::parse("C:min(*b3)").chroma(), notes("C G"));
    for (const std::string label :
         {"C:min(*b3)", "C:7(b9)", "C:7(#9)", "C:maj7(#11)", "C:min7(11)", "C:7(b13)", "C:min(9)",
          "C:maj6(9)", "C:7(b5,*5)", "C:7(*5)", "C:11", "C:13", "C:maj13", "C:min11", "C:aug7", "C:1",
          "C:sus4(b7,9)", "C:maj(9,11)", "A:min(9)/b3"}) {
        const Chord c = Chord::parse(label);
        EXPECT_EQ(c.toHarte(), label);
        const Chord viaLead = Chord::parse(c.toLeadSheet());
        EXPECT_EQ(viaLead, c) << label << " as " << c.toLeadSheet();
        EXPECT_EQ(viaLead.chroma(), c.chroma()) << label;
    }
    EXPECT_EQ(Chord::parse("C:7(b9)").toLeadSheet(), "C7(b9)");
    EXPECT_EQ(Chord::parse("C7b9"), Chord::parse("C:7(b9)"));
    EXPECT_EQ(Chord::parse("C7#9").chroma(), notes("C E G Bb D#"));
    EXPECT_EQ(Chord::parse("C7b5").chroma(), notes("C E Gb Bb")); // the altered fifth replaces the fifth
    EXPECT_EQ(Chord::parse("C7b5").toHarte(), "C:7(b5,*5)");
    EXPECT_EQ(Chord::parse("C:min(9)").toLeadSheet(), "Cm(add9)");
    EXPECT_EQ(Chord::parse("Cmadd9"), Chord::parse("C:min(9)"));
    EXPECT_EQ(Chord::parse("C(no3)").chroma(), notes("C G"));
    EXPECT_EQ(Chord::parse("Comit3"), Chord::parse("C(no3)"));
    EXPECT_EQ(Chord::parse("C:11").chroma(), notes("C E G Bb D F"));
    EXPECT_EQ(Chord::parse("C11"), Chord::parse("C:11"));
    EXPECT_EQ(Chord::parse("C13").chroma(), notes("C E G Bb D F A"));
    EXPECT_EQ(Chord::parse("C6/9").chroma(), notes("C E G A D"));
    EXPECT_EQ(Chord::parse("C6/9/E").bassSpelling()->name(), "E");
    // Degree-list-only Harte labels become the matching quality.
    EXPECT_EQ(Chord::parse("C:(1,b3,5)"), Chord::parse("C:min"));
    EXPECT_EQ(Chord::parse("C:(1,3,5,b7)/b7").toHarte(), "C:7/b7");
}

TEST(Chord, NoChordAndDetection) {
    for (const std::string n : {"N", "X", "N.C.", "NC", "N.C", "n.c.", " N "}) {
        const Chord c = Chord::parse(n);
        EXPECT_TRUE(c.isNoChord()) << n;
        EXPECT_EQ(c, Chord::noChord()) << n;
        EXPECT_EQ(c.toHarte(), "N");
        EXPECT_EQ(c.toLeadSheet(), "N.C.");
        EXPECT_TRUE(c.chroma().empty());
        EXPECT_EQ(c.bassPitchClass(), -1);
    }
    // Harte without ':' : the root alone is C:maj, `C/3` a degree bass.
    EXPECT_EQ(Chord::parse("C/3"), Chord::parse("C/E"));
    EXPECT_EQ(Chord::parse("Bb/b7").toHarte(), "Bb:maj/b7");
    EXPECT_EQ(Chord::parseHarte("C"), Chord::parse("C:maj"));
    EXPECT_EQ(Chord::parse("  Am7 "), Chord::parse("Am7"));
    EXPECT_EQ(Chord(SpelledPitch{2, 0}, ChordQuality::NoChord), Chord::noChord());
}

TEST(Chord, ChromaFollowsMirEval) {
    EXPECT_EQ(Chord::parse("C:maj/b7").chroma(), notes("C E G Bb"));
    EXPECT_EQ(Chord::parse("C:maj/3").chroma(), notes("C E G"));
    EXPECT_EQ(Chord::parse("C/D").chroma(), notes("C D E G"));
    EXPECT_EQ(Chord::parse("Bb:min7/b7").chroma(), notes("Bb Db F Ab"));
    EXPECT_EQ(Chord::parse("G:sus4(b7)").chroma(), notes("G C D F"));
    EXPECT_EQ(Chord::parse("E:hdim7").chroma(), notes("E G Bb D"));
    EXPECT_EQ(Chord::parse("Cdim7").chroma(), pcs({0, 3, 6, 9}));
    EXPECT_EQ(Chord::parse("C:maj/b7").bassPitchClass(), 10);
    EXPECT_EQ(Chord::parse("Bbm/Db").bassPitchClass(), 1);
    EXPECT_EQ(Chord::parse("Am7").bassPitchClass(), 9);
}

TEST(Chord, SpelledTones) {
    auto names = [](const Chord& c) {
        std::string s;
        for (const SpelledPitch& p : c.spelledTones())
            s += (s.empty() ? "" : " ") + p.name();
        return s;
    };
    EXPECT_EQ(names(Chord::parse("Bbm7")), "Bb Db F Ab");
    EXPECT_EQ(names(Chord::parse("C#dim7")), "C# E G Bb");
    EXPECT_EQ(names(Chord::parse("F#7")), "F# A# C# E");
    EXPECT_EQ(names(Chord::parse("Cadd9")), "C E G D");
    EXPECT_EQ(names(Chord::parse("C:min(*b3)")), "C G");
    EXPECT_TRUE(Chord::noChord().spelledTones().empty());
}

TEST(Chord, TransposeChoosesPlainSpellings) {
    const Chord c = Chord::parse("C:maj7/3");
    const std::vector<std::string> expected{"C", "Db", "D", "Eb", "E", "F", "F#", "G", "Ab", "A", "Bb", "B"};
    for (int s = 0; s < 12; ++s) {
        const Chord t = c.transposed(s);
        EXPECT_EQ(t.rootSpelling().name(), expected[static_cast<std::size_t>(s)]) << s;
        EXPECT_EQ(t.quality(), ChordQuality::Major7);
        EXPECT_EQ(t.bass(), c.bass());
        EXPECT_EQ(t.chroma(), c.chroma().transposed(s));
    }
    EXPECT_EQ(Chord::parse("C#m").transposed(0).rootSpelling().name(), "C#"); // no move, no respelling
    EXPECT_EQ(Chord::parse("E#").transposed(12).rootSpelling().name(), "E#");
    EXPECT_EQ(Chord::parse("E#").transposed(1).rootSpelling().name(), "F#");
    EXPECT_EQ(Chord::parse("Cb").transposed(-1).rootSpelling().name(), "Bb");
    EXPECT_EQ(Chord::parse("C").transposed(-1).toLeadSheet(), "B");
    EXPECT_EQ(Chord::parse("Bbm/Db").transposed(2).toLeadSheet(), "Cm/Eb");
    EXPECT_EQ(Chord::parse("G:sus4(b7)").transposed(3).toHarte(), "Bb:sus4(b7)");
    EXPECT_TRUE(Chord::noChord().transposed(5).isNoChord());
}

TEST(Chord, FromIntervals) {
    const SpelledPitch d{1, 0};
    EXPECT_EQ(Chord::fromIntervals(d, pcs({0, 3, 7})), Chord::parse("Dm"));
    EXPECT_EQ(Chord::fromIntervals(d, pcs({0, 3, 6, 10})), Chord::parse("Dm7b5"));
    EXPECT_EQ(Chord::fromIntervals(d, pcs({0, 4, 8, 11})).chroma(), pcs({0, 4, 8, 11}).transposed(2));
    EXPECT_TRUE(Chord::fromIntervals(d, {}).isNoChord());
}

TEST(Chord, ErrorsNameSymbolAndPosition) {
    ErrorInfo e = errorOf("Cxyz");
    ASSERT_TRUE(e.thrown);
    EXPECT_NE(e.message.find("unknown chord quality 'xyz' in 'Cxyz' at position 1"), std::string::npos)
        << e.message;
    EXPECT_EQ(e.position, 1u);

    e = errorOf("Bbm7xyz");
    EXPECT_NE(e.message.find("'xyz' in 'Bbm7xyz' at position 4"), std::string::npos) << e.message;
    EXPECT_EQ(e.position, 4u);

    e = errorOf("C:xyz");
    EXPECT_NE(e.message.find("unknown chord quality 'xyz' in 'C:xyz' at position 2"), std::string::npos)
        << e.message;
    EXPECT_EQ(e.position, 2u);

    e = errorOf("H7");
    EXPECT_NE(e.message.find("'H7'"), std::string::npos) << e.message;
    EXPECT_EQ(e.position, 0u);

    e = errorOf("C/X");
    EXPECT_NE(e.message.find("bass"), std::string::npos) << e.message;
    EXPECT_EQ(e.position, 2u);

    e = errorOf("C:maj/q");
    EXPECT_NE(e.message.find("bass"), std::string::npos) << e.message;
    EXPECT_EQ(e.position, 6u);

    e = errorOf("C:maj(9,x)");
    EXPECT_NE(e.message.find("'x'"), std::string::npos) << e.message;
    EXPECT_EQ(e.position, 8u);

    e = errorOf("C:maj(9");
    EXPECT_NE(e.message.find("')'"), std::string::npos) << e.message;
    EXPECT_EQ(e.position, 7u);

    e = errorOf("C7(b9");
    EXPECT_NE(e.message.find("missing ')'"), std::string::npos) << e.message;
    EXPECT_EQ(e.position, 5u);

    e = errorOf("C:");
    EXPECT_TRUE(e.thrown);
    EXPECT_EQ(e.position, 2u);

    e = errorOf("");
    EXPECT_TRUE(e.thrown);

    // Positions count characters, not bytes, and leading spaces.
    e = errorOf("C°xyz");
    EXPECT_EQ(e.position, 2u) << e.message;
    e = errorOf("  Cxyz");
    EXPECT_EQ(e.position, 3u) << e.message;

    // Lead-sheet syntax errors from the explicit parsers too.
    EXPECT_THROW(Chord::parseLeadSheet("C:maj"), ParseError);
    EXPECT_THROW(Chord::parseHarte("Cm7"), ParseError);
    EXPECT_THROW(Chord::parse("C7x"), ParseError);
    EXPECT_THROW(Chord::parse("C:maj(14)"), ParseError);
}

TEST(Chord, Pop909LabelsRoundTrip) {
    const char* env = std::getenv("FGG_POP909_DIR");
    const std::filesystem::path dir = env && *env ? env : "/work/shared/data/pop909";
    if (!std::filesystem::is_directory(dir))
        GTEST_SKIP() << "POP909 not found at " << dir << " (set FGG_POP909_DIR)";

    std::set<std::string> labels;
    int files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        const std::filesystem::path file = entry.path() / "chord_midi.txt";
        if (!std::filesystem::is_regular_file(file)) continue;
        ++files;
        std::ifstream in(file);
        std::string line;
        while (std::getline(in, line)) {
            std::istringstream fields(line);
            std::string start, end, label;
            if (fields >> start >> end >> label) labels.insert(label);
        }
    }
    if (files == 0) GTEST_SKIP() << "no */chord_midi.txt under " << dir;
    EXPECT_GT(labels.size(), 100u);
    for (const std::string& label : labels) {
        Chord c;
        ASSERT_NO_THROW(c = Chord::parse(label)) << label;
        EXPECT_EQ(c.toHarte(), label);
        const Chord viaLead = Chord::parse(c.toLeadSheet());
        EXPECT_EQ(viaLead.chroma(), c.chroma()) << label << " as " << c.toLeadSheet();
        EXPECT_EQ(viaLead.root(), c.root()) << label;
        EXPECT_EQ(viaLead.bassPitchClass(), c.bassPitchClass()) << label;
        EXPECT_EQ(viaLead.toHarte(), label) << label << " as " << c.toLeadSheet();
    }
}
