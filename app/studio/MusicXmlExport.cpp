#include "app/studio/MusicXmlExport.h"

#include "model/music/Error.h"

#include <QSaveFile>
#include <QXmlStreamWriter>
#include <algorithm>
#include <set>

namespace fgg::studio {

namespace {

struct Spelling {
    char step;
    int alter;
};

Spelling spell(int pitch, bool flats) {
    static const Spelling sharps[12] = {{'C', 0}, {'C', 1}, {'D', 0}, {'D', 1}, {'E', 0}, {'F', 0},
                                        {'F', 1}, {'G', 0}, {'G', 1}, {'A', 0}, {'A', 1}, {'B', 0}};
    static const Spelling flat[12] = {{'C', 0},  {'D', -1}, {'D', 0},  {'E', -1}, {'E', 0},  {'F', 0},
                                      {'G', -1}, {'G', 0},  {'A', -1}, {'A', 0},  {'B', -1}, {'B', 0}};
    return (flats ? flat : sharps)[pitch % 12];
}

int fifthsOf(const Key& k) {
    static const int majorFifths[12] = {0, -5, 2, -3, 4, -1, 6, 1, -4, 3, -2, 5};
    const int pc = (k.tonic.pitchClass() + (k.isMinor() ? 3 : 0)) % 12;
    return majorFifths[pc];
}

const char* typeName(Tick duration, int tpb, bool& dotted) {
    dotted = false;
    struct T {
        int num, den;
        const char* name;
    };
    static const T types[] = {{4, 1, "whole"},  {2, 1, "half"}, {1, 1, "quarter"},
                              {1, 2, "eighth"}, {1, 4, "16th"}, {1, 8, "32nd"}};
    for (const T& t : types) {
        const Tick plain = static_cast<Tick>(tpb) * t.num / t.den;
        if (plain * t.den == static_cast<Tick>(tpb) * t.num && duration == plain) return t.name;
        if (plain % 2 == 0 && duration == plain + plain / 2) {
            dotted = true;
            return t.name;
        }
    }
    return nullptr;
}

const char* harmonyKind(ChordQuality q) {
    switch (q) {
    case ChordQuality::Major:
        return "major";
    case ChordQuality::Minor:
        return "minor";
    case ChordQuality::Augmented:
        return "augmented";
    case ChordQuality::Diminished:
        return "diminished";
    case ChordQuality::Sus2:
        return "suspended-second";
    case ChordQuality::Sus4:
        return "suspended-fourth";
    case ChordQuality::Power:
        return "power";
    case ChordQuality::Dominant7:
        return "dominant";
    case ChordQuality::Major7:
        return "major-seventh";
    case ChordQuality::Minor7:
        return "minor-seventh";
    case ChordQuality::MinorMajor7:
        return "major-minor";
    case ChordQuality::Diminished7:
        return "diminished-seventh";
    case ChordQuality::HalfDiminished7:
        return "half-diminished";
    case ChordQuality::Major6:
        return "major-sixth";
    case ChordQuality::Minor6:
        return "minor-sixth";
    case ChordQuality::Dominant9:
        return "dominant-ninth";
    case ChordQuality::Major9:
        return "major-ninth";
    case ChordQuality::Minor9:
        return "minor-ninth";
    case ChordQuality::SevenSus4:
        return "suspended-fourth";
    case ChordQuality::Add9:
        return "major";
    case ChordQuality::NoChord:
        return "none";
    }
    return "none";
}

void writeHarmony(QXmlStreamWriter& w, const Chord& c) {
    w.writeStartElement(QStringLiteral("harmony"));
    if (c.isNoChord()) {
        w.writeStartElement(QStringLiteral("root"));
        w.writeTextElement(QStringLiteral("root-step"), QStringLiteral("C"));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("kind"));
        w.writeAttribute(QStringLiteral("text"), QStringLiteral("N.C."));
        w.writeCharacters(QStringLiteral("none"));
        w.writeEndElement();
        w.writeEndElement();
        return;
    }
    const SpelledPitch& r = c.rootSpelling();
    const std::string name = r.name();
    w.writeStartElement(QStringLiteral("root"));
    w.writeTextElement(QStringLiteral("root-step"), QString(QLatin1Char(name[0])));
    if (r.accidental != 0) w.writeTextElement(QStringLiteral("root-alter"), QString::number(r.accidental));
    w.writeEndElement();
    // The symbol as it reads after the root (e.g. "m7", "7sus4"), without the slash bass.
    std::string symbol = c.toLeadSheet();
    if (auto slash = symbol.find('/'); slash != std::string::npos) symbol.resize(slash);
    w.writeStartElement(QStringLiteral("kind"));
    w.writeAttribute(QStringLiteral("text"), QString::fromStdString(symbol.substr(name.size())));
    w.writeCharacters(QString::fromLatin1(harmonyKind(c.quality())));
    w.writeEndElement();
    if (const auto bass = c.bassSpelling()) {
        const std::string b = bass->name();
        w.writeStartElement(QStringLiteral("bass"));
        w.writeTextElement(QStringLiteral("bass-step"), QString(QLatin1Char(b[0])));
        if (bass->accidental != 0)
            w.writeTextElement(QStringLiteral("bass-alter"), QString::number(bass->accidental));
        w.writeEndElement();
    }
    w.writeEndElement();
}

struct GridNote {
    Tick start, end;
    int pitch;
};

std::vector<GridNote> onGrid(const Track& t, Tick grid) {
    std::vector<GridNote> out;
    for (const Note& n : t.notes) {
        const Tick s = (n.start + grid / 2) / grid * grid;
        const Tick e = std::max(s + grid, (n.end() + grid / 2) / grid * grid);
        out.push_back({s, e, n.pitch});
    }
    return out;
}

void writePart(QXmlStreamWriter& w, const Score& score, const Track& track, int partIndex, int bars,
               bool withChords) {
    const int tpb = score.ticksPerBeat;
    const Tick grid = std::max(1, tpb / 12);
    const Tick bar = score.ticksPerBar();
    const Key key = score.key.value_or(Key{});
    const bool flats = fifthsOf(key) < 0;
    const std::vector<GridNote> notes = onGrid(track, grid);
    double mean = 0;
    for (const GridNote& n : notes)
        mean += n.pitch;
    const bool bassClef = !notes.empty() && mean / notes.size() < 57;
    const TimeSignature ts = score.timeSignatures.empty() ? TimeSignature{} : score.timeSignatures.front();

    w.writeStartElement(QStringLiteral("part"));
    w.writeAttribute(QStringLiteral("id"), QStringLiteral("P%1").arg(partIndex));
    for (int m = 0; m < bars; ++m) {
        const Tick m0 = m * bar, m1 = m0 + bar;
        w.writeStartElement(QStringLiteral("measure"));
        w.writeAttribute(QStringLiteral("number"), QString::number(m + 1));
        if (m == 0) {
            w.writeStartElement(QStringLiteral("attributes"));
            w.writeTextElement(QStringLiteral("divisions"), QString::number(tpb));
            w.writeStartElement(QStringLiteral("key"));
            w.writeTextElement(QStringLiteral("fifths"), QString::number(fifthsOf(key)));
            w.writeTextElement(QStringLiteral("mode"),
                               key.isMinor() ? QStringLiteral("minor") : QStringLiteral("major"));
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("time"));
            w.writeTextElement(QStringLiteral("beats"), QString::number(ts.numerator));
            w.writeTextElement(QStringLiteral("beat-type"), QString::number(ts.denominator));
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("clef"));
            w.writeTextElement(QStringLiteral("sign"), bassClef ? QStringLiteral("F") : QStringLiteral("G"));
            w.writeTextElement(QStringLiteral("line"), bassClef ? QStringLiteral("4") : QStringLiteral("2"));
            w.writeEndElement();
            w.writeEndElement();
            if (partIndex == 1) {
                w.writeStartElement(QStringLiteral("direction"));
                w.writeAttribute(QStringLiteral("placement"), QStringLiteral("above"));
                w.writeStartElement(QStringLiteral("direction-type"));
                w.writeStartElement(QStringLiteral("metronome"));
                w.writeTextElement(QStringLiteral("beat-unit"), QStringLiteral("quarter"));
                w.writeTextElement(QStringLiteral("per-minute"), QString::number(score.bpm(), 'g', 5));
                w.writeEndElement();
                w.writeEndElement();
                w.writeEmptyElement(QStringLiteral("sound"));
                w.writeAttribute(QStringLiteral("tempo"), QString::number(score.bpm(), 'g', 5));
                w.writeEndElement();
            }
        }
        std::set<Tick> cuts{m0, m1};
        for (const GridNote& n : notes) {
            if (n.end <= m0 || n.start >= m1) continue;
            cuts.insert(std::max(n.start, m0));
            cuts.insert(std::min(n.end, m1));
        }
        if (withChords)
            for (const ChordSpan& c : score.chords)
                if (c.start >= m0 && c.start < m1) cuts.insert(c.start);
        for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
            const Tick a = *it, b = *std::next(it);
            if (withChords)
                for (const ChordSpan& c : score.chords)
                    if (c.start == a) writeHarmony(w, c.chord);
            std::vector<const GridNote*> sounding;
            for (const GridNote& n : notes)
                if (n.start < b && n.end > a) sounding.push_back(&n);
            std::sort(sounding.begin(), sounding.end(), [](auto* x, auto* y) { return x->pitch < y->pitch; });
            sounding.erase(std::unique(sounding.begin(), sounding.end(),
                                       [](auto* x, auto* y) { return x->pitch == y->pitch; }),
                           sounding.end());
            bool dotted = false;
            const char* type = typeName(b - a, tpb, dotted);
            auto writeDuration = [&] {
                w.writeTextElement(QStringLiteral("duration"), QString::number(b - a));
            };
            if (sounding.empty()) {
                w.writeStartElement(QStringLiteral("note"));
                w.writeEmptyElement(QStringLiteral("rest"));
                writeDuration();
                w.writeTextElement(QStringLiteral("voice"), QStringLiteral("1"));
                if (type) w.writeTextElement(QStringLiteral("type"), QString::fromLatin1(type));
                if (type && dotted) w.writeEmptyElement(QStringLiteral("dot"));
                w.writeEndElement();
                continue;
            }
            for (std::size_t i = 0; i < sounding.size(); ++i) {
                const GridNote& n = *sounding[i];
                const bool tieStop = n.start<a, tieStart = n.end> b;
                const Spelling s = spell(n.pitch, flats);
                w.writeStartElement(QStringLiteral("note"));
                if (i > 0) w.writeEmptyElement(QStringLiteral("chord"));
                w.writeStartElement(QStringLiteral("pitch"));
                w.writeTextElement(QStringLiteral("step"), QString(QLatin1Char(s.step)));
                if (s.alter) w.writeTextElement(QStringLiteral("alter"), QString::number(s.alter));
                w.writeTextElement(QStringLiteral("octave"), QString::number(n.pitch / 12 - 1));
                w.writeEndElement();
                writeDuration();
                if (tieStop) {
                    w.writeEmptyElement(QStringLiteral("tie"));
                    w.writeAttribute(QStringLiteral("type"), QStringLiteral("stop"));
                }
                if (tieStart) {
                    w.writeEmptyElement(QStringLiteral("tie"));
                    w.writeAttribute(QStringLiteral("type"), QStringLiteral("start"));
                }
                w.writeTextElement(QStringLiteral("voice"), QStringLiteral("1"));
                if (type) w.writeTextElement(QStringLiteral("type"), QString::fromLatin1(type));
                if (type && dotted) w.writeEmptyElement(QStringLiteral("dot"));
                if (tieStop || tieStart) {
                    w.writeStartElement(QStringLiteral("notations"));
                    if (tieStop) {
                        w.writeEmptyElement(QStringLiteral("tied"));
                        w.writeAttribute(QStringLiteral("type"), QStringLiteral("stop"));
                    }
                    if (tieStart) {
                        w.writeEmptyElement(QStringLiteral("tied"));
                        w.writeAttribute(QStringLiteral("type"), QStringLiteral("start"));
                    }
                    w.writeEndElement();
                }
                w.writeEndElement();
            }
        }
        w.writeEndElement(); // measure
    }
    w.writeEndElement(); // part
}

} // namespace

