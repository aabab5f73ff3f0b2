// Composing around what the user keeps (issue 17), on tiny random-weight models: locked notes come back bit
// for bit from Generate and Regenerate, Continue Melody keeps the motif and fills every later bar, the rhythm
// lane's onsets are the melody's onsets, a scale chosen for one chord is that chord's allowed set.
#include "model/diffusion/Generator.h"
#include "model/diffusion/PassPlan.h"
#include "model/diffusion/RhythmText.h"
#include "model/music/LeadSheet.h"
#include "model/music/ScoreEdit.h"
#include "model/nn/CheckpointInfo.h"

#include "tests/engine/TinyModels.h"
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>
#include <set>

using namespace fgg;

namespace {

class ComposeTest : public test::TinyModels<1, 2> {
protected:
    static GenerationParams params(Task task, int candidates = 2) {
        GenerationParams p;
        p.task = task;
        p.steps = 3;
        p.candidates = candidates;
        p.seed = 5;
        p.device = DevicePreference::Cpu;
        return p;
    }
};

const std::string kSheet = "| C G | Am7 | F | G7 | Dm7 G7 | Cmaj7 | F | G |";

std::multiset<Note> notesOf(const Score& s, const std::string& track) {
    const Track* t = s.track(track);
    return t ? std::multiset<Note>(t->notes.begin(), t->notes.end()) : std::multiset<Note>{};
}

void expectContains(const Score& s, const std::string& track, const std::vector<Note>& kept) {
    const std::multiset<Note> have = notesOf(s, track);
    for (const Note& n : kept)
        EXPECT_EQ(have.count(n), 1u) << track << ": locked note " << n.pitch << " at " << n.start
                                     << " is gone";
}

} // namespace

TEST_F(ComposeTest, LockedMelodyNotesComeBackBitForBitAndNothingSoundsWithThem) {
    Score s = prompt(kSheet);
    const Tick bar = s.ticksPerBar();
    const std::vector<Note> locked{{67, 0, 960, 90, true}, {72, 2 * bar + 480, 240, 55, true}};
    Track& m = s.ensureTrack(kMelodyTrack);
    m.notes = locked;
    m.notes.push_back(Note{40, 5 * bar, 480, 100}); // not locked: generation may replace it
    m.sort();
    Generator g(files());
    for (const Score& r : g.generate(s, params(Task::Both))) {
        expectContains(r, kMelodyTrack, locked);
        for (const Note& n : r.track(kMelodyTrack)->notes) {
            if (n.locked) continue;
            for (const Note& l : locked) // one line at a time: nothing starts while a locked note sounds
                EXPECT_FALSE(n.start >= l.start && n.start < l.end())
                    << "a generated note at " << n.start << " starts inside the locked note at " << l.start;
        }
        EXPECT_FALSE(r.track(kAccompanimentTrack)->notes.empty());
    }
}

TEST_F(ComposeTest, LockedNotesSurviveRegenerationOfTheirRegion) {
    Generator g(files());
    Score s = g.generate(prompt(kSheet), params(Task::Both, 1)).front();
    const Tick bar = s.ticksPerBar();
    // Lock two accompaniment notes inside bars 3-4, then regenerate bars 3-4 of the accompaniment.
    Track& acc = s.ensureTrack(kAccompanimentTrack);
    std::vector<Note> locked;
    for (Note& n : acc.notes)
        if (n.start >= 2 * bar && n.start < 4 * bar && locked.size() < 2) {
            n.locked = true;
            locked.push_back(n);
        }
    ASSERT_FALSE(locked.empty());
    acc.sort();
    std::vector<Note> outside;
    for (const Note& n : acc.notes)
        if (n.start < 2 * bar || n.start >= 4 * bar) outside.push_back(n);
    const InpaintRegion region{kAccompanimentTrack, 2 * bar, 4 * bar};
    for (const Score& r : g.regenerate(s, region, params(Task::Both, 2))) {
        expectContains(r, kAccompanimentTrack, locked);
        expectContains(r, kAccompanimentTrack, outside);
        EXPECT_EQ(r.track(kMelodyTrack)->notes, s.track(kMelodyTrack)->notes);
    }
}

TEST_F(ComposeTest, ContinueMelodyKeepsTheMotifNoteForNoteAndFillsEveryLaterBar) {
    Score s = prompt(kSheet);
    const Tick bar = s.ticksPerBar();
    const std::vector<Note> motif{{64, 0, 480, 100, true},
                                  {67, 480, 480, 100, true},
                                  {69, 960, 960, 100, true},
                                  {67, bar, 1440, 100, true},
                                  {64, bar + 1440, 480, 100, true}};
    s.ensureTrack(kMelodyTrack).notes = motif;
    Generator g(files());
    for (const Score& r : g.continueMelody(s, 2 * bar, params(Task::Both))) {
        std::vector<Note> firstBars;
        std::set<Tick> barsWithNotes;
        for (const Note& n : r.track(kMelodyTrack)->notes) {
            if (n.start < 2 * bar) firstBars.push_back(n);
            barsWithNotes.insert(n.start / bar);
        }
        EXPECT_EQ(firstBars, motif);
        for (Tick b = 2; b < 8; ++b)
            EXPECT_TRUE(barsWithNotes.count(b)) << "bar " << b + 1 << " has no melody";
        EXPECT_FALSE(r.track(kAccompanimentTrack)->notes.empty());
    }
}

