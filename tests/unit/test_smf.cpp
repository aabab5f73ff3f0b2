// Standard MIDI Files: reading, writing, round trips (hand-built scores and POP909 songs).
#include "model/midi/ChordVoicing.h"
#include "model/midi/MidiFile.h"
#include "model/music/Error.h"

#include <gtest/gtest.h>

#include "tests/unit/SmfBytes.h"
#include <cstdio>
#include <cstdlib>

#include <filesystem>
#include <string>
#include <vector>

namespace fgg {
namespace {

using testing::appendTrack;
using testing::Bytes;
using testing::header;

Chord chord(const char* symbol) {
    return Chord::parseLeadSheet(symbol);
}

/// A score using every feature the file carries: tempo and meter changes, a key, chords with a gap,
/// two tracks with programs and channels, overlapping notes.
Score handBuiltScore() {
    Score s;
    s.ticksPerBeat = 96;
    s.tempos = {{0, 100.0}, {384, 75.0}};
    s.timeSignatures = {{0, 4, 4}, {768, 3, 4}};
    s.key = Key{SpelledPitch{5, 0}, Scale::named("minor")}; // A minor
    s.chords = {
        {0, 384, chord("Am7")}, {384, 384, chord("Dm")}, {960, 192, chord("G7")}, {1152, 96, chord("Cmaj7")}};
    Track melody;
    melody.name = "Melody";
    melody.program = 73;
    melody.channel = 0;
    melody.notes = {
        {69, 0, 96, 90}, {72, 96, 48, 80}, {76, 144, 240, 100}, {74, 384, 384, 64}, {71, 960, 288, 127}};
    Track acc;
    acc.name = "Accompaniment";
    acc.program = 0;
    acc.channel = 1;
    acc.notes = {
        {45, 0, 384, 70}, {57, 0, 192, 60}, {57, 192, 192, 60}, {50, 384, 384, 70}, {43, 960, 288, 70}};
    s.tracks = {melody, acc};
    return s;
}

TEST(Smf, HandBuiltScoreRoundTrips) {
    const Score s = handBuiltScore();
    const Score back = readMidi(writeMidi(s));
    EXPECT_EQ(back.ticksPerBeat, 96);
    EXPECT_EQ(back.tempos, s.tempos);
    EXPECT_EQ(back.timeSignatures, s.timeSignatures);
    ASSERT_TRUE(back.key.has_value());
    EXPECT_EQ(back.key->toString(), "A minor");
    ASSERT_EQ(back.chords.size(), s.chords.size());
    for (std::size_t i = 0; i < s.chords.size(); ++i) {
        EXPECT_EQ(back.chords[i].start, s.chords[i].start) << i;
        EXPECT_EQ(back.chords[i].length, s.chords[i].length) << i;
        EXPECT_EQ(back.chords[i].chord.toLeadSheet(), s.chords[i].chord.toLeadSheet()) << i;
    }
    ASSERT_EQ(back.tracks.size(), 2u);
    EXPECT_EQ(back.tracks[0], s.tracks[0]);
    EXPECT_EQ(back.tracks[1], s.tracks[1]);
    EXPECT_EQ(back, s);
}

TEST(Smf, ChordsAreMarkersAtTheirStart) {
    const Bytes file = writeMidi(handBuiltScore());
    const std::string text(file.begin(), file.end());
    EXPECT_NE(text.find(std::string("\xFF\x06\x03"
                                    "Am7",
                                    6)),
              std::string::npos);
    EXPECT_NE(text.find(std::string("\xFF\x06\x02"
                                    "Dm",
                                    5)),
              std::string::npos);
    // The gap between Dm (ends 768) and G7 (starts 960) is written as an "N.C." marker.
    EXPECT_NE(text.find(std::string("\xFF\x06\x04"
                                    "N.C.",
                                    7)),
              std::string::npos);

    MidiWriteOptions noMarkers;
    noMarkers.chordMarkers = false;
    EXPECT_TRUE(readMidi(writeMidi(handBuiltScore(), noMarkers)).chords.empty());
}

TEST(Smf, MarkersThatAreNotChordsAreIgnoredAndChordsLastToTheNextOne) {
    // Conductor: markers "Verse" (not a chord) at 0, "C" at 0, "Intro!" at 480, "G7" at 960; a note to 1920.
    Bytes f = header(1, 2, 480);
    appendTrack(f, {0x00, 0xFF, 0x06, 5,    'V',  'e',  'r', 's', 'e',  0x00, 0xFF, 0x06,
                    1,    'C',  0x83, 0x60, 0xFF, 0x06, 6,   'I', 'n',  't',  'r',  'o',
                    '!',  0x83, 0x60, 0xFF, 0x06, 2,    'G', '7', 0x00, 0xFF, 0x2F, 0x00});
    appendTrack(f, {0x00, 0x90, 60, 100, 0x8F, 0x00, 0x80, 60, 0, 0x00, 0xFF, 0x2F, 0x00});
    const Score s = readMidi(f);
    ASSERT_EQ(s.chords.size(), 2u);
    EXPECT_EQ(s.chords[0].start, 0);
    EXPECT_EQ(s.chords[0].length, 960);
    EXPECT_EQ(s.chords[0].chord.toLeadSheet(), "C");
    EXPECT_EQ(s.chords[1].start, 960);
    EXPECT_EQ(s.chords[1].length, 960); // to the end of the score (the last note)
    EXPECT_EQ(s.chords[1].chord.toLeadSheet(), "G7");

    MidiReadOptions noChords;
    noChords.chordsFromMarkers = false;
    EXPECT_TRUE(readMidi(f, noChords).chords.empty());
}

TEST(Smf, NoteOnWithVelocityZeroEndsANoteAndSamePitchOverlapsAreFifo) {
    // Running status throughout: on 60 @0, on 60 @100, on-vel-0 60 @200, note-off 60 @300.
    Bytes f = header(0, 1, 480);
    appendTrack(f,
                {0x00, 0x90, 60, 100, 0x64, 60, 90, 0x64, 60, 0, 0x64, 0x80, 60, 64, 0x00, 0xFF, 0x2F, 0x00});
    const Score s = readMidi(f);
    ASSERT_EQ(s.tracks.size(), 1u);
    const std::vector<Note> expected{{60, 0, 200, 100}, {60, 100, 200, 90}};
    EXPECT_EQ(s.tracks[0].notes, expected);
    // FIFO pairs are written so that they read back the same.
    EXPECT_EQ(readMidi(writeMidi(s)).tracks[0].notes, expected);
}

TEST(Smf, SysExUnknownMetaAndTextEventsAreSkipped) {
    Bytes f = header(1, 1, 240);
    appendTrack(f, {0x00, 0xF0, 0x05, 0x7E, 0x7F, 0x09, 0x01, 0xF7, // GM reset SysEx
                    0x00, 0xF7, 0x02, 0x01, 0x02,                   // SysEx continuation
                    0x00, 0xFF, 0x7F, 0x03, 0x00, 0x00, 0x41,       // sequencer-specific
                    0x00, 0xFF, 0x42, 0x02, 0xAA, 0xBB,             // a meta type nobody defined
                    0x00, 0xFF, 0x01, 0x04, 't',  'e',  'x',  't',  // text
                    0x00, 0xFF, 0x03, 0x04, 'L',  'e',  'a',  'd',  // track name
                    0x00, 0xC3, 0x49,                               // program 73 on channel 4
                    0x00, 0x93, 0x48, 0x50, 0x81, 0x70, 0x83, 0x48, 0x00, 0x00, 0xFF, 0x2F, 0x00});
    const Score s = readMidi(f);
    EXPECT_EQ(s.ticksPerBeat, 240);
    ASSERT_EQ(s.tracks.size(), 1u);
    EXPECT_EQ(s.tracks[0].name, "Lead");
    EXPECT_EQ(s.tracks[0].program, 73);
    EXPECT_EQ(s.tracks[0].channel, 3);
    ASSERT_EQ(s.tracks[0].notes.size(), 1u);
    EXPECT_EQ(s.tracks[0].notes[0], (Note{72, 0, 240, 80}));
}

TEST(Smf, TempoTimeAndKeySignatureMetaEvents) {
    Bytes f = header(1, 1, 480);
    appendTrack(f, {0x00, 0xFF, 0x51, 0x03, 0x09, 0x27, 0xC0,       // 600000 us = 100 bpm
                    0x00, 0xFF, 0x58, 0x04, 0x06, 0x03, 0x18, 0x08, // 6/8
                    0x00, 0xFF, 0x59, 0x02, 0xFD, 0x00,             // 3 flats, major: Eb
                    0x8F, 0x00, 0xFF, 0x51, 0x03, 0x07, 0xA1, 0x20, // @1920: 500000 us = 120 bpm
                    0x00, 0xFF, 0x2F, 0x00});
    const Score s = readMidi(f);
    EXPECT_EQ(s.tempos, (std::vector<TempoChange>{{0, 100.0}, {1920, 120.0}}));
    EXPECT_EQ(s.timeSignatures, (std::vector<TimeSignature>{{0, 6, 8}}));
    ASSERT_TRUE(s.key);
    EXPECT_EQ(s.key->toString(), "Eb major");
    EXPECT_TRUE(s.tracks.empty()); // a conductor track is not an instrument track
}

TEST(Smf, KeySignaturesOfSharpAndFlatKeysRoundTrip) {
    for (const char* text : {"C", "G", "F#", "C#", "F", "Bb", "Gb", "Cb", "Am", "F#m", "D#m", "Ebm", "Bbm"}) {
        Score s;
        s.key = Key::parse(text);
        const Score back = readMidi(writeMidi(s));
        ASSERT_TRUE(back.key) << text;
        EXPECT_EQ(back.key->toString(), s.key->toString()) << text;
    }
    // A mode keeps its tonic and its third: D dorian is written as D minor.
    Score s;
    s.key = Key::parse("D dorian");
    EXPECT_EQ(readMidi(writeMidi(s)).key->toString(), "D minor");
}

TEST(Smf, FormatZeroIsSplitByChannel) {
    Bytes f = header(0, 1, 480);
    appendTrack(f, {0x00, 0xFF, 0x03, 0x04, 'S',  'o',  'n',  'g',  0x00, 0xC0, 0x00, 0x00,
                    0xC1, 0x21, 0x00, 0x90, 0x3C, 0x64, 0x00, 0x91, 0x24, 0x64, 0x83, 0x60,
                    0x80, 0x3C, 0x00, 0x00, 0x81, 0x24, 0x00, 0x00, 0xFF, 0x2F, 0x00});
    const Score s = readMidi(f);
    ASSERT_EQ(s.tracks.size(), 2u);
    EXPECT_EQ(s.tracks[0].name, "Song 1");
    EXPECT_EQ(s.tracks[0].channel, 0);
    EXPECT_EQ(s.tracks[1].name, "Song 2");
    EXPECT_EQ(s.tracks[1].channel, 1);
    EXPECT_EQ(s.tracks[1].program, 33);
    EXPECT_EQ(s.tracks[1].notes, (std::vector<Note>{{36, 0, 480, 100}}));
}

TEST(Smf, ZeroTracksIsAnEmptyScore) {
    const Score s = readMidi(header(1, 0, 192));
    EXPECT_TRUE(s.tracks.empty());
    EXPECT_EQ(s.ticksPerBeat, 192);
    EXPECT_EQ(s.tempos, std::vector<TempoChange>{TempoChange{}});
}

TEST(Smf, SmpteDivisionIsRejectedClearly) {
    Bytes f = header(1, 0);
    f[12] = 0xE7; // -25 fps
    f[13] = 0x28;
    try {
        readMidi(f);
        FAIL() << "SMPTE accepted";
    } catch (const FileFormatError& e) {
        EXPECT_EQ(e.offset(), 12);
        EXPECT_NE(std::string(e.what()).find("SMPTE"), std::string::npos) << e.what();
    }
}

TEST(Smf, ChordTrackSoundsTheChordsAroundMiddleC) {
    MidiWriteOptions o;
    o.chordTrack = true;
    const Score back = readMidi(writeMidi(handBuiltScore(), o));
    const Track* chords = back.track("Chords");
    ASSERT_NE(chords, nullptr);
    EXPECT_NE(chords->channel, 0);
    EXPECT_NE(chords->channel, 1);
    EXPECT_NE(chords->channel, 9);
    std::vector<int> first;
    for (const Note& n : chords->notes) {
        EXPECT_EQ(n.velocity, 60);
        EXPECT_GE(n.pitch, 42);
        EXPECT_LE(n.pitch, 65);
        if (n.start == 0) {
            EXPECT_EQ(n.length, 384);
            first.push_back(n.pitch);
        }
    }
    // Am7: bass A2, then G3 A3 C4 E4.
    EXPECT_EQ(first, (std::vector<int>{45, 55, 57, 60, 64}));
    EXPECT_EQ(voiceChord(chord("C/E")), (std::vector<int>{52, 55, 60, 64}));
    EXPECT_TRUE(voiceChord(Chord::noChord()).empty());
}

TEST(Smf, FilesAreWrittenAndReadWithThePathInErrors) {
    const std::string dir = ::testing::TempDir() + "fgg_smf_test";
    std::filesystem::create_directories(dir);
    const std::string path = dir + "/song.mid";
    writeMidiFile(handBuiltScore(), path);
    EXPECT_EQ(readMidiFile(path), handBuiltScore());

    const std::string bad = dir + "/bad.mid";
    {
        std::FILE* f = std::fopen(bad.c_str(), "wb");
        ASSERT_NE(f, nullptr);
        std::fwrite("MThd\0\0\0\6", 1, 8, f);
        std::fclose(f);
    }
    try {
        readMidiFile(bad);
        FAIL() << "a corrupt file was read";
    } catch (const FileFormatError& e) {
        EXPECT_NE(std::string(e.what()).find(bad), std::string::npos) << e.what();
        EXPECT_NE(std::string(e.what()).find("byte"), std::string::npos) << e.what();
    }
    EXPECT_THROW(readMidiFile(dir + "/missing.mid"), Error);
    std::filesystem::remove_all(dir);
}

TEST(Smf, Pop909SongsRoundTripNoteForNote) {
    const char* root = std::getenv("FGG_POP909_DIR");
    if (!root || !std::filesystem::is_directory(root))
        GTEST_SKIP() << "FGG_POP909_DIR is not set to the POP909 folder";
    int tested = 0;
    for (const char* id : {"001", "002", "003", "100", "500", "909"}) {
        const std::string path = std::string(root) + "/" + id + "/" + id + ".mid";
        if (!std::filesystem::exists(path)) continue;
        const Score a = readMidiFile(path);
        ASSERT_EQ(a.ticksPerBeat, 480) << path;
        ASSERT_EQ(a.tracks.size(), 3u) << path;
        EXPECT_EQ(a.tracks[0].name, "MELODY");
        const Score b = readMidi(writeMidi(a));
        ASSERT_EQ(b.tracks.size(), a.tracks.size()) << path;
        for (std::size_t t = 0; t < a.tracks.size(); ++t) {
            ASSERT_EQ(b.tracks[t].notes.size(), a.tracks[t].notes.size()) << path << " track " << t;
            for (std::size_t i = 0; i < a.tracks[t].notes.size(); ++i)
                ASSERT_EQ(b.tracks[t].notes[i], a.tracks[t].notes[i])
                    << path << " track " << t << " note " << i;
        }
        EXPECT_EQ(b, a) << path;
        ++tested;
    }
    EXPECT_GE(tested, 3);
}

} // namespace
} // namespace fgg
