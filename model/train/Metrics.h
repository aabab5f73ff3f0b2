#pragma once
// The paper's evaluation metrics on generated notes (torch-free, pure functions).
#include "model/music/Score.h"

#include <vector>

namespace fgg {

/// Fraction of 16th steps with at least one sounding note in which some sounding note lies outside the
/// allowed pitch classes of the chord at that step (the paper's out-of-key rate). Steps with no chord are
/// skipped.
double outOfKeyRate(const std::vector<Note>& notes, const std::vector<ChordSpan>& chords, Tick ticksPerStep,
                    Tick from, Tick to);

/// Rule-based recogniser: the major or minor triad (12 roots x 2) whose template best matches the
/// duration-weighted pitch-class profile of the notes in [from, to); root pitch class and minor flag, or
/// {-1, false} when no note sounds.
struct RecognisedChord {
    int root = -1;
    bool minor = false;
};
RecognisedChord recogniseChord(const std::vector<Note>& notes, Tick from, Tick to);

/// Per half bar: does the recognised triad equal the given chord reduced to a triad (root + major/minor)?
/// Returns {matches, half-bars counted} (half-bars with notes and a chord).
std::pair<int, int> chordMatches(const std::vector<Note>& notes, const std::vector<ChordSpan>& chords,
                                 Tick halfBar, Tick from, Tick to);

struct DensityStats {
    double notesPerBar = 0;
    double pitchRange = 0; ///< highest minus lowest pitch, semitones (0 with fewer than 2 notes)
    double meanPitch = 0;  ///< the register: mean MIDI pitch of the notes (0 with none)
    int notes = 0;
};
DensityStats densityStats(const std::vector<Note>& notes, Tick ticksPerBar, Tick from, Tick to);

} // namespace fgg
