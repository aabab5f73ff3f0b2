#pragma once
// The learned half of the harmoniser: the melody's key (MelodyKey.h) and a small network (TinyMlp.h) that
// reads each half bar of the melody with its neighbours (MelodyFeatures.h) and gives the probability of each
// chord, root + triad class relative to the key (ChordClass.h). The harmoniser decodes these with the
// progression model's Viterbi (Harmoniser.h). Learned from POP909's training songs, their melodies, chord
// labels and annotated keys (MelodyChordLearning.h); shipped as resources/harmony/melody-chords.txt.
#include "model/harmony/KeyEstimate.h"
#include "model/harmony/MelodyFeatures.h"
#include "model/harmony/MelodyKey.h"
#include "model/harmony/TinyMlp.h"

#include <string>
#include <string_view>
#include <vector>

namespace fgg::harmony {

class MelodyChordModel {
public:
    MelodyKeyModel key;
    /// An ensemble (four shipped), each kMelodyInputs -> hidden -> kTriadTokens, learned from different
    /// seeds: their chord probabilities are averaged (one net's harmonisation varies by +-0.007 with the
    /// seed; docs/chord-help.md).
    std::vector<TinyMlp> nets;

    bool empty() const { return nets.empty(); }
    /// It reads half bars of two beats, as in the 4/4 songs it learned from.
    static bool reads(int beatsPerBar) { return beatsPerBar == 4; }

    struct Reading {
        KeyEstimate key;
        std::vector<MelodySegment> segments;
        /// Per segment, log P(triad token relative to key.majorTonic()), the nets' mean probability; empty
        /// where nothing is sung.
        std::vector<std::vector<float>> chordLogP;
    };
    /// The key and the chord probabilities of `melody` (sorted by start) over [from, to), half bar by half
    /// bar.
    Reading read(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar, Tick from,
                 Tick to) const;

    std::string toText() const;
    /// Throws Error naming `path` and the line on a malformed table.
    static MelodyChordModel fromText(std::string_view text, const std::string& path);
    static MelodyChordModel load(const std::string& path);
    void save(const std::string& path) const;
    /// resources/harmony/melody-chords.txt where the progression table is looked for
    /// (ProgressionModel::shippedPath), the first that has it (else the last candidate).
    static std::string shippedPath();
};

} // namespace fgg::harmony
