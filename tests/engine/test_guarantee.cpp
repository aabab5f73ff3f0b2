// The FGG guarantee, as a property: under FGG no generated note lies outside table(symbol), the allowed pitch
// classes the paper's table gives the chord the user WROTE (its root and quality, the slash bass where that
// makes another shape of the table), at any 16th step. Every quality the parser knows, every root spelling,
// slash basses on every pitch class, several seeds (candidates), melody and accompaniment, pieces many
// windows long, and regeneration. Tiny random-weight models: they put notes almost everywhere they may.
//
// The oracle below is written from the table's documentation (model/music/ScaleMask.h), not from the
// generator's code: the entry whose intervals equal the chord's on the chord's own root, never on another
// root that happens to give the same pitch classes (the issue's Gsus2 = Dsus4 hole).
#include "model/diffusion/Generator.h"
#include "model/music/ChordSymbolSyntax.h"
#include "model/music/ScaleMask.h"
#include "model/nn/CheckpointInfo.h"

#include "tests/engine/TinyModels.h"
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>
#include <unistd.h>

using namespace fgg;

namespace {

/// The table entry with exactly these intervals above the root, if any.
const ChordScaleEntry* entryFor(const PitchClassSet& intervals) {
    for (const ChordScaleEntry& e : chordScaleTable())
        if (e.chordIntervals == intervals) return &e;
    return nullptr;
}

/// table(symbol): the entry of the chord's tones above its root (slash bass included); else of the chord
/// without its bass; else of its plain quality. The chord's own tones are always allowed.
PitchClassSet tableOfSymbol(const Chord& c) {
    if (c.isNoChord()) return PitchClassSet::all();
    const int root = c.root();
    const PitchClassSet withBass = c.chroma().transposed(-root);
    PitchClassSet withoutBass = qualityIntervals(c.quality());
    for (int s = 0; s < 12; ++s)
        if (c.omittedIntervals().contains(s)) withoutBass.erase(s);
    withoutBass = withoutBass | c.addedIntervals();
    const ChordScaleEntry* e = entryFor(withBass);
    if (!e) e = entryFor(withoutBass);
    if (!e) e = entryFor(qualityIntervals(c.quality()));
    EXPECT_NE(e, nullptr) << "no table entry for the quality of " << c.toLeadSheet();
    if (!e) return PitchClassSet::all();
    return e->scaleIntervals.transposed(root) | c.chroma();
}

/// Every symbol of the property: each lead-sheet suffix and Harte shorthand the parser knows on every root
/// spelling (naturals, single and double accidentals), a few modifier forms, and each canonical quality over
/// a slash bass on every pitch class.
constexpr std::size_t kCanonicalSuffixes = 30; // leadSheetSuffixes() lists these before its aliases

std::vector<Chord> allSymbols() {
    std::vector<std::string> roots;
    for (const char* letter : {"C", "D", "E", "F", "G", "A", "B"})
        for (const char* accidental : {"bb", "b", "", "#", "##"})
            roots.push_back(std::string(letter) + accidental);
    std::vector<Chord> chords;
    for (const std::string& root : roots) {
        for (const chordsyntax::QualitySpelling& s : chordsyntax::leadSheetSuffixes())
            chords.push_back(Chord::parseLeadSheet(root + std::string(s.text)));
        for (const chordsyntax::QualitySpelling& s : chordsyntax::harteShorthands()) {
            std::string label = root + ":" + std::string(s.text);
            if (!s.harteDegrees.empty()) label += "(" + std::string(s.harteDegrees) + ")";
            chords.push_back(Chord::parseHarte(label));
        }
        for (const char* modified :
             {"7b9", "7#9", "7(b9,#11)", "m7(no5)", "add11", "7b5", "maj7#11", "m(add9)"})
            chords.push_back(Chord::parseLeadSheet(root + modified));
    }
    // Slash basses: every canonical quality over every bass pitch class, the root moving round the circle.
    const auto& suffixes = chordsyntax::leadSheetSuffixes();
    EXPECT_EQ(suffixes[kCanonicalSuffixes - 1].text, "m6/9") << "the canonical spellings come first";
    int k = 0;
    for (std::size_t q = 0; q < kCanonicalSuffixes; ++q) {
        for (int bass = 0; bass < 12; ++bass, ++k) {
            const SpelledPitch root = SpelledPitch::fromPitchClass(7 * k);
            const std::string symbol = root.name() + std::string(suffixes[q].text) + "/" +
                                       SpelledPitch::fromPitchClass(root.pitchClass() + bass).name();
            chords.push_back(Chord::parseLeadSheet(symbol));
        }
    }
    // Aliases (`CM7`, `C-7`) and Harte shorthands parse to the same chords as the canonical spellings.
    std::vector<Chord> unique;
    for (const Chord& c : chords)
        if (std::find(unique.begin(), unique.end(), c) == unique.end()) unique.push_back(c);
    return unique;
}

/// A piece of `chords`, one per 16th note (so every step of a window is another symbol).
Score pieceOf(const std::vector<Chord>& chords, std::size_t from, std::size_t count) {
    Score s;
    const Tick sixteenth = s.ticksPerSixteenth();
    for (std::size_t i = 0; i < count && from + i < chords.size(); ++i)
        s.chords.push_back(ChordSpan{static_cast<Tick>(i) * sixteenth, sixteenth, chords[from + i]});
    s.length = (s.chords.back().end() + s.ticksPerBar() - 1) / s.ticksPerBar() * s.ticksPerBar();
    return s;
}

/// table(symbol) at each 16th step of `s` (all twelve where no chord sounds).
std::vector<PitchClassSet> tablePerStep(const Score& s) {
    const Tick sixteenth = s.ticksPerSixteenth();
    std::vector<PitchClassSet> out(static_cast<std::size_t>(s.endTick() / sixteenth + 1),
                                   PitchClassSet::all());
    for (const ChordSpan& c : s.chords) {
        const PitchClassSet table = tableOfSymbol(c.chord);
        for (Tick t = c.start; t < c.end(); t += sixteenth)
            out[static_cast<std::size_t>(t / sixteenth)] = table;
    }
    return out;
}

/// Every sounding 16th of every note of `track` inside table(symbol); returns the notes checked.
int expectInsideTable(const Score& s, const std::string& track, const std::string& what) {
    const Track* t = s.track(track);
    if (!t) return 0;
    const std::vector<PitchClassSet> tables = tablePerStep(s);
    const Tick sixteenth = s.ticksPerSixteenth();
    int bad = 0;
    for (const Note& n : t->notes)
        for (Tick at = n.start; at < n.end(); at += sixteenth) {
            const auto step = static_cast<std::size_t>(at / sixteenth);
            if (step >= tables.size() || tables[step].contains(n.pitch % 12)) continue;
            if (++bad <= 5)
                ADD_FAILURE() << what << ": " << track << " pitch " << n.pitch << " at step " << step
                              << " over " << s.chordAt(at)->chord.toLeadSheet()
                              << " (table: " << tables[step].toString() << ")";
        }
    EXPECT_EQ(bad, 0) << what << ": " << track << " sounds " << bad << " 16ths outside table(symbol)";
    return static_cast<int>(t->notes.size());
}

class GuaranteeTest : public test::TinyModels<11, 12> {};

} // namespace

