#pragma once
// What gui_monkey_test checks after every random action, as pure functions over values: a score every part of
// the app can rely on (sorted tracks, notes and chords in range), a selection that names notes that exist,
// and generated notes inside the chords' allowed pitch classes (the FGG guarantee). Each returns "" when all
// is well, else what is wrong, so the test can print it with the seed and the actions that led there.
#include "model/music/Score.h"
#include "widgets/ground/NoteTypes.h"

#include <QString>
#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace fgg::test {

inline QString describe(const Note& n) {
    return QStringLiteral("{pitch %1, start %2, length %3, velocity %4}")
        .arg(n.pitch)
        .arg(n.start)
        .arg(n.length)
        .arg(n.velocity);
}

/// The score's own invariants (Score.h, Track.h, Note.h): tracks sorted, notes and chords within range,
/// a positive, finite tempo.
inline QString scoreProblem(const Score& s) {
    if (s.ticksPerBeat <= 0) return QStringLiteral("ticksPerBeat %1").arg(s.ticksPerBeat);
    if (s.length < 0) return QStringLiteral("negative length %1").arg(s.length);
    for (const TempoChange& t : s.tempos)
        if (!std::isfinite(t.bpm) || t.bpm <= 0 || t.tick < 0)
            return QStringLiteral("tempo %1 bpm at tick %2").arg(t.bpm).arg(t.tick);
    for (const Track& t : s.tracks) {
        const QString name = QString::fromStdString(t.name);
        if (!std::is_sorted(t.notes.begin(), t.notes.end()))
            return QStringLiteral("track %1 is not sorted").arg(name);
        for (const Note& n : t.notes)
            if (n.pitch < 0 || n.pitch > 127 || n.start < 0 || n.length <= 0 || n.velocity < 1 ||
                n.velocity > 127)
                return QStringLiteral("track %1 holds an impossible note %2").arg(name, describe(n));
    }
    const ChordSpan* previous = nullptr;
    for (const ChordSpan& c : s.chords) {
        if ((previous && c.start < previous->end()) || c.length <= 0 || c.start < 0)
            return QStringLiteral("chord %1 at %2 (length %3) overlaps %4 or is empty")
                .arg(QString::fromStdString(c.chord.toLeadSheet()))
                .arg(c.start)
                .arg(c.length)
                .arg(previous ? QStringLiteral("%1 at %2 (length %3)")
                                    .arg(QString::fromStdString(previous->chord.toLeadSheet()))
                                    .arg(previous->start)
                                    .arg(previous->length)
                              : QStringLiteral("nothing"));
        previous = &c;
    }
    return {};
}

/// Every selected note is a note of its track (the roll prunes its selection on every change).
inline QString selectionProblem(const Score& s, const NoteSelection& selection) {
    for (const auto& [track, notes] : selection) {
        const Track* t = s.track(track);
        for (const Note& n : notes)
            if (!t || std::count(t->notes.begin(), t->notes.end(), n) <
                          static_cast<std::ptrdiff_t>(selection.at(track).count(n)))
                return QStringLiteral("the selection holds %1 in %2, which the score does not")
                    .arg(describe(n), QString::fromStdString(track));
    }
    return {};
}

/// Findings reported to whoever owns the code, printed (once) instead of failing until they are fixed; each
/// has a step-by-step replay in gui_monkey_findings_test (QEXPECT_FAIL there). Delete the entry with the fix.
inline bool isKnownIssue(const QString& problem) {
    // None open: add a finding's message prefix here while its fix is pending.
    return problem.startsWith(QLatin1String("(no known issue)"));
}

/// A generation as the monkey started it: what the engine was given, so its candidates can be checked.
struct StartedJob {
    Score score;                     ///< the document when Generate was pressed
    std::vector<std::string> tracks; ///< the tracks it generates
    Tick from = 0, to = -1;          ///< the regenerated range (to < 0: the whole piece)
    bool fggFromChords = false;      ///< FGG with the chords' own scales: the guarantee applies
    int piece = 0;                   ///< which opened piece it was for (the monkey counts opens and news)
};

/// With FGG and the chords' scales, every generated note starts on a pitch class its chord allows (or the
/// scale chosen for that chord). Notes
/// that were in the prompt (kept outside a regenerated range, or the user's own) are not the model's.
inline QString harmonyProblem(const StartedJob& job, const Score& candidate) {
    if (!job.fggFromChords) return {};
    for (const std::string& name : job.tracks) {
        const Track* t = candidate.track(name);
        if (!t) return QStringLiteral("the candidate has no %1 track").arg(QString::fromStdString(name));
        const Track* before = job.score.track(name);
        for (const Note& n : t->notes) {
            if (job.to >= 0 && (n.start < job.from || n.start >= job.to)) continue;
            if (before && std::find(before->notes.begin(), before->notes.end(), n) != before->notes.end())
                continue;
            const ChordSpan* c = job.score.chordAt(n.start);
            if (!c || (c->chord.isNoChord() && !c->scale)) continue;
            // A scale the user chose for the chord wins over the chord's own table (Score.h).
            const PitchClassSet allowed = c->scale ? *c->scale : c->chord.allowedPitchClasses();
            if (!allowed.contains(n.pitch % 12))
                return QStringLiteral("generated %1 in %2 over %3, outside its allowed pitch classes")
                    .arg(describe(n), QString::fromStdString(name),
                         QString::fromStdString(c->chord.toLeadSheet()));
        }
    }
    return {};
}

} // namespace fgg::test
