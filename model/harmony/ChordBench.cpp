#include "model/harmony/ChordBench.h"

#include "model/data/Pop909.h"
#include "model/harmony/ChordClass.h"
#include "model/harmony/ChordDetector.h"
#include "model/harmony/ChordVocabulary.h"
#include "model/harmony/Harmoniser.h"
#include "model/harmony/KeyEstimate.h"

#include <algorithm>
#include <exception>
#include <span>

namespace fgg::harmony {
namespace {

constexpr Tick kBar = 16 * kPop909TicksPerStep;
constexpr Tick kHalfBar = kBar / 2;

/// Half bars where `got` has the label's root and triad class, and half bars with a label.
/// With `sounding`, only half bars where one of its notes sounds count.
std::pair<long long, long long> halfBarMatches(const std::vector<ChordSpan>& labels,
                                               const std::vector<ChordSpan>& got, Tick end,
                                               const std::vector<Note>* sounding = nullptr) {
    long long hits = 0, total = 0;
    for (Tick t = 0; t + kHalfBar <= end; t += kHalfBar) {
        const Chord want = labelOver(labels, t, t + kHalfBar);
        if (want.isNoChord()) continue;
        if (sounding && std::none_of(sounding->begin(), sounding->end(),
                                     [&](const Note& n) { return n.start < t + kHalfBar && n.end() > t; }))
            continue;
        ++total;
        hits += rootTriad(labelOver(got, t, t + kHalfBar)) == rootTriad(want);
    }
    return {hits, total};
}

const ChordSpan* spanAt(const std::vector<ChordSpan>& spans, Tick t) {
    for (const ChordSpan& s : spans)
        if (s.start <= t && t < s.end()) return &s;
    return nullptr;
}

struct Tally {
    long long hits = 0, total = 0;
    void add(std::pair<long long, long long> m) {
        hits += m.first;
        total += m.second;
    }
};

/// Top-k hits of a ranked token list for the target chord.
bool hitWithin(const std::vector<double>& p, int tonic, int exclude, const RootTriad& want, int k) {
    std::vector<int> order;
    for (int t = 0; t < kChordStates; ++t)
        if (t != exclude) order.push_back(t);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return p[static_cast<std::size_t>(a)] > p[static_cast<std::size_t>(b)];
    });
    for (int i = 0; i < k && i < static_cast<int>(order.size()); ++i)
        if (rootTriad(stateChord(absoluteState(order[static_cast<std::size_t>(i)], tonic))) == want)
            return true;
    return false;
}

} // namespace

