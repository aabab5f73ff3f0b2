#include "model/roll/Conditions.h"

namespace fgg {
namespace {
// Writes value(pc) on both chroma octaves (rows 15..26 and 27..38) of one step of one channel.
template <class F>
void writeChromaRows(PianoRoll& r, int channel, int step, F value) {
    for (int pc = 0; pc < 12; ++pc) {
        r.at(channel, step, roll::kChromaRowC3 + pc) = value(pc);
        r.at(channel, step, roll::kChromaRowC4 + pc) = value(pc);
    }
}
} // namespace

std::vector<const Chord*> chordPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                       Tick ticksPerStep) {
    std::vector<const Chord*> out(static_cast<std::size_t>(steps), nullptr);
    for (const ChordSpan& c : chords) {
        if (c.chord.isNoChord()) continue;
        // A step belongs to the chord sounding at its start.
        for (int s = 0; s < steps; ++s) {
            const Tick t = origin + s * ticksPerStep;
            if (t >= c.start && t < c.end()) out[static_cast<std::size_t>(s)] = &c.chord;
        }
    }
    return out;
}

std::vector<PitchClassSet> chromaPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                         Tick ticksPerStep) {
    std::vector<PitchClassSet> out;
    out.reserve(static_cast<std::size_t>(steps));
    for (const Chord* c : chordPerStep(chords, origin, steps, ticksPerStep))
        out.push_back(c ? c->chroma() : PitchClassSet{});
    return out;
}

std::vector<PitchClassSet> chordRootPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                            Tick ticksPerStep) {
    std::vector<PitchClassSet> out;
    out.reserve(static_cast<std::size_t>(steps));
    for (const Chord* c : chordPerStep(chords, origin, steps, ticksPerStep))
        out.push_back(c ? PitchClassSet{c->root()} : PitchClassSet{});
    return out;
}

std::vector<PitchClassSet> chordThirdPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                             Tick ticksPerStep) {
    std::vector<PitchClassSet> out;
    out.reserve(static_cast<std::size_t>(steps));
    for (const Chord* c : chordPerStep(chords, origin, steps, ticksPerStep)) {
        PitchClassSet third;
        if (c) {
            const PitchClassSet above = c->chroma().transposed(-c->root());
            if (above.contains(4))
                third.insert((c->root() + 4) % 12);
            else if (above.contains(3))
                third.insert((c->root() + 3) % 12);
        }
        out.push_back(third);
    }
    return out;
}

PianoRoll chordRhythmCondition(const std::vector<PitchClassSet>& chroma,
                               const std::vector<int>& onsetsPerStep) {
    const int steps = static_cast<int>(chroma.size());
    PianoRoll r(steps);
    for (int s = 0; s < steps; ++s) {
        const PitchClassSet& c = chroma[static_cast<std::size_t>(s)];
        const int n =
            s < static_cast<int>(onsetsPerStep.size()) ? onsetsPerStep[static_cast<std::size_t>(s)] : 0;
        // method §2.2: the count channel carries the chord at onset steps, the sustain channel elsewhere.
        if (n > 0 && !c.empty()) {
            writeChromaRows(r, PianoRoll::Onset, s, [&](int pc) { return c.contains(pc) ? float(n) : 0.0f; });
        } else {
            writeChromaRows(r, PianoRoll::Sustain, s, [&](int pc) { return c.contains(pc) ? 1.0f : 0.0f; });
        }
    }
    return r;
}

PianoRoll nullChordCondition(const std::vector<PitchClassSet>& chroma) {
    const int steps = static_cast<int>(chroma.size());
    PianoRoll r(steps, -1.0f);
    for (int s = 0; s < steps; ++s) {
        const PitchClassSet& c = chroma[static_cast<std::size_t>(s)];
        for (int ch = 0; ch < 2; ++ch)
            writeChromaRows(r, ch, s, [&](int pc) { return c.contains(pc) ? -2.0f : -1.0f; });
    }
    return r;
}

PianoRoll nullMelodyCondition(int steps) {
    return PianoRoll(steps, -1.0f);
}

std::vector<PitchClassSet> allowedPerStep(const std::vector<ChordSpan>& chords, Tick origin, int steps,
                                          Tick ticksPerStep, const PitchClassSet* userScale) {
    std::vector<PitchClassSet> out;
    out.reserve(static_cast<std::size_t>(steps));
    for (const Chord* c : chordPerStep(chords, origin, steps, ticksPerStep))
        out.push_back(userScale ? *userScale : c ? c->allowedPitchClasses() : PitchClassSet::all());
    // A scale chosen for one chord (or a range of chords) wins over both.
    for (const ChordSpan& span : chords) {
        if (!span.scale) continue;
        for (int s = 0; s < steps; ++s) {
            const Tick t = origin + s * ticksPerStep;
            if (t >= span.start && t < span.end()) out[static_cast<std::size_t>(s)] = *span.scale;
        }
    }
    return out;
}

} // namespace fgg