TEST(TableOfSymbol, TheOracleReadsTheRootTheUserWrote) {
    // The issue's case: Gsus2 and Dsus4 share {G, A, D}; Gsus2 takes G major (F#, no C#).
    const PitchClassSet g = tableOfSymbol(Chord::parse("Gsus2"));
    EXPECT_TRUE(g.contains(6));
    EXPECT_FALSE(g.contains(1));
    EXPECT_TRUE(tableOfSymbol(Chord::parse("Dsus4")).contains(1));
}

TEST_F(GuaranteeTest, EveryQualityRootAndBassStaysInsideItsTable) {
    const std::vector<Chord> chords = allSymbols();
    ASSERT_GT(chords.size(), 1500u);
    Generator g(files());
    GenerationParams p;
    p.steps = 2;
    p.candidates = 2;
    p.guidance = GuidanceMode::Fgg;
    // 32 bars a piece (15 windows), both tracks; the seeds differ per piece and per candidate.
    constexpr std::size_t kPerPiece = 512;
    int notes = 0;
    for (std::size_t from = 0; from < chords.size(); from += kPerPiece) {
        p.seed = 1000 + from;
        const Score prompt = pieceOf(chords, from, kPerPiece);
        const auto results = g.generate(prompt, p);
        ASSERT_EQ(results.size(), 2u);
        for (std::size_t b = 0; b < results.size(); ++b) {
            const std::string what =
                "piece from chord " + std::to_string(from) + ", candidate " + std::to_string(b);
            notes += expectInsideTable(results[b], kMelodyTrack, what);
            notes += expectInsideTable(results[b], kAccompanimentTrack, what);
        }
    }
    EXPECT_GT(notes, 10000) << "the random models should write notes nearly everywhere they may";
}

TEST_F(GuaranteeTest, RegenerationKeepsTheTableToo) {
    const std::vector<Chord> chords = allSymbols();
    Generator g(files());
    GenerationParams p;
    p.steps = 2;
    p.candidates = 2;
    // Sus2 / sus4 pairs and slash chords: the symbols whose pitch-class sets name other roots.
    std::vector<Chord> tricky;
    for (const Chord& c : chords)
        if (c.quality() == ChordQuality::Sus2 || c.quality() == ChordQuality::Sus4 ||
            c.quality() == ChordQuality::SevenSus4 || c.bass())
            tricky.push_back(c);
    ASSERT_GT(tricky.size(), 200u);
    const Score prompt = pieceOf(tricky, 0, 256); // 16 bars
    p.seed = 7;
    const Score first = g.generate(prompt, p).front();
    for (const char* track : {kMelodyTrack, kAccompanimentTrack}) {
        InpaintRegion r;
        r.track = track;
        r.start = 3 * first.ticksPerBar() + first.ticksPerSixteenth();
        r.end = 13 * first.ticksPerBar();
        for (std::uint64_t seed : {1u, 2u, 3u}) {
            p.seed = seed;
            for (const Score& s : g.regenerate(first, r, p))
                expectInsideTable(s, track, std::string("regenerated ") + track);
        }
    }
}
