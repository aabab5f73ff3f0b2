#include "model/harmony/Harmoniser.h"

#include "model/music/Error.h"

namespace fgg::harmony {
namespace {

DetectorOptions melodyOptions(const HarmoniserOptions& o) {
    DetectorOptions d;
    d.fit = o.fit;
    d.fitScale = o.fitScale;
    d.melodyTones = true;
    d.splitBeats = false; // a melody alone cannot show harmony faster than the half bar
    d.slashChords = false;
    return d;
}

} // namespace

Harmoniser::Harmoniser(const ProgressionModel& model, HarmoniserOptions options)
    : detector_(&model, melodyOptions(options)) {}

ChordAnalysis Harmoniser::harmonise(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar,
                                    Tick from, Tick to) const {
    return detector_.detect(melody, ticksPerBeat, beatsPerBar, from, to);
}

ChordAnalysis Harmoniser::harmonise(const Score& score, const std::string& melodyTrack) const {
    const Track* t = score.track(melodyTrack);
    if (!t) throw Error("no melody track '" + melodyTrack + "' to harmonise");
    if (t->notes.empty()) throw Error("the melody track '" + melodyTrack + "' has no notes to harmonise");
    Score melodyOnly = score;
    melodyOnly.tracks = {*t};
    return detector_.detect(melodyOnly, melodyTrack);
}

} // namespace fgg::harmony
