#include "model/harmony/ChordDetector.h"

#include "model/harmony/ChordPath.h"
#include "model/harmony/ChordTemplates.h"
#include "model/harmony/ChordVocabulary.h"
#include "model/music/Error.h"

#include <algorithm>

namespace fgg::harmony {
namespace {

struct Segment {
    Tick from = 0, to = 0;
    bool atBarLine = false;
    PitchProfile profile;
};

/// The chord of `state`, with a slash bass when a chord tone other than the root holds the bass.
Chord withBass(int state, const PitchProfile& p, bool slash) {
    Chord c = stateChord(state);
    const double total = p.bassTotal();
    if (!slash || total <= 0) return c;
    const int root = stateRoot(state);
    const PitchClassSet tones = c.chroma();
    int bass = root;
    for (int pc = 0; pc < 12; ++pc)
        if (p.bass[static_cast<std::size_t>(pc)] > p.bass[static_cast<std::size_t>(bass)]) bass = pc;
    if (bass == root || !tones.contains(bass) || p.bass[static_cast<std::size_t>(bass)] < 0.5 * total)
        return c;
    return Chord(c.rootSpelling(), c.quality(), bassDegree(c.quality(), bass - root));
}

} // namespace

ChordDetector::ChordDetector(const ProgressionModel* model, DetectorOptions options)
    : model_(model && !model->empty() ? model : nullptr), options_(options) {}

ChordAnalysis ChordDetector::detect(const std::vector<Note>& notes, Tick ticksPerBeat, int beatsPerBar,
                                    Tick from, Tick to) const {
    ChordAnalysis out;
    std::vector<Note> inRange;
    for (const Note& n : notes)
        if (n.end() > from && n.start < to) inRange.push_back(n);
    out.key = estimateKey(inRange);
    if (inRange.empty() || ticksPerBeat <= 0 || beatsPerBar <= 0) return out;

    // Half bars in even metres, whole bars otherwise.
    const Tick bar = ticksPerBeat * beatsPerBar;
    const int beatsPerSegment = beatsPerBar % 2 == 0 ? beatsPerBar / 2 : beatsPerBar;
    const Tick length = ticksPerBeat * beatsPerSegment;
    const NotesInTime music{&inRange, ticksPerBeat, beatsPerBar};
    std::vector<Segment> segments;
    for (Tick t = from; t < to; t += length)
        segments.push_back({t, std::min(to, t + length), (t - from) % bar == 0,
                            profileOf(music, t, std::min(to, t + length))});
    // Silence before the first and after the last note has no chord.
    while (!segments.empty() && segments.back().profile.empty())
        segments.pop_back();
    std::size_t first = 0;
    while (first < segments.size() && segments[first].profile.empty())
        ++first;
    segments.erase(segments.begin(), segments.begin() + static_cast<std::ptrdiff_t>(first));
    if (segments.empty()) return out;

    FitTable fit(segments.size(), std::vector<double>(static_cast<std::size_t>(kChordStates)));
    std::vector<bool> atBarLine;
    const int tonic = out.key.majorTonic();
    const bool learnedTones = options_.melodyTones && model_ && model_->hasMelodyTones();
    const auto tones = learnedTones ? model_->melodyToneLogTable() : std::vector<std::array<double, 12>>();
    for (std::size_t i = 0; i < segments.size(); ++i) {
        for (int s = 0; s < kChordStates; ++s) {
            double& f = fit[i][static_cast<std::size_t>(s)];
            if (learnedTones) {
                const auto& logP = tones[static_cast<std::size_t>(relativeState(s, tonic))];
                f = 0;
                for (int pc = 0; pc < 12; ++pc)
                    f += segments[i].profile.pitch[static_cast<std::size_t>(pc)] *
                         logP[static_cast<std::size_t>((pc - tonic + 12) % 12)];
            } else {
                f = chordFit(segments[i].profile, s, options_.fit);
            }
        }
        atBarLine.push_back(segments[i].atBarLine);
    }
    const std::vector<int> path = bestChordPath(fit, atBarLine, model_, tonic, options_.fitScale);

    // Beats: where two chords explain a half bar's two halves clearly better than its one chord.
    struct Piece {
        Tick from, to;
        int state;
    };
    std::vector<Piece> pieces;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const Segment& seg = segments[i];
        const int s = path[i];
        if (options_.splitBeats && beatsPerSegment == 2 && seg.to - seg.from == length) {
            const Tick mid = seg.from + ticksPerBeat;
            const PitchProfile a = profileOf(music, seg.from, mid), b = profileOf(music, mid, seg.to);
            const int x = a.empty() ? s : bestFittingChord(a, options_.fit);
            const int y = b.empty() ? s : bestFittingChord(b, options_.fit);
            const double split = (chordFit(a, x, options_.fit) + chordFit(b, y, options_.fit)) / 2;
            const double whole = (chordFit(a, s, options_.fit) + chordFit(b, s, options_.fit)) / 2;
            if (x != y && split - whole > options_.splitMargin) {
                pieces.push_back({seg.from, mid, x});
                pieces.push_back({mid, seg.to, y});
                continue;
            }
        }
        pieces.push_back({seg.from, seg.to, s});
    }
    // One span per run of the same chord; the bass is read over the whole span.
    for (std::size_t i = 0; i < pieces.size();) {
        std::size_t e = i + 1;
        while (e < pieces.size() && pieces[e].state == pieces[i].state && pieces[e].from == pieces[e - 1].to)
            ++e;
        const Tick a = pieces[i].from, b = pieces[e - 1].to;
        out.chords.push_back(
            {a, b - a, withBass(pieces[i].state, profileOf(music, a, b), options_.slashChords)});
        i = e;
    }
    return out;
}

