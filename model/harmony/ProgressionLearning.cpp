#include "model/harmony/ProgressionLearning.h"

#include "model/data/Pop909.h"
#include "model/harmony/ChordVocabulary.h"
#include "model/harmony/KeyEstimate.h"
#include "model/harmony/PitchProfile.h"
#include "model/harmony/Pop909ChordLabels.h"

#include <exception>
#include <optional>

namespace fgg::harmony {

void learnSong(ProgressionModel& model, const std::vector<ChordSpan>& labels, Tick ticksPerBar) {
    if (labels.empty() || ticksPerBar <= 0) return;
    const int tonic = estimateKeyFromChords(labels).majorTonic();
    std::vector<int> progression;
    Tick lastEnd = labels.front().start;
    for (const ChordSpan& s : labels) {
        const auto state = chordState(s.chord);
        if (s.start > lastEnd || !state) { // a gap (`N`) or an unknown chord ends the progression
            model.addProgression(progression);
            progression.clear();
        }
        lastEnd = s.end();
        if (!state) continue;
        const int token = relativeState(*state, tonic);
        if (progression.empty() || progression.back() != token) progression.push_back(token);
    }
    model.addProgression(progression);

    // Does the chord change at each half-bar boundary, after how long a hold? (The chord at each half bar's
    // start; a gap starts the count again.)
    const Tick half = ticksPerBar / 2;
    int held = 0;
    std::optional<int> previous;
    std::size_t i = 0;
    for (Tick t = 0; t < labels.back().end(); t += half) {
        while (i < labels.size() && labels[i].end() <= t)
            ++i;
        std::optional<int> now;
        if (i < labels.size() && labels[i].start <= t) now = chordState(labels[i].chord);
        if (previous && now) {
            const bool changed = *previous != *now;
            model.addHalfBar(t % ticksPerBar == 0, held, changed);
            held = changed ? 1 : held + 1;
        } else {
            held = 1;
        }
        previous = now;
    }
}

void learnMelodyTones(ProgressionModel& model, const std::vector<ChordSpan>& labels,
                      const std::vector<Note>& melody, Tick ticksPerBeat) {
    if (labels.empty() || melody.empty()) return;
    const int tonic = estimateKeyFromChords(labels).majorTonic();
    const NotesInTime music{&melody, ticksPerBeat, 4};
    const Tick half = 2 * ticksPerBeat;
    for (Tick t = 0; t < labels.back().end(); t += half) {
        const auto state = chordState(labelOver(labels, t, t + half));
        if (!state) continue;
        const PitchProfile p = profileOf(music, t, t + half);
        for (int pc = 0; pc < 12; ++pc)
            if (p.pitch[static_cast<std::size_t>(pc)] > 0)
                model.addMelodyTone(relativeState(*state, tonic), pc - tonic,
                                    100 * p.pitch[static_cast<std::size_t>(pc)]); // centi-beats
    }
}

ProgressionModel learnFromPop909(const std::string& pop909Dir, int order, int minCount, LearnReport& report) {
    ProgressionModel model(order);
    for (const std::string& dir : pop909SongFolders(pop909Dir, Pop909Split::Training)) {
        try {
            const std::vector<ChordSpan> labels = loadPop909ChordLabels(dir);
            const long long before = model.progressionsSeen();
            learnSong(model, labels, 16 * kPop909TicksPerStep);
            const Score song = toScore(loadPop909Song(dir));
            learnMelodyTones(model, labels, song.track("Melody")->notes, 4 * kPop909TicksPerStep);
            report.chords += static_cast<long long>(labels.size());
            report.songs += model.progressionsSeen() > before;
        } catch (const std::exception& e) { // a bad song is reported, never fatal
            report.skipped.push_back(dir + ": " + e.what());
        }
    }
    if (minCount > 1) model.prune(minCount);
    return model;
}

} // namespace fgg::harmony
