// Velocity shape (issue 17, "Sound"): meter accents, phrase contour and seeded humanising on hand-made lines
// whose answers are known.
#include "model/music/Score.h"
#include "model/music/VelocityShape.h"

#include <gtest/gtest.h>

#include <set>

using namespace fgg;

namespace {
constexpr Tick kBeat = 480, kEighth = kBeat / 2, kSixteenth = kBeat / 4, kBar = 4 * kBeat;
const Meter k44{kBeat, 4, 4};

/// Only the meter speaks: no contour, no jitter.
VelocityShape accentsOnly(int base = 80) {
    VelocityShape s;
    s.base = base;
    s.contour = 0.0;
    return s;
}

/// Same pitch on each of `starts`, an eighth long.
std::vector<Note> at(const std::vector<Tick>& starts, int pitch = 67) {
    std::vector<Note> out;
    for (Tick t : starts)
        out.push_back(Note{pitch, t, kEighth, 100});
    return out;
}

int velocityAt(const std::vector<Note>& notes, Tick start) {
    for (const Note& n : notes)
        if (n.start == start) return n.velocity;
    ADD_FAILURE() << "no note at " << start;
    return -1;
}
} // namespace

TEST(VelocityShape, MetricLevelsOfFourFour) {
    EXPECT_EQ(metricLevel(0, k44), MetricLevel::Downbeat);
    EXPECT_EQ(metricLevel(3 * kBar, k44), MetricLevel::Downbeat);
    EXPECT_EQ(metricLevel(2 * kBeat, k44), MetricLevel::MidBar);
    EXPECT_EQ(metricLevel(kBeat, k44), MetricLevel::Beat);
    EXPECT_EQ(metricLevel(3 * kBeat, k44), MetricLevel::Beat);
    EXPECT_EQ(metricLevel(kEighth, k44), MetricLevel::Offbeat);
    EXPECT_EQ(metricLevel(kSixteenth, k44), MetricLevel::Weak);
    EXPECT_EQ(metricLevel(kBar + 100, k44), MetricLevel::Weak);
}

TEST(VelocityShape, MetricLevelsOfThreeFourAndSixEight) {
    const Meter waltz{kBeat, 3, 4};
    EXPECT_EQ(metricLevel(0, waltz), MetricLevel::Downbeat);
    EXPECT_EQ(metricLevel(kBeat, waltz), MetricLevel::Beat); // no middle beat in three
    EXPECT_EQ(metricLevel(2 * kBeat, waltz), MetricLevel::Beat);
    EXPECT_EQ(metricLevel(3 * kBeat, waltz), MetricLevel::Downbeat); // the next bar
    const Meter sixEight{kBeat, 6, 8};
    EXPECT_EQ(metricLevel(3 * kEighth, sixEight), MetricLevel::Beat); // the second dotted quarter
    EXPECT_EQ(metricLevel(kEighth, sixEight), MetricLevel::Offbeat);
    EXPECT_EQ(metricLevel(6 * kEighth, sixEight), MetricLevel::Downbeat);
    const Meter twelveEight{kBeat, 12, 8};
    EXPECT_EQ(metricLevel(6 * kEighth, twelveEight), MetricLevel::MidBar);
}

TEST(VelocityShape, DownbeatBeatsBeatThreeBeatsOtherBeatsBeatsOffbeats) {
    // Eighths through one bar on one pitch: only the meter differs between them.
    std::vector<Tick> starts;
    for (Tick t = 0; t < kBar; t += kEighth)
        starts.push_back(t);
    const auto shaped = shapeVelocities(at(starts), k44, accentsOnly());
    const int downbeat = velocityAt(shaped, 0);
    const int three = velocityAt(shaped, 2 * kBeat);
    const int two = velocityAt(shaped, kBeat), four = velocityAt(shaped, 3 * kBeat);
    EXPECT_GT(downbeat, three);
    EXPECT_GT(three, two);
    EXPECT_EQ(two, four);
    for (Tick off = kEighth; off < kBar; off += kBeat)
        EXPECT_LT(velocityAt(shaped, off), two) << "offbeat at " << off;
    EXPECT_EQ(downbeat, 90); // base 80 + 10
}

