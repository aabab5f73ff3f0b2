// Scales and keys: names, key parsing and printing, diatonic chords, FGG scale specs.
#include "model/music/Error.h"
#include "model/music/Scale.h"

#include "tests/unit/PitchNames.h"
#include <algorithm>
#include <functional>

#include <gtest/gtest.h>
#include <sstream>
#include <string>

using namespace fgg;
using fgg::testing::notes;

namespace {

std::string chordNames(const std::vector<Chord>& chords) {
    std::string s;
    for (const Chord& c : chords)
        s += (s.empty() ? "" : " ") + c.toLeadSheet();
    return s;
}

ParseError parseErrorOf(const std::function<void()>& f) {
    try {
        f();
    } catch (const ParseError& e) {
        return e;
    }
    ADD_FAILURE() << "no ParseError";
    return ParseError("", 0);
}

} // namespace

TEST(Scale, NamedScales) {
    EXPECT_EQ(Scale::named("major").intervals, notes("C D E F G A B"));
    EXPECT_EQ(Scale::named("minor").intervals, notes("C D Eb F G Ab Bb"));
    EXPECT_EQ(Scale::named("harmonic minor").intervals, notes("C D Eb F G Ab B"));
    EXPECT_EQ(Scale::named("melodic minor").intervals, notes("C D Eb F G A B"));
    EXPECT_EQ(Scale::named("dorian").intervals, notes("C D Eb F G A Bb"));
    EXPECT_EQ(Scale::named("phrygian").intervals, notes("C Db Eb F G Ab Bb"));
    EXPECT_EQ(Scale::named("lydian").intervals, notes("C D E F# G A B"));
    EXPECT_EQ(Scale::named("mixolydian").intervals, notes("C D E F G A Bb"));
    EXPECT_EQ(Scale::named("locrian").intervals, notes("C Db Eb F Gb Ab Bb"));
    EXPECT_EQ(Scale::named("major pentatonic").intervals, notes("C D E G A"));
    EXPECT_EQ(Scale::named("minor pentatonic").intervals, notes("C Eb F G Bb"));
    EXPECT_EQ(Scale::named("blues").intervals, notes("C Eb F Gb G Bb"));
    EXPECT_TRUE(Scale::named("chromatic").intervals.isAll());
}

TEST(Scale, AliasesGiveTheCanonicalScale) {
    EXPECT_EQ(Scale::named("ionian"), Scale::named("major"));
    EXPECT_EQ(Scale::named("aeolian"), Scale::named("minor"));
    EXPECT_EQ(Scale::named("natural minor"), Scale::named("minor"));
    EXPECT_EQ(Scale::named("pentatonic"), Scale::named("major pentatonic"));
    EXPECT_EQ(Scale::named("  Harmonic-Minor "), Scale::named("harmonic minor"));
    EXPECT_EQ(Scale::named("DORIAN").name, "dorian");
    EXPECT_EQ(Scale::named("aeolian").name, "minor");
}

TEST(Scale, KnownNamesAllResolve) {
    const auto names = Scale::knownNames();
    EXPECT_GE(names.size(), 13u);
    for (const std::string& n : names)
        EXPECT_EQ(Scale::named(n).name, n);
    for (const std::string n : {"major", "minor", "dorian", "blues", "chromatic", "major pentatonic"})
        EXPECT_NE(std::find(names.begin(), names.end(), n), names.end()) << n;
}

