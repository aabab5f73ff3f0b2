// Chord entry from held MIDI notes: recognition, gestures, and MidiInput's note/chord callbacks.
#include "audio/MidiInput.h"
#include "model/harmony/ChordRecognizer.h"

#include <gtest/gtest.h>

using namespace fgg;
using namespace fgg::audio;
using namespace fgg::harmony;

namespace {
std::optional<Chord> chordOf(std::vector<int> pitches) {
    return recognizeChord(pitches);
}

void expectChord(const std::vector<int>& pitches, int root, ChordQuality quality, int bassPc = -1) {
    const auto c = recognizeChord(pitches);
    ASSERT_TRUE(c.has_value());
    EXPECT_EQ(c->root(), root);
    EXPECT_EQ(c->quality(), quality);
    EXPECT_EQ(c->bassPitchClass(), bassPc < 0 ? root : bassPc);
    EXPECT_EQ(c->bass().has_value(), bassPc >= 0 && bassPc != root);
}
} // namespace

TEST(ChordRecognizer, RootPositionTriadsAndSevenths) {
    expectChord({60, 64, 67}, 0, ChordQuality::Major);         // C
    expectChord({57, 60, 64, 67}, 9, ChordQuality::Minor7);    // Am7 (A in the bass)
    expectChord({55, 59, 62, 65}, 7, ChordQuality::Dominant7); // G7
    expectChord({62, 65, 69}, 2, ChordQuality::Minor);         // Dm
    expectChord({59, 62, 65}, 11, ChordQuality::Diminished);   // Bdim
    expectChord({60, 64, 68}, 0, ChordQuality::Augmented);     // Caug
    expectChord({60, 64, 67, 71}, 0, ChordQuality::Major7);    // Cmaj7
    expectChord({59, 62, 65, 69}, 11, ChordQuality::HalfDiminished7);
    expectChord({60, 65, 67}, 0, ChordQuality::Sus4);
    expectChord({60, 62, 67}, 0, ChordQuality::Sus2);
    expectChord({48, 55}, 0, ChordQuality::Power);
    expectChord({60, 62, 64, 67, 70}, 0, ChordQuality::Dominant9);
}

TEST(ChordRecognizer, SpellingAndOctavesDoNotMatter) {
    expectChord({46, 62, 77}, 10, ChordQuality::Major); // Bb D F spread over 3 octaves
    const auto c = chordOf({46, 62, 77});
    ASSERT_TRUE(c);
    EXPECT_EQ(c->rootSpelling(), (SpelledPitch{6, -1})); // Bb, not A#
    expectChord({66, 70, 73}, 6, ChordQuality::Major);   // F#
    expectChord({60, 64, 67, 72, 76}, 0, ChordQuality::Major);
}

TEST(ChordRecognizer, InversionsBecomeSlashChords) {
    expectChord({64, 67, 72}, 0, ChordQuality::Major, 4);          // C/E
    expectChord({55, 60, 64}, 0, ChordQuality::Major, 7);          // C/G
    expectChord({58, 60, 64, 67}, 0, ChordQuality::Dominant7, 10); // C7/Bb
    const auto ce = chordOf({64, 67, 72});
    ASSERT_TRUE(ce);
    ASSERT_TRUE(ce->bass().has_value());
    EXPECT_EQ(ce->bass()->degree, 3);
    EXPECT_EQ(ce->bass()->accidental, 0);
}

TEST(ChordRecognizer, AmbiguousNotesPreferTheRootInTheBass) {
    expectChord({57, 60, 64, 67}, 9, ChordQuality::Minor7); // A C E G -> Am7
    expectChord({48, 57, 64, 67}, 0, ChordQuality::Major6); // C A E G -> C6
    expectChord({60, 63, 66, 69}, 0, ChordQuality::Diminished7);
}

TEST(ChordRecognizer, SeventhsMayOmitTheFifth) {
    expectChord({60, 64, 70}, 0, ChordQuality::Dominant7); // C E Bb
}

TEST(ChordRecognizer, NotAChord) {
    EXPECT_FALSE(chordOf({}));
    EXPECT_FALSE(chordOf({60}));
    EXPECT_FALSE(chordOf({60, 72}));
    EXPECT_FALSE(chordOf({60, 61, 62}));
    EXPECT_FALSE(chordOf({60, 64}));
}

TEST(ChordRecognizer, AgreesWithTheLeadSheetParser) {
    EXPECT_EQ(*chordOf({60, 64, 67}), Chord::parseLeadSheet("C"));
    EXPECT_EQ(*chordOf({57, 60, 64, 67}), Chord::parseLeadSheet("Am7"));
    EXPECT_EQ(*chordOf({64, 67, 72}), Chord::parseLeadSheet("C/E"));
    EXPECT_EQ(*chordOf({55, 59, 62, 65}), Chord::parseLeadSheet("G7"));
}

TEST(ChordGesture, ReportsTheFullestSetWhenTheLastKeyLifts) {
    ChordGesture g;
    g.noteOn(60);
    g.noteOn(64);
    g.noteOn(67);
    EXPECT_EQ(g.held(), (std::vector<int>{60, 64, 67}));
    EXPECT_FALSE(g.noteOff(64));
    EXPECT_FALSE(g.noteOff(60));
    EXPECT_FALSE(g.noteOff(99)) << "a release never pressed is ignored";
    const auto done = g.noteOff(67);
    ASSERT_TRUE(done);
    EXPECT_EQ(*done, (std::vector<int>{60, 64, 67}));
    EXPECT_TRUE(g.held().empty());
    // A new gesture starts empty.
    g.noteOn(62);
    EXPECT_EQ(*g.noteOff(62), (std::vector<int>{62}));
}

TEST(MidiInput, NoteAndChordCallbacksFromRawMessages) {
    std::vector<std::pair<int, int>> ons;
    std::vector<int> offs;
    std::vector<Chord> chords;
    MidiInputCallbacks cb;
    cb.noteOn = [&](int, int pitch, int velocity) { ons.emplace_back(pitch, velocity); };
    cb.noteOff = [&](int, int pitch) { offs.push_back(pitch); };
    cb.chord = [&](const Chord& c, const std::vector<int>&) { chords.push_back(c); };
    // No MIDI system is needed to feed messages by hand (the backend callback does the same).
    MidiInput in(cb, MidiBackend::Alsa);
    const unsigned char a[] = {0x90, 57, 100}, c[] = {0x90, 60, 90}, e[] = {0x90, 64, 80},
                        g[] = {0x91, 67, 70};
    for (const auto* m : {a, c, e, g})
        in.handleMessage(m, 3);
    const unsigned char offA[] = {0x80, 57, 0}, offC[] = {0x90, 60, 0}, offE[] = {0x80, 64, 64},
                        offG[] = {0x81, 67, 0};
    for (const auto* m : {offC, offA, offE})
        in.handleMessage(m, 3);
    EXPECT_TRUE(chords.empty());
    in.handleMessage(offG, 3);
    ASSERT_EQ(ons.size(), 4u);
    EXPECT_EQ(ons[0], (std::pair<int, int>{57, 100}));
    EXPECT_EQ(offs, (std::vector<int>{60, 57, 64, 67}));
    ASSERT_EQ(chords.size(), 1u);
    EXPECT_EQ(chords[0].root(), 9);
    EXPECT_EQ(chords[0].quality(), ChordQuality::Minor7);
}