std::vector<Note> notesOf(const Score& score, const std::string& track) {
    std::vector<Note> notes;
    bool found = track.empty();
    for (const Track& t : score.tracks) {
        if (!track.empty() && t.name != track) continue;
        if (track.empty() && t.channel == 9) continue; // General MIDI drums have no pitch classes
        found = true;
        notes.insert(notes.end(), t.notes.begin(), t.notes.end());
    }
    if (!found) {
        std::string names;
        for (const Track& t : score.tracks)
            names += (names.empty() ? "" : ", ") + t.name;
        throw Error("no track named '" + track + "' (tracks: " + (names.empty() ? "none" : names) + ")");
    }
    std::sort(notes.begin(), notes.end());
    return notes;
}

DetectionMetre detectionMetre(const Score& score) {
    const TimeSignature ts = score.timeSignatures.empty() ? TimeSignature{} : score.timeSignatures.front();
    // Beats of the denominator: 6/8 has six eighth-note beats a bar, read as two half bars.
    const Tick beat = std::max<Tick>(1, score.ticksPerBeat * 4 / std::max(1, ts.denominator));
    const Tick bar = score.ticksPerBar();
    return {beat, static_cast<int>(std::max<Tick>(1, bar / beat))};
}

ChordAnalysis ChordDetector::detect(const Score& score, const std::string& track) const {
    const std::vector<Note> notes = notesOf(score, track);
    const DetectionMetre m = detectionMetre(score);
    const Tick end = (score.endTick() + m.bar() - 1) / m.bar() * m.bar();
    return detect(notes, m.ticksPerBeat, m.beatsPerBar, 0, end);
}

RangeChords detectChordsInRange(const ChordDetector& detector, const DetectionMetre& metre,
                                std::vector<Note> notes, Tick from, Tick to) {
    RangeChords r;
    const Tick segment = std::max<Tick>(1, metre.segment()), bar = std::max<Tick>(1, metre.bar());
    r.from = std::max<Tick>(0, from) / segment * segment;
    r.to = std::max(r.from + segment, (to + segment - 1) / segment * segment);
    std::sort(notes.begin(), notes.end());
    r.analysis = detector.detect(notes, metre.ticksPerBeat, metre.beatsPerBar, r.from / bar * bar, r.to);
    std::vector<ChordSpan> inside;
    for (ChordSpan c : r.analysis.chords) {
        const Tick a = std::max(c.start, r.from), b = std::min(c.end(), r.to);
        if (b <= a) continue;
        c.start = a;
        c.length = b - a;
        inside.push_back(c);
    }
    r.analysis.chords = std::move(inside);
    return r;
}

std::vector<ChordSpan> spliceChords(const std::vector<ChordSpan>& chords,
                                    const std::vector<ChordSpan>& inside, Tick from, Tick to) {
    std::vector<ChordSpan> out;
    for (const ChordSpan& c : chords) {
        if (c.start < from) { // the part before the stretch
            ChordSpan before = c;
            before.length = std::min(c.end(), from) - c.start;
            out.push_back(before);
        }
        if (c.end() > to) { // the part after it
            ChordSpan after = c;
            after.start = std::max(c.start, to);
            after.length = c.end() - after.start;
            out.push_back(after);
        }
    }
    for (const ChordSpan& c : inside)
        if (c.start >= from && c.end() <= to && c.length > 0) out.push_back(c);
    std::sort(out.begin(), out.end(),
              [](const ChordSpan& a, const ChordSpan& b) { return a.start < b.start; });
    return out;
}

} // namespace fgg::harmony