QByteArray toMusicXml(const Score& score, const QString& title) {
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument(QStringLiteral("1.0"), false);
    w.writeDTD(
        QStringLiteral("<!DOCTYPE score-partwise PUBLIC \"-//Recordare//DTD MusicXML 4.0 Partwise//EN\" "
                       "\"http://www.musicxml.org/dtds/partwise.dtd\">"));
    w.writeStartElement(QStringLiteral("score-partwise"));
    w.writeAttribute(QStringLiteral("version"), QStringLiteral("4.0"));
    w.writeStartElement(QStringLiteral("work"));
    w.writeTextElement(QStringLiteral("work-title"), title);
    w.writeEndElement();
    w.writeStartElement(QStringLiteral("identification"));
    w.writeStartElement(QStringLiteral("encoding"));
    w.writeTextElement(QStringLiteral("software"), QStringLiteral("fgg-studio"));
    w.writeEndElement();
    w.writeEndElement();

    std::vector<const Track*> parts;
    for (const char* name : {kMelodyTrack, kAccompanimentTrack})
        if (const Track* t = score.track(name)) parts.push_back(t);
    for (const Track& t : score.tracks)
        if (t.name != kMelodyTrack && t.name != kAccompanimentTrack && !t.notes.empty()) parts.push_back(&t);
    w.writeStartElement(QStringLiteral("part-list"));
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const QString id = QStringLiteral("P%1").arg(i + 1);
        w.writeStartElement(QStringLiteral("score-part"));
        w.writeAttribute(QStringLiteral("id"), id);
        w.writeTextElement(QStringLiteral("part-name"), QString::fromStdString(parts[i]->name));
        w.writeStartElement(QStringLiteral("score-instrument"));
        w.writeAttribute(QStringLiteral("id"), id + QStringLiteral("-I1"));
        w.writeTextElement(QStringLiteral("instrument-name"), QString::fromStdString(parts[i]->name));
        w.writeEndElement();
        w.writeStartElement(QStringLiteral("midi-instrument"));
        w.writeAttribute(QStringLiteral("id"), id + QStringLiteral("-I1"));
        w.writeTextElement(QStringLiteral("midi-channel"), QString::number(parts[i]->channel + 1));
        w.writeTextElement(QStringLiteral("midi-program"), QString::number(parts[i]->program + 1));
        w.writeEndElement();
        w.writeEndElement();
    }
    w.writeEndElement();
    const int bars = std::max(1, score.bars());
    for (std::size_t i = 0; i < parts.size(); ++i)
        writePart(w, score, *parts[i], static_cast<int>(i + 1), bars, i == 0);
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

void writeMusicXmlFile(const Score& score, const QString& path, const QString& title) {
    QSaveFile f(path);
    const QByteArray bytes = toMusicXml(score, title);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error((QStringLiteral("cannot write %1: %2").arg(path, f.errorString())).toStdString());
}

} // namespace fgg::studio
