#pragma once
// Chords from notes: per half bar (per beat where the harmony moves faster) the root, quality and bass,
// plus the key of the passage. Each half bar's pitch-class profile (PitchProfile.h) is matched against the
// chord templates (ChordFit.h); with a progression model the half bars are decoded together (ChordPath.h),
// so that a chord is not changed for one passing note and likely progressions win close calls.
#include "model/harmony/ChordFit.h"
#include "model/harmony/KeyEstimate.h"
#include "model/harmony/ProgressionModel.h"
#include "model/music/Score.h"

#include <string>
#include <vector>

namespace fgg::harmony {

struct ChordAnalysis {
    std::vector<ChordSpan> chords; ///< sorted, non-overlapping; silent stretches at the ends have none
    KeyEstimate key;
};

struct DetectorOptions {
    FitWeights fit = FitWeights::allParts();
    /// Evidence from the model's learned melody tones (ProgressionModel::melodyToneLogProbability) instead of
    /// the templates: for a melody alone, where chord tones and passing tones follow habits templates miss.
    bool melodyTones = false;
    double fitScale = 24;     ///< weight of the fit against the progression model's log-probabilities
    bool splitBeats = true;   ///< split a half bar into beats when two chords explain it clearly better
    double splitMargin = 0.3; ///< how much better (mean fit per beat) the split must be
    bool slashChords = true;  ///< name an inversion when another chord tone is clearly in the bass
};

class ChordDetector {
public:
    /// `model` may be null: each half bar then takes the chord that fits it best (templates alone).
    explicit ChordDetector(const ProgressionModel* model = nullptr, DetectorOptions options = {});

    /// Chords of `notes` (sorted by start) over [from, to); `from` should be on a bar line.
    ChordAnalysis detect(const std::vector<Note>& notes, Tick ticksPerBeat, int beatsPerBar, Tick from,
                         Tick to) const;
    /// Chords of a score's notes, from every track (drums on channel 10 left out) or from `track` alone.
    /// Throws Error naming the track when there is none of that name.
    ChordAnalysis detect(const Score& score, const std::string& track = "") const;

    const DetectorOptions& options() const { return options_; }

private:
    const ProgressionModel* model_;
    DetectorOptions options_;
};

/// The notes of `score` the detector reads: every pitched track, or the one named.
std::vector<Note> notesOf(const Score& score, const std::string& track = "");

/// The metre the detector reads a score in: beats of the time signature's denominator (6/8: six eighths).
struct DetectionMetre {
    Tick ticksPerBeat = 480;
    int beatsPerBar = 4;
    Tick bar() const { return ticksPerBeat * beatsPerBar; }
    /// A chord segment: half a bar in even metres, a bar otherwise.
    Tick segment() const { return beatsPerBar % 2 == 0 ? bar() / 2 : bar(); }
};
DetectionMetre detectionMetre(const Score& score);

/// Chords of `notes` (from any tracks, in any order) over the stretch [from, to) of a score in `metre`: the
/// stretch widened to whole segments, read from the bar line before it; `chords` lie inside [from, to).
struct RangeChords {
    Tick from = 0, to = 0;
    ChordAnalysis analysis;
};
RangeChords detectChordsInRange(const ChordDetector& detector, const DetectionMetre& metre,
                                std::vector<Note> notes, Tick from, Tick to);

/// `chords` (sorted, non-overlapping) with the stretch [from, to) replaced by `inside`: spans reaching into
/// it are cut at its edges, a span across the whole of it is kept on both sides.
std::vector<ChordSpan> spliceChords(const std::vector<ChordSpan>& chords,
                                    const std::vector<ChordSpan>& inside, Tick from, Tick to);

} // namespace fgg::harmony
