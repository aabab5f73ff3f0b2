#include "model/roll/PianoRoll.h"

#include <algorithm>
#include <cmath>

namespace fgg {
namespace {
int quantiseToStep(Tick t, Tick origin, Tick ticksPerStep) {
    // Round half up (towards later steps), on integers so the result does not depend on floating point.
    const Tick rel = t - origin;
    const Tick q =
        rel >= 0 ? (rel + ticksPerStep / 2) / ticksPerStep : -((-rel + ticksPerStep / 2 - 1) / ticksPerStep);
    return static_cast<int>(q);
}
} // namespace

PianoRoll PianoRoll::slice(int from, int count) const {
    PianoRoll r(count);
    for (int c = 0; c < 2; ++c)
        for (int s = 0; s < count; ++s) {
            const int src = from + s;
            if (src < 0 || src >= steps_) continue;
            std::copy_n(cells_.begin() + static_cast<std::ptrdiff_t>(index(c, src, 0)), roll::kPitches,
                        &r.at(c, s, 0));
        }
    return r;
}

void PianoRoll::paste(const PianoRoll& other, int atStep) {
    for (int c = 0; c < 2; ++c)
        for (int s = 0; s < other.steps(); ++s) {
            const int dst = atStep + s;
            if (dst < 0 || dst >= steps_) continue;
            std::copy_n(other.cells_.begin() + static_cast<std::ptrdiff_t>(other.index(c, s, 0)),
                        roll::kPitches, &at(c, dst, 0));
        }
}

PianoRoll encodeNotes(const std::vector<Note>& notes, Tick origin, int steps, Tick ticksPerStep) {
    PianoRoll r(steps);
    for (const Note& n : notes) {
        const int row = roll::pitchToRow(n.pitch);
        if (row < 0 || row >= roll::kPitches) continue;
        const int start = quantiseToStep(n.start, origin, ticksPerStep);
        const int end = std::max(start + 1, quantiseToStep(n.end(), origin, ticksPerStep));
        if (start >= 0 && start < steps) r.at(PianoRoll::Onset, start, row) = 1.0f;
        for (int s = std::max(start + 1, 0); s < std::min(end, steps); ++s)
            r.at(PianoRoll::Sustain, s, row) = 1.0f;
    }
    return r;
}

std::vector<Note> decodeNotes(const PianoRoll& r, Tick origin, Tick ticksPerStep, int velocity) {
    std::vector<Note> notes;
    for (int row = 0; row < roll::kPitches; ++row) {
        int openStart = -1;
        auto close = [&](int endStep) {
            if (openStart < 0) return;
            notes.push_back(Note{roll::rowToPitch(row), origin + openStart * ticksPerStep,
                                 (endStep - openStart) * ticksPerStep, velocity});
            openStart = -1;
        };
        for (int s = 0; s < r.steps(); ++s) {
            // Strict > 0.5 as the reference decoder: FGG clamps disallowed cells to exactly 0.5 ("off").
            if (r.at(PianoRoll::Onset, s, row) > roll::kNoteThreshold) {
                close(s);
                openStart = s;
            } else if (!(r.at(PianoRoll::Sustain, s, row) > roll::kNoteThreshold)) {
                close(s);
            }
        }
        close(r.steps());
    }
    std::sort(notes.begin(), notes.end());
    return notes;
}

std::vector<int> onsetCounts(const std::vector<Note>& notes, Tick origin, int steps, Tick ticksPerStep) {
    std::vector<int> counts(static_cast<std::size_t>(steps), 0);
    for (const Note& n : notes) {
        const int s = quantiseToStep(n.start, origin, ticksPerStep);
        if (s >= 0 && s < steps) ++counts[static_cast<std::size_t>(s)];
    }
    return counts;
}

} // namespace fgg
