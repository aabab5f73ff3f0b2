#include "model/train/Evaluation.h"

#include "model/data/DatasetCache.h"
#include "model/data/Pop909.h"
#include "model/roll/PianoRoll.h"
#include "model/train/Metrics.h"

#include <algorithm>
#include <filesystem>

namespace fgg {
namespace {

struct Accumulator {
    double outOfKey = 0, notesPerBar = 0, pitchRange = 0, pitchSum = 0;
    int matches = 0, counted = 0, windows = 0, noteCount = 0;
    void add(const std::vector<Note>& notes, const Score& window, Tick to) {
        outOfKey += outOfKeyRate(notes, window.chords, window.ticksPerSixteenth(), 0, to);
        const auto [m, c] = chordMatches(notes, window.chords, window.ticksPerBar() / 2, 0, to);
        matches += m;
        counted += c;
        const DensityStats d = densityStats(notes, window.ticksPerBar(), 0, to);
        notesPerBar += d.notesPerBar;
        pitchRange += d.pitchRange;
        pitchSum += d.meanPitch * d.notes;
        noteCount += d.notes;
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
        return r;
    }
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

} // namespace

std::vector<EvalRow> evaluate(const EvalOptions& o, const std::function<void(int, int)>& progress) {
    std::vector<QuantisedSong> songs;
    if (!o.cachePath.empty() && std::filesystem::exists(o.cachePath)) {
        songs = readDatasetCache(o.cachePath);
    } else {
        if (o.pop909Dir.empty()) throw Error("give --pop909 DIR (or --cache FILE)");
        Pop909Report report;
        songs = loadPop909(o.pop909Dir, report);
    }
    std::vector<Score> windows; // 4-bar windows of the chosen songs, spread evenly
    {
        std::vector<std::pair<const QuantisedSong*, int>> all;
        for (const QuantisedSong& s : songs) {
            const bool chosen = o.songIds.empty()
                                    ? isValidationSong(s.id)
                                    : std::find(o.songIds.begin(), o.songIds.end(), s.id) != o.songIds.end();
            if (!chosen) continue;
            for (int origin = 0; origin + 64 <= s.steps; origin += 64)
                all.emplace_back(&s, origin);
        }
        if (all.empty()) throw Error("no 4-bar windows in the chosen songs");
        const std::size_t n =
            std::min<std::size_t>(all.size(), static_cast<std::size_t>(std::max(1, o.maxWindows)));
        for (std::size_t i = 0; i < n; ++i) {
            const auto& [song, origin] = all[i * all.size() / n];
            const Score full = toScore(*song);
            Score w;
            const Tick start = static_cast<Tick>(origin) * full.ticksPerSixteenth();
            const Tick end = start + 4 * full.ticksPerBar();
            w.tempos = full.tempos;
            w.length = 4 * full.ticksPerBar();
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

    std::vector<EvalRow> rows;
    Accumulator origMel, origAcc;
    for (const Score& w : windows) {
        origMel.add(notesIn(w.track(kMelodyTrack)), w, w.length);
        origAcc.add(notesIn(w.track(kAccompanimentTrack)), w, w.length);
    }
    rows.push_back({"original", origMel.result(), origAcc.result()});

    Generator generator(o.models);
    const int total = static_cast<int>(windows.size() * o.modes.size());
    int done = 0;
    for (GuidanceMode mode : o.modes) {
        Accumulator mel, acc;
        GenerationParams p;
        p.guidance = mode;
        p.steps = o.steps;
        p.cfgScale = o.cfgScale;
        p.precision = o.precision;
        p.freeRhythm = o.rhythm == EvalRhythm::Free;
        for (std::size_t i = 0; i < windows.size(); ++i) {
            p.seed = o.seed + i;
            // Melody from the chords alone; accompaniment from the chords and the song's own melody.
            Score melodyPrompt = windows[i];
            melodyPrompt.tracks.clear();
            p.task = Task::Melody;
            p.rhythm = o.rhythm == EvalRhythm::Original ? onsetsPerStep(windows[i], kMelodyTrack)
                                                        : std::vector<int>{};
            mel.add(notesIn(generator.generate(melodyPrompt, p).front().track(kMelodyTrack)), windows[i],
                    windows[i].length);
            Score accPrompt = windows[i];
            accPrompt.track(kAccompanimentTrack)->notes.clear();
            p.task = Task::Accompaniment;
            p.rhythm = o.rhythm == EvalRhythm::Original ? onsetsPerStep(windows[i], kAccompanimentTrack)
                                                        : std::vector<int>{};
            if (!accPrompt.track(kMelodyTrack)->notes.empty())
                acc.add(notesIn(generator.generate(accPrompt, p).front().track(kAccompanimentTrack)),
                        windows[i], windows[i].length);
            if (progress) progress(++done, total);
        }
        rows.push_back({toString(mode), mel.result(), acc.result()});
    }
    return rows;
}

} // namespace fgg