TEST(VelocityShape, SixteenthsBetweenEighthsAreSofterStill) {
    const auto shaped = shapeVelocities(at({0, kSixteenth, kEighth, 3 * kSixteenth}), k44, accentsOnly());
    EXPECT_LT(velocityAt(shaped, kSixteenth), velocityAt(shaped, kEighth));
    EXPECT_EQ(velocityAt(shaped, kSixteenth), velocityAt(shaped, 3 * kSixteenth));
}

TEST(VelocityShape, NoAccentNoContourNoJitterGivesTheBaseEverywhere) {
    VelocityShape flat;
    flat.base = 77;
    flat.accent = 0;
    flat.contour = 0;
    for (const Note& n : shapeVelocities(at({0, kSixteenth, kBeat, 2 * kBeat + kEighth}), k44, flat))
        EXPECT_EQ(n.velocity, 77);
}

TEST(VelocityShape, PhraseHighPointIsLouderThanItsLowPoint) {
    // Half notes from the beats 2 and 4 of four bars (same metric level, no rests): C E | G E | D F | A F.
    std::vector<Note> line;
    const int pitches[] = {60, 64, 67, 64, 62, 65, 69, 65};
    for (int i = 0; i < 8; ++i)
        line.push_back(Note{pitches[i], (i / 2) * kBar + (i % 2 == 0 ? kBeat : 3 * kBeat), 2 * kBeat, 100});
    VelocityShape s;
    s.base = 80;
    s.accent = 0;
    const auto shaped = shapeVelocities(line, k44, s);
    int highest = 0;
    for (std::size_t i = 0; i < shaped.size(); ++i)
        if (shaped[i].pitch == 69) highest = shaped[i].velocity;
    EXPECT_EQ(highest, 85);            // the phrase's top: base + 5
    EXPECT_EQ(shaped[0].velocity, 75); // its lowest: base - 5
    for (const Note& n : shaped)
        if (n.pitch != 69) {
            EXPECT_LT(n.velocity, highest);
        }
    EXPECT_LT(shaped[1].velocity, shaped[2].velocity); // E < G on the way up
}

TEST(VelocityShape, ARestOfABeatStartsANewPhrase) {
    // Two phrases, each low-high: both high points get the top of their own phrase.
    const std::vector<Note> line{Note{60, 0, kBeat, 100}, Note{72, kBeat, kBeat, 100},
                                 Note{48, 4 * kBeat, kBeat, 100}, Note{55, 5 * kBeat, kBeat, 100}};
    VelocityShape s;
    s.accent = 0;
    const auto shaped = shapeVelocities(line, k44, s);
    EXPECT_EQ(shaped[1].velocity, shaped[3].velocity);
    EXPECT_EQ(shaped[0].velocity, shaped[2].velocity);
    EXPECT_GT(shaped[3].velocity, shaped[0].velocity);
}

TEST(VelocityShape, ThePhrasesLastOnsetRelaxes) {
    const std::vector<Note> line{Note{60, 0, kBeat, 100}, Note{60, kBeat, kBeat, 100},
                                 Note{60, 2 * kBeat, kBeat, 100}};
    VelocityShape s;
    s.accent = 0;
    const auto shaped = shapeVelocities(line, k44, s);
    EXPECT_EQ(shaped[0].velocity, s.base);
    EXPECT_EQ(shaped[2].velocity, s.base - 3);
}

TEST(VelocityShape, ChordNotesShareTheirOnsetsShape) {
    const std::vector<Note> chord{Note{48, 0, kBar, 100},    Note{55, 0, kBar, 100},
                                  Note{64, 0, kBar, 100},    Note{50, kBar, kBar, 100},
                                  Note{57, kBar, kBar, 100}, Note{65, kBar, kBar, 100}};
    const auto shaped = shapeVelocities(chord, k44, VelocityShape{});
    EXPECT_EQ(shaped[0].velocity, shaped[1].velocity);
    EXPECT_EQ(shaped[1].velocity, shaped[2].velocity);
    EXPECT_EQ(shaped[3].velocity, shaped[5].velocity);
    EXPECT_GT(shaped[3].velocity, shaped[0].velocity); // the second chord is the phrase's top
}

