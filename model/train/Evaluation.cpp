#include "model/train/Evaluation.h"

#include "model/data/DatasetCache.h"
#include "model/data/Pop909.h"
#include "model/midi/MidiFile.h"
#include "model/roll/PianoRoll.h"
#include "model/train/MelodyShape.h"
#include "model/train/Metrics.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>

namespace fgg {
namespace {

struct Accumulator {
    double outOfKey = 0, notesPerBar = 0, pitchRange = 0, pitchSum = 0;
    int matches = 0, counted = 0, windows = 0, noteCount = 0;
    IntervalCounts intervals;
    Share onBeats;
    void add(const std::vector<Note>& notes, const Score& window, Tick to) {
        outOfKey += outOfKeyRate(notes, window.chords, window.ticksPerSixteenth(), 0, to);
        const auto [m, c] = chordMatches(notes, window.chords, window.ticksPerBar() / 2, 0, to);
        matches += m;
        counted += c;
        const DensityStats d = densityStats(notes, window.ticksPerBar(), 0, to);
        notesPerBar += d.notesPerBar;
        pitchRange += rangePerSpan(notes, 4 * window.ticksPerBar(), 0, to);
        pitchSum += d.meanPitch * d.notes;
        noteCount += d.notes;
        const IntervalCounts ic = melodyIntervals(notes, 0, to);
        intervals.intervals += ic.intervals;
        intervals.leaps += ic.leaps;
        intervals.steps += ic.steps;
        intervals.semitones += ic.semitones;
        onBeats += chordTonesOnBeats(notes, window.chords, window.ticksPerBeat, 0, to);
        ++windows;
    }
    TrackMetrics result() const {
        TrackMetrics r;
        r.windows = windows;
        if (!windows) return r;
        r.outOfKey = outOfKey / windows;
        r.chordAccuracy = counted ? double(matches) / counted : 0;
        r.notesPerBar = notesPerBar / windows;
        r.pitchRange = pitchRange / windows;
        r.meanPitch = noteCount ? pitchSum / noteCount : 0;
        r.leapRate = intervals.leapRate();
        r.stepRate = intervals.stepRate();
        r.meanInterval = intervals.meanInterval();
        r.chordTonesOnBeats = onBeats.rate();
        return r;
    }
};

/// The melody and accompaniment of one window together.
struct PairAccumulator {
    Share above, chords;
    void add(const std::vector<Note>& melody, const std::vector<Note>& accompaniment, const Score& window,
             Tick to) {
        above += melodyAbove(melody, accompaniment, window.ticksPerSixteenth(), 0, to);
        std::vector<Note> all = melody;
        all.insert(all.end(), accompaniment.begin(), accompaniment.end());
        const auto [m, c] = chordMatches(all, window.chords, window.ticksPerBar() / 2, 0, to);
        chords += Share{m, c};
    }
    PairMetrics result() const { return {above.rate(), chords.rate()}; }
};

std::vector<Note> notesIn(const Track* t) {
    return t ? t->notes : std::vector<Note>{};
}

/// Onsets per 16th step of a window's track (the rhythm condition the paper's test slices carry).
std::vector<int> onsetsPerStep(const Score& window, const char* track) {
    const Tick sixteenth = window.ticksPerSixteenth();
    return onsetCounts(notesIn(window.track(track)), 0, static_cast<int>(window.length / sixteenth),
                       sixteenth);
}

/// `--dump`: one window with the given parts as a MIDI file `DIR/NN-label.mid` (chords as markers).
void dumpWindow(const std::string& dir, std::size_t index, const std::string& label, const Score& window,
                const std::vector<Note>& melody, const std::vector<Note>& accompaniment) {
    if (dir.empty()) return;
    Score s = window;
    s.tracks.clear();
    s.ensureTrack(kMelodyTrack).notes = melody;
    s.ensureTrack(kAccompanimentTrack).notes = accompaniment;
    char name[32];
    std::snprintf(name, sizeof name, "%02zu-", index + 1);
    writeMidiFile(s, (std::filesystem::path(dir) / (name + label + ".mid")).string());
}

} // namespace

std::vector<EvalRow> evaluate(const EvalOptions& o, const std::function<void(int, int)>& progress) {
    if (o.bars < 4 || o.bars % 4 != 0 || o.bars > 64)
        throw Error("eval windows are 4, 8, ... 64 bars long, not " + std::to_string(o.bars));
    std::vector<QuantisedSong> songs;
    if (!o.cachePath.empty() && std::filesystem::exists(o.cachePath)) {
        songs = readDatasetCache(o.cachePath);
    } else {
        if (o.pop909Dir.empty()) throw Error("give --pop909 DIR (or --cache FILE)");
        Pop909Report report;
        songs = loadPop909(o.pop909Dir, report);
    }
    const int windowSteps = 16 * o.bars;
    std::vector<Score> windows; // windows of the chosen songs, spread evenly
    {
        std::vector<std::pair<const QuantisedSong*, int>> all;
        for (const QuantisedSong& s : songs) {
            const bool chosen = o.songIds.empty()
                                    ? isValidationSong(s.id)
                                    : std::find(o.songIds.begin(), o.songIds.end(), s.id) != o.songIds.end();
            if (!chosen) continue;
            for (int origin = 0; origin + windowSteps <= s.steps; origin += windowSteps)
                all.emplace_back(&s, origin);
        }
        if (all.empty()) throw Error("no " + std::to_string(o.bars) + "-bar windows in the chosen songs");
        const std::size_t n =
            std::min<std::size_t>(all.size(), static_cast<std::size_t>(std::max(1, o.maxWindows)));
        for (std::size_t i = 0; i < n; ++i) {
            const auto& [song, origin] = all[i * all.size() / n];
            const Score full = toScore(*song);
            Score w;
            const Tick start = static_cast<Tick>(origin) * full.ticksPerSixteenth();
            const Tick end = start + o.bars * full.ticksPerBar();
            w.tempos = full.tempos;
            w.length = o.bars * full.ticksPerBar();
            for (const ChordSpan& c : full.chords) {
                const Tick a = std::max(c.start, start), b = std::min(c.end(), end);
                if (b > a) w.chords.push_back({a - start, b - a, c.chord});
            }
            for (const char* name : {"Melody", "Piano"}) {
                Track& t = w.ensureTrack(std::string(name) == "Piano" ? kAccompanimentTrack : kMelodyTrack);
                if (const Track* src = full.track(name))
                    for (const Note& note : src->notes)
                        if (note.start >= start && note.start < end)
                            t.notes.push_back(note.withStart(note.start - start)
                                                  .withLength(std::min(note.length, end - note.start)));
            }
            windows.push_back(std::move(w));
        }
    }

    if (!o.dumpDir.empty()) std::filesystem::create_directories(o.dumpDir);
    std::vector<EvalRow> rows;
    {
        Accumulator mel, acc;
        PairAccumulator pair;
        for (const Score& w : windows) {
            const auto m = notesIn(w.track(kMelodyTrack)), a = notesIn(w.track(kAccompanimentTrack));
            mel.add(m, w, w.length);
            acc.add(a, w, w.length);
            pair.add(m, a, w, w.length);
            dumpWindow(o.dumpDir, static_cast<std::size_t>(&w - windows.data()), "original", w, m, a);
        }
        rows.push_back({"original", mel.result(), acc.result(), pair.result()});
    }

    Generator generator(o.models);
    const int total = static_cast<int>(windows.size() * o.modes.size());
    int done = 0;
    for (GuidanceMode mode : o.modes) {
        Accumulator mel, acc;
        PairAccumulator pair;
        GenerationParams p;
        p.guidance = mode;
        p.steps = o.steps;
        p.cfgScale = o.cfgScale;
        p.accompanimentCfgScale = o.accompanimentCfgScale;
        p.precision = o.precision;
        p.freeRhythm = o.rhythm == EvalRhythm::Free;
        p.line = o.line;
        p.underMelody = o.underMelody;
        p.completeChords = o.completeChords;
        p.holdThreshold = o.holdThreshold;
        for (std::size_t i = 0; i < windows.size(); ++i) {
            const Score& w = windows[i];
            p.seed = o.seed + i;
            std::vector<Note> melody, accompaniment;
            bool accompanied = true;
            if (o.accompany == EvalAccompany::Generated && o.rhythm != EvalRhythm::Original) {
                // What `fgg generate` does with a bare lead sheet: the melody, then the accompaniment on it.
                Score prompt = w;
                prompt.tracks.clear();
                p.task = Task::Both;
                p.rhythm.clear();
                const Score made = generator.generate(prompt, p).front();
                melody = notesIn(made.track(kMelodyTrack));
                accompaniment = notesIn(made.track(kAccompanimentTrack));
            } else {
                // Each track with its own rhythm (the original one), or the accompaniment on the song's
                // melody.
                Score melodyPrompt = w;
                melodyPrompt.tracks.clear();
                p.task = Task::Melody;
                p.rhythm =
                    o.rhythm == EvalRhythm::Original ? onsetsPerStep(w, kMelodyTrack) : std::vector<int>{};
                melody = notesIn(generator.generate(melodyPrompt, p).front().track(kMelodyTrack));
                Score accPrompt = w;
                accPrompt.track(kAccompanimentTrack)->notes.clear();
                if (o.accompany == EvalAccompany::Generated) accPrompt.track(kMelodyTrack)->notes = melody;
                p.task = Task::Accompaniment;
                p.rhythm = o.rhythm == EvalRhythm::Original ? onsetsPerStep(w, kAccompanimentTrack)
                                                            : std::vector<int>{};
                accompanied = !accPrompt.track(kMelodyTrack)->notes.empty(); // the task needs a melody
                if (accompanied)
                    accompaniment =
                        notesIn(generator.generate(accPrompt, p).front().track(kAccompanimentTrack));
            }
            mel.add(melody, w, w.length);
            if (accompanied) acc.add(accompaniment, w, w.length);
            pair.add(o.accompany == EvalAccompany::Generated ? melody : notesIn(w.track(kMelodyTrack)),
                     accompaniment, w, w.length);
            dumpWindow(o.dumpDir, i, toString(mode), w,
                       o.accompany == EvalAccompany::Generated ? melody : notesIn(w.track(kMelodyTrack)),
                       accompaniment);
            if (progress) progress(++done, total);
        }
        rows.push_back({toString(mode), mel.result(), acc.result(), pair.result()});
    }
    return rows;
}

std::vector<TargetCheck> checkTargets(const EvalRow& g, const EvalRow& o) {
    auto ratio = [](double a, double b) { return b != 0 ? a / b : 0.0; };
    std::vector<TargetCheck> out;
    auto add = [&](const char* figure, double gen, double orig, double value, const char* target, bool pass) {
        out.push_back({figure, gen, orig, value, target, pass});
    };
    const double notesG = g.melody.notesPerBar * 8, notesO = o.melody.notesPerBar * 8;
    add("melody out-of-key", g.melody.outOfKey, o.melody.outOfKey, g.melody.outOfKey, "= 0",
        g.melody.outOfKey == 0);
    add("accomp. out-of-key", g.accompaniment.outOfKey, o.accompaniment.outOfKey, g.accompaniment.outOfKey,
        "= 0", g.accompaniment.outOfKey == 0);
    const double leap = ratio(g.melody.leapRate, o.melody.leapRate);
    add("leap rate", g.melody.leapRate, o.melody.leapRate, leap, "<= 1.5x", leap <= 1.5);
    const double step = ratio(g.melody.stepRate, o.melody.stepRate);
    add("step rate", g.melody.stepRate, o.melody.stepRate, step, ">= 0.9x", step >= 0.9);
    const double range = ratio(g.melody.pitchRange, o.melody.pitchRange);
    add("range / 4 bars", g.melody.pitchRange, o.melody.pitchRange, range, "<= 1.25x", range <= 1.25);
    add("melody above", g.both.melodyAbove, o.both.melodyAbove, g.both.melodyAbove, ">= 0.75",
        g.both.melodyAbove >= 0.75);
    const double acc = ratio(g.both.chordAccuracy, o.both.chordAccuracy);
    add("chord acc mel+acc", g.both.chordAccuracy, o.both.chordAccuracy, acc, ">= 0.95x", acc >= 0.95);
    const double notes = ratio(notesG, notesO);
    add("notes / 8 bars", notesG, notesO, notes, "within 15%", notes >= 0.85 && notes <= 1.15);
    return out;
}

} // namespace fgg
