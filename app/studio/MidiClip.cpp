#include "app/studio/MidiClip.h"

#include "app/studio/ProjectFile.h"

#include <QRegularExpression>
#include <algorithm>
#include <limits>

namespace fgg::studio {

namespace {

/// `text` usable in a file name on any desktop file system: path separators, characters Windows and some file
/// managers refuse, and blanks become '-'; "untitled" when nothing is left.
QString safeFileWord(QString text) {
    static const QRegularExpression unsafe(QStringLiteral("[\\s/\\\\:*?\"<>|\\x00-\\x1f]+"));
    text.replace(unsafe, QStringLiteral("-"));
    while (text.startsWith(QLatin1Char('-')) || text.startsWith(QLatin1Char('.')))
        text.remove(0, 1);
    while (text.endsWith(QLatin1Char('-')))
        text.chop(1);
    return text.isEmpty() ? QStringLiteral("untitled") : text.left(80);
}

QString trackWord(const std::string& track) {
    if (track == kMelodyTrack) return QStringLiteral("melody");
    if (track == kAccompanimentTrack) return QStringLiteral("accompaniment");
    return safeFileWord(QString::fromStdString(track)).toLower();
}

/// "-bars5-8" / "-bar3" for the bars [from, to) touches (1-based).
QString barsWord(Tick from, Tick to, Tick bar) {
    const Tick first = from / bar + 1;
    const Tick last = std::max(from, to - 1) / bar + 1;
    return first == last ? QStringLiteral("-bar%1").arg(first)
                         : QStringLiteral("-bars%1-%2").arg(first).arg(last);
}

/// The last tempo change at or before `tick` (the one in force there).
double tempoAt(const Score& s, Tick tick) {
    double bpm = s.bpm();
    for (const TempoChange& t : s.tempos)
        if (t.tick <= tick) bpm = t.bpm;
    return bpm;
}

/// `piece`'s setting (tempo, meter, key, chords) for [from, to), moved so that `from` is tick 0, holding
/// `notes` (already in clip time). No chord pad: a part of the piece is its notes.
Score excerpt(const Score& piece, Tick from, Tick to, std::vector<Track> tracks) {
    Score s;
    s.ticksPerBeat = piece.ticksPerBeat;
    s.key = piece.key;
    s.tempos = {TempoChange{0, tempoAt(piece, from)}};
    for (const TempoChange& t : piece.tempos)
        if (t.tick > from && t.tick < to) s.tempos.push_back({t.tick - from, t.bpm});
    s.timeSignatures = piece.timeSignatures.empty()
                           ? std::vector<TimeSignature>{TimeSignature{}}
                           : std::vector<TimeSignature>{piece.timeSignatures.front()};
    s.timeSignatures.front().tick = 0;
    for (const ChordSpan& c : piece.chords) {
        const Tick a = std::max(c.start, from), b = std::min(c.end(), to);
        if (b > a) s.chords.push_back(ChordSpan{a - from, b - a, c.chord});
    }
    s.tracks = std::move(tracks);
    s.length = to - from;
    return s;
}

/// [the start of the bar of the earliest note, the end of the bar of the latest note end).
std::pair<Tick, Tick> barsAround(const std::vector<Track>& tracks, Tick bar) {
    Tick lo = std::numeric_limits<Tick>::max(), hi = 0;
    for (const Track& t : tracks)
        for (const Note& n : t.notes) {
            lo = std::min(lo, n.start);
            hi = std::max(hi, n.end());
        }
    if (lo > hi) return {0, bar};
    lo = lo / bar * bar;
    hi = std::max(lo + bar, (hi + bar - 1) / bar * bar);
    return {lo, hi};
}

void shift(std::vector<Track>& tracks, Tick by) {
    for (Track& t : tracks)
        for (Note& n : t.notes)
            n.start -= by;
}

} // namespace

QString clipProjectName(const QString& project) {
    QString name = project;
    for (const QString& suffix :
         {QLatin1Char('.') + QLatin1String(kProjectSuffix), QStringLiteral(".midi"), QStringLiteral(".mid")})
        if (name.endsWith(suffix, Qt::CaseInsensitive)) {
            name.chop(suffix.size());
            break;
        }
    return safeFileWord(name);
}

MidiClip pieceClip(const Score& piece, const QString& project) {
    return MidiClip{piece, clipProjectName(project), 0};
}

MidiClip selectionClip(const Score& piece, const NotesByTrack& notes, const QString& project) {
    std::vector<Track> tracks;
    for (const auto& [name, list] : notes) {
        if (list.empty()) continue;
        Track t;
        if (const Track* from = piece.track(name)) t = *from; // its program and channel
        t.name = name;
        t.notes = list;
        t.sort();
        tracks.push_back(std::move(t));
    }
    const Tick bar = std::max<Tick>(1, piece.ticksPerBar());
    const auto [from, to] = barsAround(tracks, bar);
    const QString what = tracks.size() == 1 ? trackWord(tracks.front().name) : QStringLiteral("selection");
    shift(tracks, from);
    return MidiClip{excerpt(piece, from, to, std::move(tracks)),
                    clipProjectName(project) + QLatin1Char('-') + what + barsWord(from, to, bar), from};
}

MidiClip candidateClip(const Score& piece, const Score& candidate, int index, Tick from, Tick to,
                       const QString& project) {
    const bool region = from < to;
    auto inRange = [&](const Note& n) { return !region || (n.start >= from && n.start < to); };
    auto notesIn = [&](const Track* t) {
        std::vector<Note> out;
        if (t) std::copy_if(t->notes.begin(), t->notes.end(), std::back_inserter(out), inRange);
        return out;
    };
    std::vector<Track> changed, all;
    for (const Track& t : candidate.tracks) {
        Track kept = t;
        kept.notes = notesIn(&t);
        all.push_back(kept);
        if (kept.notes != notesIn(piece.track(t.name))) changed.push_back(std::move(kept));
    }
    std::vector<Track> tracks = changed.empty() ? all : changed;
    QString name = clipProjectName(project) + QStringLiteral("-candidate%1").arg(index + 1);
    if (tracks.size() == 1 && tracks.size() < candidate.tracks.size())
        name += QLatin1Char('-') + trackWord(tracks.front().name);
    if (!region) {
        Score s = candidate;
        s.tracks = std::move(tracks);
        s.chordPad.enabled = false;
        return MidiClip{s, name, 0};
    }
    const Tick bar = std::max<Tick>(1, piece.ticksPerBar());
    const Tick start = from / bar * bar;
    const Tick end = std::max(start + bar, (to + bar - 1) / bar * bar);
    shift(tracks, start);
    return MidiClip{excerpt(candidate, start, end, std::move(tracks)), name + barsWord(from, to, bar), start};
}

} // namespace fgg::studio