ChordBenchResult runChordBench(const std::string& pop909Dir, const ProgressionModel& model,
                               const ChordBenchOptions& options) {
    ChordBenchResult result;
    const ChordDetector templates(nullptr, options.detector), detector(&model, options.detector);
    DetectorOptions melodyAlone;
    melodyAlone.fit = options.harmoniser.fit;
    melodyAlone.splitBeats = false;
    melodyAlone.slashChords = false;
    const ChordDetector melodyTemplates(nullptr, melodyAlone);
    const Harmoniser harmoniser(model, options.harmoniser);
    const MelodyChordModel* learned =
        options.melodyChords && !options.melodyChords->empty() ? options.melodyChords : nullptr;
    const Harmoniser learnedHarmoniser(model, options.harmoniser, learned);
    Tally detectT, detectM, harmT, harmM, harmL, harmSungT, harmSungM, harmSungL;
    // The melody's key against POP909's annotation: [Krumhansl, learned][major tonic, exact key].
    Tally key[2][2];
    // Next chord: [method][k] for k = 1, 5.
    Tally next[3][2];

    std::vector<std::string> songs = pop909SongFolders(pop909Dir, options.split);
    if (options.maxSongs > 0 && static_cast<int>(songs.size()) > options.maxSongs)
        songs.resize(static_cast<std::size_t>(options.maxSongs));
    for (const std::string& dir : songs) {
        try {
            const std::vector<ChordSpan> labels = loadPop909ChordLabels(dir);
            const Score score = toScore(loadPop909Song(dir));
            const Tick end = score.endTick();
            std::vector<Note> parts = notesOf(score, "Melody"), piano = notesOf(score, "Piano");
            parts.insert(parts.end(), piano.begin(), piano.end());
            std::sort(parts.begin(), parts.end());
            const std::vector<Note> melody = notesOf(score, "Melody");
            detectT.add(halfBarMatches(labels, templates.detect(parts, 480, 4, 0, end).chords, end));
            detectM.add(halfBarMatches(labels, detector.detect(parts, 480, 4, 0, end).chords, end));
            const auto fromTemplates = melodyTemplates.detect(melody, 480, 4, 0, end).chords;
            const auto harmonised = harmoniser.harmonise(melody, 480, 4, 0, end).chords;
            harmT.add(halfBarMatches(labels, fromTemplates, end));
            harmM.add(halfBarMatches(labels, harmonised, end));
            harmSungT.add(halfBarMatches(labels, fromTemplates, end, &melody));
            harmSungM.add(halfBarMatches(labels, harmonised, end, &melody));
            if (learned) {
                const auto chords = learnedHarmoniser.harmonise(melody, 480, 4, 0, end).chords;
                harmL.add(halfBarMatches(labels, chords, end));
                harmSungL.add(halfBarMatches(labels, chords, end, &melody));
                const KeyEstimate want = loadPop909Key(dir);
                const KeyEstimate got[2] = {estimateKey(melody), learned->key.estimate(melody, 480, 4)};
                for (int m = 0; m < 2; ++m) {
                    key[m][0].add({got[m].majorTonic() == want.majorTonic(), 1});
                    key[m][1].add({got[m].tonic == want.tonic && got[m].minor == want.minor, 1});
                }
            }

            for (Tick w = 0; w + 8 * kBar <= end; w += 8 * kBar) {
                const Tick bar8 = w + 7 * kBar;
                const ChordSpan* target = spanAt(labels, bar8);
                const ChordSpan* before = spanAt(labels, bar8 - 1);
                if (!target || !chordState(target->chord)) continue;
                if (before && chordState(before->chord) == chordState(target->chord)) continue; // no change
                std::vector<ChordSpan> context;
                for (const ChordSpan& s : labels)
                    if (s.end() > w && s.start < bar8) context.push_back(s);
                if (context.empty()) continue;
                std::vector<Chord> chords;
                for (const ChordSpan& s : context)
                    chords.push_back(s.chord);
                const int tonic = estimateKeyFromChords(context).majorTonic();
                const std::vector<int> h = ProgressionModel::history(chords, tonic);
                const int exclude = h.size() > 1 ? h.back() : -1;
                const RootTriad want = rootTriad(target->chord);
                const std::array<int, 1> last{h.back()};
                const std::vector<double> dists[3] = {
                    model.distribution(std::span<const int>()),     // chord frequency in the key
                    model.distribution(std::span<const int>(last)), // most frequent continuation
                    model.distribution(h)};                         // the n-gram with back-off
                for (int m = 0; m < 3; ++m)
                    for (int k = 0; k < 2; ++k) {
                        ++next[m][k].total;
                        next[m][k].hits += hitWithin(dists[m], tonic, exclude, want, k == 0 ? 1 : 5);
                    }
            }
            ++result.songs;
        } catch (const std::exception& e) {
            result.skipped.push_back(dir + ": " + e.what());
        }
    }
    auto row = [&](const char* measure, const char* method, const Tally& t) {
        result.rows.push_back({measure, method, t.hits, t.total});
    };
    row("detection (melody + piano)", "templates", detectT);
    row("detection (melody + piano)", "templates + progressions", detectM);
    row("harmonisation (melody)", "templates", harmT);
    row("harmonisation (melody)", "tone table + progressions", harmM);
    if (learned) row("harmonisation (melody)", "learned network + progressions", harmL);
    row("harmonisation, sung bars", "templates", harmSungT);
    row("harmonisation, sung bars", "tone table + progressions", harmSungM);
    if (learned) {
        row("harmonisation, sung bars", "learned network + progressions", harmSungL);
        row("melody key, major tonic", "Krumhansl-Schmuckler", key[0][0]);
        row("melody key, major tonic", "learned key finder", key[1][0]);
        row("melody key, exact", "Krumhansl-Schmuckler", key[0][1]);
        row("melody key, exact", "learned key finder", key[1][1]);
    }
    const char* methods[3] = {"chord frequency", "most frequent continuation", "n-gram back-off"};
    for (int m = 0; m < 3; ++m) {
        row("next chord, bar 8 top-1", methods[m], next[m][0]);
        row("next chord, bar 8 top-5", methods[m], next[m][1]);
    }
    return result;
}

} // namespace fgg::harmony
