// The paper's chord -> allowed pitch classes table: table(symbol) through Chord::allowedPitchClasses, and the
// reference's recognition of a bare chroma.
#include "model/music/Chord.h"
#include "model/music/ScaleMask.h"

#include "tests/unit/PitchNames.h"

#include <gtest/gtest.h>
#include <sstream>
#include <string>

using namespace fgg;
using fgg::testing::notes;

namespace {

PitchClassSet allowed(const std::string& symbol) {
    return Chord::parse(symbol).allowedPitchClasses();
}

} // namespace

TEST(ScaleMask, MajorFamilyGetsTheMajorScale) {
    EXPECT_EQ(allowed("C"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("C:maj"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("Cmaj7"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("Csus4"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("Cadd9"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("C5"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("Eb"), notes("Eb F G Ab Bb C D"));
    EXPECT_EQ(allowed("C/E"), notes("C D E F G A B")); // bass already a chord tone
}

TEST(ScaleMask, MinorTriadGetsNaturalMinorWithRaisedSeventh) {
    EXPECT_EQ(allowed("Am"), notes("A B C D E F G G#"));
    EXPECT_EQ(allowed("A:min"), notes("A B C D E F G G#"));
    EXPECT_EQ(allowed("CmMaj7"), notes("C D Eb F G Ab Bb B"));
    EXPECT_EQ(allowed("Bbm/Db"), notes("Bb C Db Eb F Gb Ab A"));
}

TEST(ScaleMask, DominantGetsMixolydianAndMinorSeventhAeolian) {
    EXPECT_EQ(allowed("G7"), notes("G A B C D E F"));
    EXPECT_EQ(allowed("G:7"), notes("G A B C D E F"));
    EXPECT_EQ(allowed("G7sus4"), notes("G A B C D E F"));
    EXPECT_EQ(allowed("G:sus4(b7)"), notes("G A B C D E F"));
    EXPECT_EQ(allowed("G9"), notes("G A B C D E F"));
    EXPECT_EQ(allowed("Dm7"), notes("D E F G A Bb C"));
    EXPECT_EQ(allowed("D:min7"), notes("D E F G A Bb C"));
    EXPECT_EQ(allowed("Dm9"), notes("D E F G A Bb C"));
}

TEST(ScaleMask, ColourChordsAllowOnlyTheirTones) {
    EXPECT_EQ(allowed("Caug"), notes("C E G#"));
    EXPECT_EQ(allowed("Cdim"), notes("C Eb Gb"));
    EXPECT_EQ(allowed("Cm6"), notes("C Eb G A"));
    EXPECT_EQ(allowed("Cdim7"), notes("C Eb Gb A"));
    EXPECT_EQ(allowed("Cm7b5"), notes("C Eb Gb Bb"));
    EXPECT_EQ(allowed("E:hdim7"), notes("E G Bb D"));
}

TEST(ScaleMask, NoChordAllowsAllTwelve) {
    EXPECT_TRUE(allowed("N").isAll());
    EXPECT_TRUE(allowed("N.C.").isAll());
    EXPECT_TRUE(Chord::noChord().allowedPitchClasses().isAll());
    EXPECT_TRUE(allowedPitchClassesForChroma({}).isAll());
}

TEST(ScaleMask, SlashBassJoinsTheChroma) {
    // C:maj/b7 sounds C E G Bb, which is C7: Mixolydian of C.
    const Chord c = Chord::parse("C:maj/b7");
    EXPECT_EQ(c.chroma(), notes("C E G Bb"));
    EXPECT_EQ(c.allowedPitchClasses(), notes("C D E F G A Bb"));
    EXPECT_EQ(allowed("C/Bb"), notes("C D E F G A Bb"));
    // The bare chroma of a bass that makes an unknown shape allows everything.
    EXPECT_TRUE(allowedPitchClassesForChroma(Chord::parse("C/C#").chroma()).isAll());
}

TEST(ScaleMask, TheSymbolsRootDecidesNotItsPitchClassSet) {
    // Csus2 = {C, D, G} = Gsus4, and Gsus2 = Dsus4 (the issue's example): each takes the major scale of the
    // root that was written.
    EXPECT_EQ(Chord::parse("Csus2").chroma(), Chord::parse("Gsus4").chroma());
    EXPECT_EQ(allowed("Csus2"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("C:sus2"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("Gsus4"), notes("G A B C D E F#"));
    EXPECT_EQ(allowed("Gsus2"), notes("G A B C D E F#"));
    EXPECT_FALSE(allowed("Gsus2").contains(1)) << "no C# over Gsus2";
    EXPECT_EQ(allowed("Dsus4"), notes("D E F# G A B C#"));
    // E7sus4 = {E, A, B, D}, also Bm7(no5)(add11)-like shapes: Mixolydian of E.
    EXPECT_EQ(allowed("E7sus4"), notes("E F# G# A B C# D"));
    // C6 = Am7: C6 is a maj6 shape on C (C major), Am7 is A Aeolian (the same notes here).
    EXPECT_EQ(allowed("C6"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("Am7"), notes("A B C D E F G"));
    // Cm7b5 = Ebm6: each allows only its tones.
    EXPECT_EQ(allowed("Cm7b5"), notes("C Eb Gb Bb"));
    EXPECT_EQ(allowed("Ebm6"), notes("Eb Gb Bb C"));
}

TEST(ScaleMask, TheChromaRecognitionIsTheReferences) {
    // A chord known only by its pitch classes: first shape in table order, roots tried A, G#, G, ...
    EXPECT_EQ(allowedPitchClassesForChroma(notes("C D G")), notes("G A B C D E F#"));  // Gsus4 before Csus2
    EXPECT_EQ(allowedPitchClassesForChroma(notes("C E G A")), notes("A B C D E F G")); // Am7 before C6
    EXPECT_EQ(allowedPitchClassesForChroma(notes("C Eb Gb Bb")), notes("C Eb Gb Bb"));
    const auto shape = recogniseChromaShape(notes("G A D"));
    ASSERT_TRUE(shape);
    EXPECT_EQ(std::string(shape->entry->label), "sus4");
    EXPECT_EQ(shape->root, 2); // D
    EXPECT_FALSE(recogniseChromaShape(notes("C C# D")));
    EXPECT_FALSE(recogniseChromaShape({}));
}

TEST(ScaleMask, ASlashBassThatMakesAnotherShapeTakesItsScale) {
    EXPECT_EQ(allowed("Em/D"), notes("E F# G A B C D")) << "Em7: Aeolian, no D#";
    EXPECT_EQ(allowed("A7/G"), notes("A B C# D E F# G"));
    EXPECT_EQ(allowed("Dmaj7/F#"), notes("D E F# G A B C#"));
    EXPECT_EQ(allowed("Csus4/Bb"), notes("C D E F G A Bb")) << "C7sus4: Mixolydian";
    EXPECT_EQ(allowed("C5/Eb"), notes("C D Eb F G Ab Bb B")) << "Cm: minor with raised 7th";
    EXPECT_EQ(allowed("Am/F#"), notes("A C E F#")) << "Am6: chord tones";
}

TEST(ScaleMask, OtherBassesAndAddedTonesJoinTheQualitysScale) {
    // No shape has C E F G or C C# E G: the triad's scale, plus the bass the user asked for.
    EXPECT_EQ(allowed("C/F"), notes("C D E F G A B"));
    EXPECT_EQ(allowed("C/C#"), notes("C C# D E F G A B"));
    EXPECT_EQ(allowed("Csus2/Bb"), notes("C D E F G A Bb B"));
    // Altered tensions: the dominant's Mixolydian plus the alteration.
    EXPECT_EQ(allowed("C7b9"), notes("C Db D E F G A Bb"));
    EXPECT_EQ(allowed("C:aug7"), notes("C E G# Bb"));
    // Shapes of the table reached through extensions: C7#9 is the table's 7(#9) (its tones only), C13 its 13.
    EXPECT_EQ(allowed("C7#9"), notes("C D# E G Bb"));
    EXPECT_EQ(allowed("C13"), notes("C D E F G A Bb"));
    EXPECT_EQ(allowed("Cm6/9"), notes("C D Eb G A"));
}

TEST(ScaleMask, EveryQualityHasItsShapeInTheTable) {
    for (int q = static_cast<int>(ChordQuality::Major); q <= static_cast<int>(ChordQuality::Add9); ++q) {
        const PitchClassSet shape = qualityIntervals(static_cast<ChordQuality>(q));
        bool found = false;
        for (const ChordScaleEntry& e : chordScaleTable())
            found = found || e.chordIntervals == shape;
        EXPECT_TRUE(found) << "quality " << q << " (" << shape.toString() << ")";
    }
}

TEST(ScaleMask, EveryQualityOnEveryRootIsTransposable) {
    for (const std::string q : {"", "m", "7", "maj7", "m7", "dim", "dim7", "m7b5", "aug", "sus2", "sus4",
                                "7sus4", "6", "m6", "mMaj7", "9"}) {
        const PitchClassSet onC = allowed("C" + q);
        for (int s = 0; s < 12; ++s) {
            const Chord c = Chord::parse("C" + q).transposed(s);
            // The table is tried in every rotation, so the mask moves with the chord.
            EXPECT_EQ(c.allowedPitchClasses(), onC.transposed(s)) << c.toLeadSheet();
            EXPECT_TRUE(c.chroma().isSubsetOf(c.allowedPitchClasses())) << c.toLeadSheet();
        }
    }
}