TEST(Scale, UnknownNameThrows) {
    const ParseError e = parseErrorOf([] { Scale::named("bebop-ish"); });
    EXPECT_NE(std::string(e.what()).find("'bebop-ish'"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("dorian"), std::string::npos) << e.what(); // lists what is known
}

TEST(Key, ParsesTheUsualForms) {
    struct Case {
        const char* text;
        const char* tonic;
        const char* scale;
    };
    for (const Case& c :
         {Case{"C", "C", "major"}, Case{"Am", "A", "minor"}, Case{"F# minor", "F#", "minor"},
          Case{"Gb:maj", "Gb", "major"}, Case{"D dorian", "D", "dorian"}, Case{"E:min", "E", "minor"},
          Case{"Bb major", "Bb", "major"}, Case{"C#m", "C#", "minor"}, Case{"Ebmaj", "Eb", "major"},
          Case{" A  harmonic minor ", "A", "harmonic minor"}, Case{"G mixolydian", "G", "mixolydian"},
          Case{"C major pentatonic", "C", "major pentatonic"}, Case{"E:aeolian", "E", "minor"}}) {
        const Key k = Key::parse(c.text);
        EXPECT_EQ(k.tonic.name(), c.tonic) << c.text;
        EXPECT_EQ(k.scale.name, c.scale) << c.text;
    }
}

TEST(Key, ToStringRoundTrips) {
    EXPECT_EQ(Key::parse("C").toString(), "C major");
    EXPECT_EQ(Key::parse("Am").toString(), "A minor");
    EXPECT_EQ(Key::parse("D dorian").toString(), "D dorian");
    EXPECT_EQ(Key::parse("Gb:maj").toString(), "Gb major");
    for (const std::string t : {"C major", "A minor", "F# minor", "Gb major", "D dorian", "Bb lydian",
                                "E minor pentatonic", "C# harmonic minor", "Ab blues"})
        EXPECT_EQ(Key::parse(t).toString(), t);
    EXPECT_EQ(Key::parse(Key::parse("Ebm").toString()), Key::parse("Ebm"));
}

TEST(Key, PitchClasses) {
    EXPECT_EQ(Key::parse("Am").pitchClasses(), notes("C D E F G A B"));
    EXPECT_EQ(Key::parse("D dorian").pitchClasses(), notes("C D E F G A B"));
    EXPECT_EQ(Key::parse("F# minor").pitchClasses(), notes("F# G# A B C# D E"));
    EXPECT_EQ(Key::parse("Bb major").pitchClasses(), notes("Bb C D Eb F G A"));
}

TEST(Key, BadKeysThrowNamingThem) {
    ParseError e = parseErrorOf([] { Key::parse("H major"); });
    EXPECT_NE(std::string(e.what()).find("'H major'"), std::string::npos) << e.what();
    EXPECT_EQ(e.position(), 0u);
    e = parseErrorOf([] { Key::parse("C bogus"); });
    EXPECT_NE(std::string(e.what()).find("'bogus'"), std::string::npos) << e.what();
    EXPECT_EQ(e.position(), 2u);
    EXPECT_THROW(Key::parse(""), ParseError);
    EXPECT_THROW(Key::parse("major"), ParseError);
}

TEST(Key, DiatonicTriads) {
    EXPECT_EQ(chordNames(Key::parse("C").diatonicChords()), "C Dm Em F G Am Bdim");
    EXPECT_EQ(chordNames(Key::parse("Am").diatonicChords()), "Am Bdim C Dm Em F G");
    EXPECT_EQ(chordNames(Key::parse("F# major").diatonicChords()), "F# G#m A#m B C# D#m E#dim");
    EXPECT_EQ(chordNames(Key::parse("Gb major").diatonicChords()), "Gb Abm Bbm Cb Db Ebm Fdim");
    EXPECT_EQ(chordNames(Key::parse("Eb minor").diatonicChords()), "Ebm Fdim Gb Abm Bbm Cb Db");
    EXPECT_EQ(chordNames(Key::parse("D dorian").diatonicChords()), "Dm Em F G Am Bdim C");
    EXPECT_EQ(chordNames(Key::parse("A harmonic minor").diatonicChords()), "Am Bdim Caug Dm E F G#dim");
}

TEST(Key, DiatonicSevenths) {
    EXPECT_EQ(chordNames(Key::parse("C").diatonicChords(true)), "Cmaj7 Dm7 Em7 Fmaj7 G7 Am7 Bm7b5");
    EXPECT_EQ(chordNames(Key::parse("Bb major").diatonicChords(true)), "Bbmaj7 Cm7 Dm7 Ebmaj7 F7 Gm7 Am7b5");
    EXPECT_EQ(chordNames(Key::parse("A harmonic minor").diatonicChords(true)),
              "AmMaj7 Bm7b5 Caug(add7) Dm7 E7 Fmaj7 G#dim7");
    // Every diatonic chord stays inside the key.
    for (const std::string k :
         {"C", "Am", "F# minor", "Db major", "E phrygian", "B locrian", "G melodic minor"}) {
        const Key key = Key::parse(k);
        for (bool sevenths : {false, true})
            for (const Chord& c : key.diatonicChords(sevenths))
                EXPECT_TRUE(c.chroma().isSubsetOf(key.pitchClasses())) << k << ": " << c.toLeadSheet();
    }
}

TEST(Key, DiatonicChordsOfOtherScalesFitTheScale) {
    const Key penta = Key::parse("C major pentatonic");
    const auto chords = penta.diatonicChords();
    EXPECT_FALSE(chords.empty());
    for (const Chord& c : chords)
        EXPECT_TRUE(c.chroma().isSubsetOf(penta.pitchClasses())) << c.toLeadSheet();
    EXPECT_EQ(chords.front().toLeadSheet(), "C");
    const Key blues = Key::parse("A blues");
    for (const Chord& c : blues.diatonicChords(true))
        EXPECT_TRUE(c.chroma().isSubsetOf(blues.pitchClasses())) << c.toLeadSheet();
}

TEST(Key, Transposed) {
    EXPECT_EQ(Key::parse("C").transposed(1).toString(), "Db major");
    EXPECT_EQ(Key::parse("Am").transposed(-3).toString(), "F# minor");
    EXPECT_EQ(Key::parse("C# minor").transposed(12).toString(), "C# minor");
}

TEST(ScaleSpec, TonicAndScaleName) {
    EXPECT_EQ(parseScaleSpec("A dorian"), notes("A B C D E F# G"));
    EXPECT_EQ(parseScaleSpec("C major pentatonic"), notes("C D E G A"));
    EXPECT_EQ(parseScaleSpec("C pentatonic"), notes("C D E G A"));
    EXPECT_EQ(parseScaleSpec("E minor pentatonic"), notes("E G A B D"));
    EXPECT_EQ(parseScaleSpec("F# minor"), notes("F# G# A B C# D E"));
    EXPECT_EQ(parseScaleSpec("Am"), notes("A B C D E F G"));
    EXPECT_EQ(parseScaleSpec("Bb:maj"), notes("Bb C D Eb F G A"));
}

TEST(ScaleSpec, ListOfNotes) {
    EXPECT_EQ(parseScaleSpec("C D E G A"), notes("C D E G A"));
    EXPECT_EQ(parseScaleSpec("C, Eb, F, G, Bb"), notes("C Eb F G Bb"));
    EXPECT_EQ(parseScaleSpec("  F# C#  "), notes("F# C#"));
}

TEST(ScaleSpec, BadInputNamesIt) {
    ParseError e = parseErrorOf([] { parseScaleSpec("C D H A"); });
    EXPECT_NE(std::string(e.what()).find("'H'"), std::string::npos) << e.what();
    EXPECT_EQ(e.position(), 4u);
    e = parseErrorOf([] { parseScaleSpec("A dorain"); });
    EXPECT_NE(std::string(e.what()).find("'dorain'"), std::string::npos) << e.what();
    EXPECT_EQ(e.position(), 2u);
    e = parseErrorOf([] { parseScaleSpec("dorian"); });
    EXPECT_NE(std::string(e.what()).find("tonic"), std::string::npos) << e.what();
    EXPECT_THROW(parseScaleSpec(""), ParseError);
    EXPECT_THROW(parseScaleSpec("   "), ParseError);
}
