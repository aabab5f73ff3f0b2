// General MIDI program names (model/music/GeneralMidi) and the chord pad's program in exported MIDI files.
#include "model/midi/MidiFile.h"
#include "model/music/GeneralMidi.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

using namespace fgg;

TEST(GeneralMidiProgram, EveryProgramHasADistinctName) {
    std::set<std::string> names;
    for (int p = 0; p < gm::kPrograms; ++p) {
        EXPECT_FALSE(gm::programName(p).empty()) << p;
        names.insert(std::string(gm::programName(p)));
    }
    EXPECT_EQ(names.size(), 128u);
    EXPECT_EQ(gm::programName(0), "Acoustic Grand Piano");
    EXPECT_EQ(gm::programName(gm::kFlute), "Flute");
    EXPECT_EQ(gm::programName(gm::kWarmPad), "Pad 2 (warm)");
    EXPECT_EQ(gm::programName(127), "Gunshot");
    EXPECT_TRUE(gm::programName(-1).empty());
    EXPECT_TRUE(gm::programName(128).empty());
}

TEST(GeneralMidiProgram, FamiliesAndLookupByName) {
    EXPECT_EQ(gm::familyName(0), "Piano");
    EXPECT_EQ(gm::familyName(gm::kFlute), "Pipe");
    EXPECT_EQ(gm::familyName(gm::kWarmPad), "Synth Pad");
    EXPECT_EQ(gm::familyName(127), "Sound Effects");
    EXPECT_EQ(gm::programNamed("flute"), gm::kFlute);
    EXPECT_EQ(gm::programNamed("STRING ENSEMBLE 1"), 48);
    EXPECT_EQ(gm::programNamed("kazoo"), -1);
}

namespace {
Score songWithChords() {
    Score s;
    Track& m = s.ensureTrack(kMelodyTrack, 40); // violin
    m.notes = {Note{72, 0, 480, 90}};
    Track& a = s.ensureTrack(kAccompanimentTrack, 32); // acoustic bass
    a.notes = {Note{36, 0, 960, 70}};
    s.chords = {ChordSpan{0, 1920, Chord::parse("C")}, ChordSpan{1920, 1920, Chord::parse("G7")}};
    return s;
}
} // namespace

TEST(GeneralMidiProgram, TrackProgramsTravelThroughAMidiFile) {
    const Score back = readMidi(writeMidi(songWithChords()));
    ASSERT_NE(back.track(kMelodyTrack), nullptr);
    EXPECT_EQ(back.track(kMelodyTrack)->program, 40);
    EXPECT_EQ(back.track(kAccompanimentTrack)->program, 32);
    EXPECT_EQ(back.track("Chords"), nullptr); // no pad, no chord track
}

TEST(GeneralMidiProgram, AChordPadIsExportedAsAChordsTrackWithItsProgram) {
    Score s = songWithChords();
    s.chordPad.enabled = true;
    s.chordPad.program = 52; // choir aahs
    const Score back = readMidi(writeMidi(s));
    const Track* pad = back.track("Chords");
    ASSERT_NE(pad, nullptr);
    EXPECT_EQ(pad->program, 52);
    EXPECT_NE(pad->channel, back.track(kMelodyTrack)->channel);
    EXPECT_NE(pad->channel, back.track(kAccompanimentTrack)->channel);
    EXPECT_NE(pad->channel, 9);
    std::set<Tick> starts;
    for (const Note& n : pad->notes)
        starts.insert(n.start);
    EXPECT_EQ(starts, (std::set<Tick>{0, 1920}));
    // The pad stays out of the piece's own tracks, whose notes come back unchanged.
    EXPECT_EQ(back.track(kMelodyTrack)->notes, s.track(kMelodyTrack)->notes);
}
