#include "model/train/Metrics.h"

#include <algorithm>
#include <array>

namespace fgg {

double outOfKeyRate(const std::vector<Note>& notes, const std::vector<ChordSpan>& chords, Tick ticksPerStep,
                    Tick from, Tick to) {
    int sounding = 0, bad = 0;
    for (Tick t = from; t < to; t += ticksPerStep) {
        const ChordSpan* chord = nullptr;
        for (const ChordSpan& c : chords)
            if (t >= c.start && t < c.end()) chord = &c;
        if (!chord || chord->chord.isNoChord()) continue;
        const PitchClassSet allowed = chord->chord.allowedPitchClasses();
        bool any = false, outside = false;
        for (const Note& n : notes) {
            if (n.start <= t && t < n.end()) {
                any = true;
                outside = outside || !allowed.contains(n.pitch);
            }
        }
        sounding += any;
        bad += outside;
    }
    return sounding ? double(bad) / sounding : 0.0;
}

RecognisedChord recogniseChord(const std::vector<Note>& notes, Tick from, Tick to) {
    std::array<double, 12> profile{};
    double total = 0;
    for (const Note& n : notes) {
        const Tick overlap = std::min(n.end(), to) - std::max(n.start, from);
        if (overlap <= 0) continue;
        profile[static_cast<std::size_t>(n.pitch % 12)] += double(overlap);
        total += double(overlap);
    }
    if (total <= 0) return {};
    RecognisedChord best;
    double bestScore = -1e30;
    for (int root = 0; root < 12; ++root)
        for (bool minor : {false, true}) {
            // Template matching: chord tones count, other pitch classes count against (weights from the
            // root).
            const int third = (root + (minor ? 3 : 4)) % 12, fifth = (root + 7) % 12;
            double score = 0;
            for (int pc = 0; pc < 12; ++pc) {
                const double w = pc == root ? 1.1 : (pc == third ? 1.0 : (pc == fifth ? 0.9 : -0.6));
                score += w * profile[static_cast<std::size_t>(pc)];
            }
            if (score > bestScore) {
                bestScore = score;
                best = {root, minor};
            }
        }
    return best;
}

namespace {
/// The given chord as a triad (root, minor) for comparison; {-1} when it has no clear major/minor third.
RecognisedChord reduceToTriad(const Chord& c) {
    if (c.isNoChord()) return {};
    const PitchClassSet rel = c.chroma().transposed(-c.root());
    if (rel.contains(4)) return {c.root(), false};
    if (rel.contains(3)) return {c.root(), true};
    return {c.root(), false}; // sus / power chords: compare the root with a major reading
}
} // namespace

std::pair<int, int> chordMatches(const std::vector<Note>& notes, const std::vector<ChordSpan>& chords,
                                 Tick halfBar, Tick from, Tick to) {
    int matches = 0, counted = 0;
    for (Tick t = from; t + halfBar <= to; t += halfBar) {
        const ChordSpan* chord = nullptr;
        for (const ChordSpan& c : chords)
            if (t >= c.start && t < c.end()) chord = &c;
        if (!chord || chord->chord.isNoChord()) continue;
        const RecognisedChord got = recogniseChord(notes, t, t + halfBar);
        if (got.root < 0) continue;
        const RecognisedChord want = reduceToTriad(chord->chord);
        ++counted;
        matches += got.root == want.root && got.minor == want.minor;
    }
    return {matches, counted};
}

DensityStats densityStats(const std::vector<Note>& notes, Tick ticksPerBar, Tick from, Tick to) {
    DensityStats s;
    int count = 0, lo = 128, hi = -1;
    double pitchSum = 0;
    for (const Note& n : notes) {
        if (n.start < from || n.start >= to) continue;
        ++count;
        pitchSum += n.pitch;
        lo = std::min(lo, n.pitch);
        hi = std::max(hi, n.pitch);
    }
    s.notesPerBar = double(count) / (double(to - from) / double(ticksPerBar));
    s.pitchRange = count >= 2 ? hi - lo : 0;
    s.meanPitch = count ? pitchSum / count : 0;
    s.notes = count;
    return s;
}

} // namespace fgg
