#pragma once
// The paper's piano roll: 2 channels (onset, sustain) x steps (16th notes) x 64 pitches (MIDI 33..96).
// A cell > 0.5 means a note (strict, as the authors' decoder). Torch-free: tensors live in nn/ and
// diffusion/.
#include "model/music/Track.h"

#include <vector>

namespace fgg {

namespace roll {
inline constexpr int kPitches = 64;
inline constexpr int kLowestPitch = 33; ///< row 0 = A1 (MIDI 33), row 63 = C7 (MIDI 96)
inline constexpr int kHighestPitch = kLowestPitch + kPitches - 1;
inline constexpr int kStepsPerBar = 16;
inline constexpr int kWindowBars = 4;
inline constexpr int kWindowSteps = kStepsPerBar * kWindowBars; ///< 64: one model window
inline constexpr int kChromaRowC3 = 15;                         ///< rows 15..26 = C3..B3 (MIDI 48..59)
inline constexpr int kChromaRowC4 = 27;                         ///< rows 27..38 = C4..B4 (MIDI 60..71)
inline constexpr float kNoteThreshold = 0.5f;
/// What FGG's corrections raise a cell to when it must sound: just above the threshold (the reference's
/// 0.501).
inline constexpr float kJustSounding = 0.501f;

inline int pitchToRow(int midiPitch) {
    return midiPitch - kLowestPitch;
}
inline int rowToPitch(int row) {
    return row + kLowestPitch;
}
inline int rowPitchClass(int row) {
    return (9 + row) % 12;
}
} // namespace roll

/// A 2-channel roll of any number of steps. Layout [channel][step][pitch], row-major.
class PianoRoll {
public:
    enum Channel { Onset = 0, Sustain = 1 };

    PianoRoll() = default;
    explicit PianoRoll(int steps, float fill = 0.0f)
        : steps_(steps), cells_(static_cast<std::size_t>(2 * steps * roll::kPitches), fill) {}

    int steps() const { return steps_; }
    float at(int channel, int step, int row) const { return cells_[index(channel, step, row)]; }
    float& at(int channel, int step, int row) { return cells_[index(channel, step, row)]; }
    const std::vector<float>& cells() const { return cells_; }
    std::vector<float>& cells() { return cells_; }

    /// Steps [from, from + count) as a new roll (zero-padded past the end).
    PianoRoll slice(int from, int count) const;
    /// Writes `other` at step `at` (cells past the end are ignored).
    void paste(const PianoRoll& other, int at);
    bool operator==(const PianoRoll&) const = default;

private:
    std::size_t index(int channel, int step, int row) const {
        return (static_cast<std::size_t>(channel) * static_cast<std::size_t>(steps_) +
                static_cast<std::size_t>(step)) *
                   roll::kPitches +
               static_cast<std::size_t>(row);
    }
    int steps_ = 0;
    std::vector<float> cells_;
};

/// Notes -> roll: onset at the start step, sustain on the following steps of the note. `origin` is the tick
/// of step 0. Notes are quantised to the nearest step (length at least one step); pitches outside 33..96 are
/// dropped.
PianoRoll encodeNotes(const std::vector<Note>& notes, Tick origin, int steps, Tick ticksPerStep);

/// Roll -> notes, exactly as the authors' decoder: an onset > 0.5 starts a note, following sustain > 0.5
/// extends it; a sustain run with no onset is dropped.
std::vector<Note> decodeNotes(const PianoRoll& roll, Tick origin, Tick ticksPerStep, int velocity = 100);

/// Onsets per step of a track's notes (all pitches, before the 33..96 cut), as the rhythm condition counts
/// them.
std::vector<int> onsetCounts(const std::vector<Note>& notes, Tick origin, int steps, Tick ticksPerStep);

} // namespace fgg
