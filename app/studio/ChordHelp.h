#pragma once
// The app's chord help over model/harmony: detecting chords for an imported file, harmonising the melody
// track, and learned next-chord suggestions for the chord lane. The progression table
// (resources/harmony/progressions.txt) is loaded once, on first use; without it detection falls back to
// templates alone and suggestions to none (the reason is kept for the status bar).
#include "model/harmony/ChordDetector.h"
#include "model/harmony/ProgressionModel.h"

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

    /// Chords and key of the melody and accompaniment together.
    harmony::ChordAnalysis detect(const Score& score);
    /// Chords for the melody track alone; throws Error when there is no melody or no table.
    harmony::ChordAnalysis harmoniseMelody(const Score& score);
    /// The likeliest chords for chord slot `index` of the score's progression (index == count: a new slot
    /// after the last), given the chords before it, in the score's key (estimated when it has none).
    std::vector<Chord> suggestionsFor(const Score& score, int index, int count);

private:
    std::unique_ptr<harmony::ProgressionModel> model_;
    bool tried_ = false;
    std::string loadError_;
};

class Document;

/// Edit > Harmonise Melody: the chord lane (and the key, when the piece has none) from the melody track, one
/// undo step. Returns the message for the status bar (what was done, or why not).
QString harmoniseMelody(Document& doc);

} // namespace fgg::studio
