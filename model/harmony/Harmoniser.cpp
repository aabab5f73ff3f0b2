#include "model/harmony/Harmoniser.h"

#include "model/harmony/ChordClass.h"
#include "model/harmony/ChordPath.h"
#include "model/harmony/ChordVocabulary.h"
#include "model/music/Error.h"

#include <algorithm>

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

/// For each chord state, its triad token relative to `majorTonic` (the network's outputs).
std::vector<int> relativeTriadTokens(int majorTonic) {
    std::vector<int> t(static_cast<std::size_t>(kChordStates));
    for (int s = 0; s < kChordStates; ++s)
        t[static_cast<std::size_t>(s)] =
            transposeTriadToken(*triadToken(rootTriad(stateChord(s))), -majorTonic);
    return t;
}

} // namespace

Harmoniser::Harmoniser(const ProgressionModel& model, HarmoniserOptions options,
                       const MelodyChordModel* learned)
    : model_(&model), learned_(learned && !learned->empty() ? learned : nullptr), options_(options),
      detector_(&model, melodyOptions(options)) {}

ChordAnalysis Harmoniser::harmonise(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar,
                                    Tick from, Tick to) const {
    if (learned_ && MelodyChordModel::reads(beatsPerBar) && ticksPerBeat > 0)
        return harmoniseLearned(melody, ticksPerBeat, beatsPerBar, from, to);
    return detector_.detect(melody, ticksPerBeat, beatsPerBar, from, to);
}

ChordAnalysis Harmoniser::harmoniseLearned(const std::vector<Note>& melody, Tick ticksPerBeat,
                                           int beatsPerBar, Tick from, Tick to) const {
    ChordAnalysis out;
    std::vector<Note> inRange;
    for (const Note& n : melody)
        if (n.end() > from && n.start < to) inRange.push_back(n);
    if (inRange.empty()) {
        out.key = estimateKey(inRange);
        return out;
    }
    const MelodyChordModel::Reading r = learned_->read(inRange, ticksPerBeat, beatsPerBar, from, to);
    out.key = r.key;
    // Silence before the first and after the last sung half bar has no chord.
    std::size_t first = 0, last = r.segments.size();
    while (first < last && !r.segments[first].sung)
        ++first;
    while (last > first && !r.segments[last - 1].sung)
        --last;
    if (first == last) return out;

    const int tonic = r.key.majorTonic();
    const std::vector<int> token = relativeTriadTokens(tonic);
    FitTable fit;
    std::vector<bool> atBarLine;
    for (std::size_t i = first; i < last; ++i) {
        std::vector<double> f(static_cast<std::size_t>(kChordStates), 0.0); // unsung: the progressions decide
        if (!r.chordLogP[i].empty())
            for (std::size_t s = 0; s < f.size(); ++s)
                f[s] = r.chordLogP[i][static_cast<std::size_t>(token[s])];
        fit.push_back(std::move(f));
        atBarLine.push_back(r.segments[i].atBarLine);
    }
    const std::vector<int> path =
        bestChordPath(fit, atBarLine, model_->empty() ? nullptr : model_, tonic, options_.learnedScale);

    // One span per run of the same chord.
    const Tick length = 2 * ticksPerBeat;
    for (std::size_t i = 0; i < path.size();) {
        std::size_t e = i + 1;
        while (e < path.size() && path[e] == path[i])
            ++e;
        const Tick a = from + static_cast<Tick>(first + i) * length;
        const Tick b = std::min(to, from + static_cast<Tick>(first + e) * length);
        out.chords.push_back({a, b - a, stateChord(path[i])});
        i = e;
    }
    return out;
}

ChordAnalysis Harmoniser::harmonise(const Score& score, const std::string& melodyTrack) const {
    const Track* t = score.track(melodyTrack);
    if (!t) throw Error("no melody track '" + melodyTrack + "' to harmonise");
    if (t->notes.empty()) throw Error("the melody track '" + melodyTrack + "' has no notes to harmonise");
    Score melodyOnly = score;
    melodyOnly.tracks = {*t};
    if (!learned_) return detector_.detect(melodyOnly, melodyTrack);
    const DetectionMetre m = detectionMetre(score);
    const Tick end = (melodyOnly.endTick() + m.bar() - 1) / m.bar() * m.bar();
    std::vector<Note> notes = t->notes;
    std::sort(notes.begin(), notes.end());
    return harmonise(notes, m.ticksPerBeat, m.beatsPerBar, 0, end);
}

} // namespace fgg::harmony
