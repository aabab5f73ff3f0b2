#pragma once
// The chord-help measurements on POP909 (docs/chord-help.md), each beside a simple baseline:
//   detection      per half bar, root + triad class (ChordClass.h) of the chords detected from the
//                  quantised melody + piano against POP909's labels;
//   harmonisation  the same for chords chosen for the melody alone (with the melody tone table, and with the
//                  learned melody chord table when there is one; its key finder against POP909's keys);
//   next chord     the chord opening bar 8 of each 8-bar phrase, suggested from the chords of bars 1-7
//                  (phrases where the chord changes at that bar line), top-1 and top-5.
#include "model/harmony/Harmoniser.h"
#include "model/harmony/Pop909ChordLabels.h"
#include "model/harmony/ProgressionModel.h"

#include <string>
#include <vector>

namespace fgg::harmony {

struct ChordBenchRow {
    std::string measure; ///< "detection", "harmonisation", "next chord top-1", ...
    std::string method;  ///< "templates", "templates + progressions", ...
    long long hits = 0, total = 0;
    double rate() const { return total ? double(hits) / double(total) : 0; }
};

struct ChordBenchOptions {
    Pop909Split split = Pop909Split::Validation;
    int maxSongs = 0;             ///< 0 = all songs of the split
    DetectorOptions detector;     ///< for "templates + progressions" detection
    HarmoniserOptions harmoniser; ///< for harmonisation (its templates baseline uses the same fit weights)
    const MelodyChordModel* melodyChords = nullptr; ///< the learned harmoniser, measured when given
};

struct ChordBenchResult {
    std::vector<ChordBenchRow> rows;
    int songs = 0;
    std::vector<std::string> skipped; ///< "folder: reason"
};

ChordBenchResult runChordBench(const std::string& pop909Dir, const ProgressionModel& model,
                               const ChordBenchOptions& options);

} // namespace fgg::harmony