TEST_F(ComposeTest, TheDrawnRhythmIsTheMelodysRhythm) {
    Score s = prompt(kSheet);
    GenerationParams p = params(Task::Melody);
    p.rhythm = parseRhythmText("x..x ..x. x... x.x.");
    Generator g(files());
    for (const Score& r : g.generate(s, p)) {
        std::set<Tick> onsets;
        for (const Note& n : r.track(kMelodyTrack)->notes)
            onsets.insert(n.start / s.ticksPerSixteenth());
        std::set<Tick> wanted;
        for (Tick step = 0; step < 8 * 16; ++step)
            if (p.rhythm[static_cast<std::size_t>(step % 16)]) wanted.insert(step);
        EXPECT_EQ(onsets, wanted);
    }
}

TEST_F(ComposeTest, AScaleChosenForOneChordIsItsAllowedSet) {
    Score s = prompt(kSheet);
    const PitchClassSet blues = Scale::named("blues").intervals; // C Eb F Gb G Bb over bar 1 (C G)
    s.chords[0].scale = blues;
    Generator g(files());
    for (const Score& r : g.generate(s, params(Task::Both)))
        for (const char* track : {kMelodyTrack, kAccompanimentTrack})
            for (const Note& n : r.track(track)->notes)
                for (Tick at = n.start; at < n.end(); at += s.ticksPerSixteenth()) {
                    const ChordSpan* c = s.chordAt(at);
                    ASSERT_NE(c, nullptr);
                    const PitchClassSet allowed = c->scale ? *c->scale : c->chord.allowedPitchClasses();
                    EXPECT_TRUE(allowed.contains(n.pitch % 12)) << track << " pitch " << n.pitch << " at "
                                                                << at << " over " << c->chord.toLeadSheet();
                }
}

TEST(PassPlan, LockedCellsAreKnownAndSilenceTheMelodyAroundThem) {
    Score s;
    s.chords = LeadSheet::parse("| C | G | F | C |").toChordSpans(s.ticksPerBar());
    s.length = s.endTick();
    const diffusion::PieceGrid grid(s);
    const std::vector<Note> notes{{60, 0, 480, 100, true}, {64, 960, 240, 100, false}};
    const auto pass = diffusion::wholePiecePasses(Task::Melody, grid).front();
    const diffusion::PassCells cells = diffusion::passCells(notes, pass, grid);
    const int row60 = roll::pitchToRow(60);
    EXPECT_GT(cells.known.at(PianoRoll::Onset, 0, row60), 0.5f);
    for (int step = 0; step < 4; ++step)
        for (int r = 0; r < roll::kPitches; ++r)
            EXPECT_EQ(cells.unknown.at(PianoRoll::Onset, step, r), 0.0f) << "step " << step << " row " << r;
    // The unlocked note is not kept: its cells are written.
    EXPECT_EQ(cells.known.at(PianoRoll::Onset, 8, roll::pitchToRow(64)), 0.0f);
    EXPECT_EQ(cells.unknown.at(PianoRoll::Onset, 8, roll::pitchToRow(64)), 1.0f);
}

TEST(RhythmText, ParsesPrintsAndRefusesWhatItCannotRead) {
    EXPECT_EQ(parseRhythmText("x..x |.-X."), (std::vector<int>{1, 0, 0, 1, 0, 0, 1, 0}));
    EXPECT_EQ(rhythmText({1, 0, 0, 1, 0, 0, 1, 0}, 8), "x. .x .. x.");
    EXPECT_EQ(parseRhythmText(rhythmText({1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1})),
              (std::vector<int>{1, 0, 1, 1, 0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1, 1}));
    EXPECT_EQ(tiledRhythm({1, 0}, 5), (std::vector<int>{1, 0, 1, 0, 1}));
    try {
        parseRhythmText("x..o");
        FAIL() << "accepted 'o'";
    } catch (const Error& e) {
        EXPECT_NE(std::string(e.what()).find("'o' at character 4"), std::string::npos) << e.what();
    }
    EXPECT_THROW(parseRhythmText(" | "), Error);
}

TEST(ScoreEdit, UndoIsTheInverseAndAContinuedGestureIsOneEdit) {
    Score s;
    s.ensureTrack(kMelodyTrack).notes = {{60, 0, 480, 100}, {62, 480, 480, 100}};
    const Score before = s;
    const ScoreEdit move =
        ScoreEdit::replacing({{kMelodyTrack, {{60, 0, 480, 100}}}}, {{kMelodyTrack, {{61, 0, 480, 100}}}});
    const ScoreEdit again =
        ScoreEdit::replacing({{kMelodyTrack, {{61, 0, 480, 100}}}}, {{kMelodyTrack, {{62, 0, 480, 100}}}});
    ASSERT_TRUE(move.continuesWith(again));
    const ScoreEdit gesture = move.followedBy(again);
    apply(s, gesture);
    EXPECT_EQ(s.track(kMelodyTrack)->notes.front().pitch, 62);
    apply(s, gesture.inverse());
    EXPECT_EQ(s, before);
    EXPECT_TRUE(move.followedBy(move.inverse()).isIdentity());
    // Locking is an edit like any other: the lock travels with the note's value.
    const NotesByTrack first{{kMelodyTrack, {{60, 0, 480, 100}}}};
    apply(s, ScoreEdit::replacing(first, withLock(first, true)));
    EXPECT_EQ(lockedNotes(s), withLock(first, true));
}
