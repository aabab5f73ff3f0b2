#include "model/harmony/MelodyChordLearning.h"

#include "model/data/Pop909.h"
#include "model/harmony/ChordClass.h"
#include "model/harmony/Pop909ChordLabels.h"

#include <algorithm>
#include <exception>
#include <stdexcept>

namespace fgg::harmony {

void MelodyChordLearner::addSong(const std::vector<Note>& melody, const std::vector<ChordSpan>& labels,
                                 const KeyEstimate& key, Tick ticksPerBeat, Tick end) {
    if (melody.empty() || labels.empty()) return;
    constexpr int kBeats = 4;
    keys_.push_back({melodyKeyFeatures(melody, ticksPerBeat, kBeats), key.tonic, key.minor});
    const std::vector<MelodySegment> segments = melodySegments(melody, ticksPerBeat, kBeats, 0, end);
    const MelodyContext context = melodyContext(segments, key.majorTonic(), key.minor);
    const Tick length = 2 * ticksPerBeat;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        if (!segments[i].sung) continue; // only what a melody can say anything about
        const Tick t = static_cast<Tick>(i) * length;
        const auto token = triadToken(rootTriad(labelOver(labels, t, t + length)));
        if (!token) continue;
        const auto x = melodyInput(segments, i, context);
        inputs_.insert(inputs_.end(), x.begin(), x.end());
        labels_.push_back(transposeTriadToken(*token, -key.majorTonic()));
    }
}

MelodyChordModel MelodyChordLearner::learn(const Options& options) const {
    MelodyChordModel m;
    if (keys_.empty() || labels_.empty()) return m;
    m.key = MelodyKeyModel::train(keys_);
    for (int k = 0; k < std::max(1, options.ensemble); ++k) {
        TinyMlp::Training t = options.training;
        t.seed += static_cast<std::uint64_t>(k);
        m.nets.emplace_back(kMelodyInputs, options.hidden, kTriadTokens, t.seed + 93);
        m.nets.back().train(inputs_, labels_, t);
    }
    return m;
}

MelodyChordModel learnMelodyChordsFromPop909(const std::string& pop909Dir, MelodyLearnReport& report) {
    MelodyChordLearner learner;
    for (const std::string& dir : pop909SongFolders(pop909Dir, Pop909Split::Training)) {
        try {
            const std::vector<ChordSpan> labels = loadPop909ChordLabels(dir);
            const KeyEstimate key = loadPop909Key(dir);
            const Score song = toScore(loadPop909Song(dir));
            const Track* melody = song.track("Melody");
            if (!melody) throw std::runtime_error("no melody track");
            std::vector<Note> notes = melody->notes;
            std::sort(notes.begin(), notes.end());
            const int before = learner.songs();
            learner.addSong(notes, labels, key, song.ticksPerBeat, song.endTick());
            report.songs += learner.songs() > before;
        } catch (const std::exception& e) { // a bad song is reported, never fatal
            report.skipped.push_back(dir + ": " + e.what());
        }
    }
    report.halfBars = learner.halfBars();
    return learner.learn();
}

} // namespace fgg::harmony
