// A quantised song as a Score, for listening to the dataset and exporting it as MIDI.
#include "model/data/ChromaChord.h"
#include "model/data/Pop909.h"

namespace fgg {
namespace {

constexpr Tick kTicksPerStep = Score::kDefaultTicksPerBeat / 4;

Track gridTrack(const std::string& name, int channel, const std::vector<GridNote>& notes) {
    Track t;
    t.name = name;
    t.channel = channel;
    t.notes.reserve(notes.size());
    for (const GridNote& n : notes)
        t.notes.push_back(Note{n.pitch, n.step * kTicksPerStep, std::max(1, n.length) * kTicksPerStep, 100});
    t.sort();
    return t;
}

} // namespace

Score toScore(const QuantisedSong& song) {
    Score s;
    s.ticksPerBeat = Score::kDefaultTicksPerBeat;
    s.tracks.push_back(gridTrack("Melody", 0, song.melody));
    s.tracks.push_back(gridTrack("Bridge", 1, song.bridge));
    s.tracks.push_back(gridTrack("Piano", 2, song.piano));
    // The labels where the cache has them: the symbols POP909's annotators wrote.
    for (const GridChord& c : song.chords)
        s.chords.push_back(ChordSpan{static_cast<Tick>(c.step) * kTicksPerStep,
                                     static_cast<Tick>(c.length) * kTicksPerStep,
                                     Chord::parseHarte(c.label)});
    // Else (a version-1 cache) runs of steps with one chroma become one chord, named by recognition; steps
    // without a chord stay gaps.
    for (std::size_t k = 0; song.chords.empty() && k < song.chroma.size();) {
        std::size_t e = k + 1;
        while (e < song.chroma.size() && song.chroma[e] == song.chroma[k])
            ++e;
        if (song.chroma[k])
            s.chords.push_back(ChordSpan{static_cast<Tick>(k) * kTicksPerStep,
                                         static_cast<Tick>(e - k) * kTicksPerStep,
                                         chordFromChroma(song.chroma[k])});
        k = e;
    }
    s.length = static_cast<Tick>(song.steps) * kTicksPerStep;
    return s;
}

} // namespace fgg
