// The paper's chord -> allowed pitch classes table, reached through Chord::allowedPitchClasses.
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
    // A bass that makes an unknown shape allows everything.
    EXPECT_TRUE(allowed("C/C#").isAll());
}

TEST(ScaleMask, FirstMatchWinsLikeTheReference) {
    // Csus2 = {C, D, G} = Gsus4, and sus4 comes first in the table: G major scale.
    EXPECT_EQ(Chord::parse("Csus2").chroma(), Chord::parse("Gsus4").chroma());
    EXPECT_EQ(allowed("Csus2"), notes("G A B C D E F#"));
    EXPECT_EQ(allowed("C:sus2"), allowed("Gsus4"));
    // C6 = Am7 and min7 precedes maj6: A Aeolian, the same notes as C major.
    EXPECT_EQ(allowed("C6"), notes("A B C D E F G"));
    // Cm7b5 = Ebm6 and min6 precedes hdim7; either way only the chord tones.
    EXPECT_EQ(allowed("Cm7b5"), Chord::parse("Ebm6").chroma());
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