TEST(VelocityShape, HumaniseIsSeededBoundedAndOnlyTouchesVelocity) {
    std::vector<Tick> starts;
    for (Tick t = 0; t < 4 * kBar; t += kEighth)
        starts.push_back(t);
    const std::vector<Note> line = at(starts);
    VelocityShape plain = accentsOnly(90);
    VelocityShape human = plain;
    human.humanise = 1.0;
    human.seed = 42;
    const auto a = shapeVelocities(line, k44, plain);
    const auto b = shapeVelocities(line, k44, human);
    const auto again = shapeVelocities(line, k44, human);
    EXPECT_EQ(b, again); // the same seed, the same velocities
    human.seed = 43;
    const auto other = shapeVelocities(line, k44, human);
    EXPECT_NE(b, other);
    int moved = 0;
    std::set<int> offsets;
    for (std::size_t i = 0; i < line.size(); ++i) {
        EXPECT_EQ(b[i].pitch, line[i].pitch);
        EXPECT_EQ(b[i].start, line[i].start);
        EXPECT_EQ(b[i].length, line[i].length);
        const int d = b[i].velocity - a[i].velocity;
        EXPECT_LE(std::abs(d), 8);
        moved += d != 0;
        offsets.insert(d);
    }
    EXPECT_GT(moved, static_cast<int>(line.size()) / 2);
    EXPECT_GT(offsets.size(), 5u); // a spread, not one shift
    human.humanise = 0.25;
    human.seed = 42;
    for (std::size_t i = 0; const Note& n : shapeVelocities(line, k44, human))
        EXPECT_LE(std::abs(n.velocity - a[i++].velocity), 2);
}

TEST(VelocityShape, AJitterDependsOnTheNoteNotOnItsNeighbours) {
    VelocityShape s = accentsOnly();
    s.humanise = 1.0;
    s.seed = 7;
    const auto alone = shapeVelocities(at({kBeat}), k44, s);
    const auto withOthers = shapeVelocities(at({0, kBeat, 2 * kBeat}), k44, s);
    EXPECT_EQ(alone[0].velocity, withOthers[1].velocity);
}

TEST(VelocityShape, VelocitiesStayInMidiRangeAndOrderIsKept) {
    VelocityShape loud;
    loud.base = 125;
    loud.accent = 2.0;
    loud.humanise = 1.0;
    VelocityShape soft = loud;
    soft.base = 2;
    const std::vector<Note> notes = at({3 * kBeat, 0, kSixteenth, 2 * kBeat});
    for (const VelocityShape& s : {loud, soft}) {
        const auto shaped = shapeVelocities(notes, k44, s);
        ASSERT_EQ(shaped.size(), notes.size());
        for (std::size_t i = 0; i < notes.size(); ++i) {
            EXPECT_EQ(shaped[i].start, notes[i].start); // not re-sorted
            EXPECT_GE(shaped[i].velocity, 1);
            EXPECT_LE(shaped[i].velocity, 127);
        }
    }
}

TEST(VelocityShape, OutOfRangeAmountsAreClampedAndEmptyIsEmpty) {
    EXPECT_TRUE(shapeVelocities({}, k44, VelocityShape{}).empty());
    VelocityShape wild = accentsOnly();
    wild.accent = std::numeric_limits<double>::quiet_NaN();
    wild.humanise = -3.0;
    for (const Note& n : shapeVelocities(at({0, kBeat}), k44, wild))
        EXPECT_EQ(n.velocity, 80);
    wild.accent = 50.0; // clamped to 2: downbeat +20
    EXPECT_EQ(shapeVelocities(at({0}), k44, wild)[0].velocity, 100);
    const Meter broken{0, 0, 0}; // a score without a usable meter still gets velocities
    EXPECT_EQ(shapeVelocities(at({0, 7}), broken, accentsOnly()).size(), 2u);
}

TEST(VelocityShape, MeterOfAScoreIsItsFirstTimeSignature) {
    Score s;
    s.ticksPerBeat = 96;
    s.timeSignatures = {TimeSignature{0, 6, 8}, TimeSignature{960, 4, 4}};
    const Meter m = Meter::of(s);
    EXPECT_EQ(m.ticksPerBeat, 96);
    EXPECT_EQ(m.numerator, 6);
    EXPECT_EQ(m.denominator, 8);
}
