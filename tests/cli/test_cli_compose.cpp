// `fgg generate` composing around what the user keeps (issue 17), on tiny random-weight models: --motif is
// kept note for note and the melody continues in every later bar, --regenerate changes only its bars,
// --lock-notes survives a regeneration, --rhythm is the melody's rhythm; and each option's bad input is
// refused before a model loads.
#include "model/midi/MidiFile.h"
#include "model/nn/CheckpointInfo.h"
#include "tests/cli/FggProcess.h"

#include <gtest/gtest.h>
#include <set>

using namespace fgg;
using namespace clitest;

namespace {

const std::string kSheet = "| C G | Am7 | F | G7 | Dm7 G7 | Cmaj7 | F | G |";

/// A folder with a tiny melody and accompaniment model (made once).
std::string models() {
    static const std::string dir = [] {
        const fs::path d = scratch() / "models";
        fs::create_directories(d);
        writeRandomCheckpoint((d / "melody.fggm").string(), "tiny", "melody", 1);
        writeRandomCheckpoint((d / "accompaniment.fggm").string(), "tiny", "accompaniment", 2);
        return d.string();
    }();
    return dir;
}

std::vector<std::string> generate(const std::string& out, std::vector<std::string> extra) {
    std::vector<std::string> a{"generate", "--chords", kSheet,    "--model", models(),
                               "--steps",  "2",        "--quiet", "--out",   out};
    a.insert(a.end(), extra.begin(), extra.end());
    return a;
}

std::vector<Note> track(const std::string& file, const std::string& name) {
    const Score s = readMidiFile(file);
    const Track* t = s.track(name);
    return t ? t->notes : std::vector<Note>{};
}

/// Pitch, start and length: what a MIDI file keeps of a note (velocities may be shaped).
std::vector<std::tuple<int, Tick, Tick>> shape(const std::vector<Note>& notes) {
    std::vector<std::tuple<int, Tick, Tick>> out;
    for (const Note& n : notes)
        out.emplace_back(n.pitch, n.start, n.length);
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<Note> within(const std::vector<Note>& notes, Tick from, Tick to, bool inside = true) {
    std::vector<Note> out;
    for (const Note& n : notes)
        if ((n.start >= from && n.start < to) == inside) out.push_back(n);
    return out;
}

std::string writeMelody(const std::string& name, const std::vector<Note>& notes) {
    Score s;
    s.ensureTrack(kMelodyTrack).notes = notes;
    const std::string path = (scratch() / name).string();
    writeMidiFile(s, path);
    return path;
}

} // namespace

TEST(CliCompose, MotifIsKeptNoteForNoteAndTheMelodyContinues) {
    const std::vector<Note> motif{{64, 0, 480, 100},
                                  {67, 480, 480, 100},
                                  {69, 960, 960, 100},
                                  {67, 1920, 1440, 100},
                                  {64, 3360, 480, 100}};
    const std::string out = (scratch() / "motif-out.mid").string();
    const Result r = runFgg(generate(out, {"--task", "melody", "--motif", writeMelody("motif.mid", motif)}));
    ASSERT_EQ(r.rc, 0) << r.err;
    const std::vector<Note> melody = track(out, kMelodyTrack);
    const Tick bar = 4 * 480;
    EXPECT_EQ(shape(within(melody, 0, 2 * bar)), shape(motif));
    for (Tick b = 2; b < 8; ++b)
        EXPECT_FALSE(within(melody, b * bar, (b + 1) * bar).empty()) << "bar " << b + 1 << " is empty";
}

TEST(CliCompose, RegenerateChangesOnlyItsBarsAndLockedNotesStay) {
    const std::string first = (scratch() / "first.mid").string();
    ASSERT_EQ(runFgg(generate(first, {"--seed", "1"})).rc, 0);
    const Tick bar = 4 * 480;
    const std::string lock = writeMelody("lock.mid", {{76, 4 * bar + 240, 480, 90}});
    const std::string again = (scratch() / "again.mid").string();
    const Result r = runFgg(generate(again, {"--melody", first, "--regenerate", "5-6", "--seed", "2",
                                             "--lock-notes", lock, "--task", "melody"}));
    ASSERT_EQ(r.rc, 0) << r.err;
    const std::vector<Note> before = track(first, kMelodyTrack), after = track(again, kMelodyTrack);
    EXPECT_EQ(shape(within(after, 4 * bar, 6 * bar, false)), shape(within(before, 4 * bar, 6 * bar, false)));
    const auto region = shape(within(after, 4 * bar, 6 * bar));
    EXPECT_TRUE(std::count(region.begin(), region.end(), std::make_tuple(76, 4 * bar + 240, Tick{480})) == 1)
        << "the locked note is not in bars 5-6";
    EXPECT_EQ(shape(track(again, kAccompanimentTrack)), shape(track(first, kAccompanimentTrack)));
}

TEST(CliCompose, RhythmIsTheMelodysRhythm) {
    const std::string out = (scratch() / "rhythm.mid").string();
    const Result r = runFgg(generate(out, {"--task", "melody", "--rhythm", "x... x.x. ..x. x..x"}));
    ASSERT_EQ(r.rc, 0) << r.err;
    const std::set<int> pattern{0, 4, 6, 10, 12, 15};
    std::set<Tick> onsets, wanted;
    for (const Note& n : track(out, kMelodyTrack))
        onsets.insert(n.start / 120);
    for (int b = 0; b < 8; ++b)
        for (int s : pattern)
            wanted.insert(b * 16 + s);
    EXPECT_EQ(onsets, wanted);
}

TEST(CliCompose, BadComposeOptionsAreRefusedBeforeAnyModelLoads) {
    const std::string out = (scratch() / "never.mid").string();
    const std::string piece = writeMelody("piece.mid", {{60, 0, 480, 100}});
    const std::string longMotif = writeMelody("long.mid", {{60, 0, 8 * 1920, 100}});
    const std::pair<std::vector<std::string>, std::string> cases[] = {
        {{"--rhythm", "x..o"}, "has 'o' at character 4"},
        {{"--melody", piece, "--regenerate", "9-10"}, "--regenerate takes bars A-B from 1 to 8"},
        {{"--melody", piece, "--regenerate", "6-5"}, "the last bar comes before the first"},
        {{"--regenerate", "2-3"}, "give the piece with --melody"},
        {{"--task", "accompaniment", "--motif", piece}, "use it with --task melody or both"},
        {{"--motif", longMotif}, "as long as the lead sheet"},
        {{"--lock-notes", (scratch() / "missing.mid").string()}, "missing.mid"},
        {{"--humanise", "2"}, "--humanise must be a number from 0 to 1, got '2'"},
    };
    for (const auto& [extra, message] : cases) {
        std::vector<std::string> args{"generate", "--chords", kSheet, "--out", out};
        args.insert(args.end(), extra.begin(), extra.end());
        const Result r = runFgg(args);
        EXPECT_EQ(r.rc, 1) << extra.front();
        EXPECT_NE(r.err.find(message), std::string::npos) << extra.front() << ": " << r.err;
        EXPECT_EQ(r.err.find("no melody model"), std::string::npos) << r.err;
    }
    EXPECT_FALSE(fs::exists(out));
}
