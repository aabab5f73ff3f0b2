#pragma once
// The app's chord help over model/harmony: detecting chords for an imported file or a selection,
// harmonising the melody track, and learned next-chord suggestions for the chord lane. The progression table
// (resources/harmony/progressions.txt) and the learned harmoniser's table (melody-chords.txt) are loaded
// once, on first use; without the first, detection falls back to templates alone and suggestions to none
// (the reason is kept for the status bar); without the second the harmoniser reads the melody with its tone
// table.
#include "model/harmony/ChordDetector.h"
#include "model/harmony/MelodyChordModel.h"
#include "model/harmony/ProgressionModel.h"
#include "widgets/ground/NoteTypes.h"

#include <QString>
#include <memory>
#include <string>
#include <vector>

namespace fgg::studio {

class ChordHelp {
public:
    /// The app's one instance.
    static ChordHelp& instance();

    /// The learned table, or nullptr when it cannot be loaded (see loadError()).
    const harmony::ProgressionModel* progressions();
    const std::string& loadError() const { return loadError_; }
    /// The learned harmoniser's table, or nullptr when it cannot be loaded.
    const harmony::MelodyChordModel* melodyChords();

    /// Chords and key of the melody and accompaniment together.
    harmony::ChordAnalysis detect(const Score& score);
    /// Chords of `notes` over [from, to) of the score (widened to half bars; RangeChords).
    harmony::RangeChords detectRange(const Score& score, const std::vector<Note>& notes, Tick from, Tick to);
    /// Chords for the melody track alone; throws Error when there is no melody or no table.
    harmony::ChordAnalysis harmoniseMelody(const Score& score);
    /// The likeliest chords for chord slot `index` of the score's progression (index == count: a new slot
    /// after the last), given the chords before it, in the score's key (estimated when it has none).
    std::vector<Chord> suggestionsFor(const Score& score, int index, int count);

private:
    std::unique_ptr<harmony::ProgressionModel> model_;
    std::unique_ptr<harmony::MelodyChordModel> melody_;
    bool tried_ = false, triedMelody_ = false;
    std::string loadError_;
};

class Document;

/// Edit > Harmonise Melody: the chord lane (and the key, when the piece has none) from the melody track, one
/// undo step. Returns the message for the status bar (what was done, or why not).
QString harmoniseMelody(Document& doc);

/// Edit > Detect Chords from Selection: the chord lane over the selected notes' time, from the chords those
/// notes make (without a selection: over the region marked in the roll, from every track's notes in it), one
/// undo step. The chords outside stay. Returns the message for the status bar.
QString detectChordsFromSelection(Document& doc, const NoteSelection& selection, const ScoreRegion& region);

} // namespace fgg::studio
