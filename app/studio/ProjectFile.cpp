#include "app/studio/ProjectFile.h"

#include "model/diffusion/OptionLimits.h"
#include "model/diffusion/RhythmText.h"
#include "model/music/Error.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace fgg::studio {

namespace {

// Call sites wrap their literals in QT_TRANSLATE_NOOP so that lupdate finds them under this context.
QString trp(const char* text) {
    return QCoreApplication::translate("fgg::studio::ProjectFile", text);
}

[[noreturn]] void fail(const QString& where, const QString& what) {
    throw FileFormatError((where + QStringLiteral(": ") + what).toStdString());
}

QJsonObject keyToJson(const Key& k) {
    return QJsonObject{{QStringLiteral("tonic"), QString::fromStdString(k.tonic.name())},
                       {QStringLiteral("scale"), QString::fromStdString(k.scale.name)},
                       {QStringLiteral("pitchClasses"), static_cast<int>(k.scale.intervals.mask())}};
}

Key keyFromJson(const QJsonObject& o, const QString& where) {
    Key k;
    const std::string tonic = o.value(QStringLiteral("tonic")).toString().toStdString();
    std::size_t used = 0;
    const auto sp = SpelledPitch::parse(tonic, used);
    if (!sp || used != tonic.size())
        fail(where,
             trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "the key's tonic '%1' is not a note name"))
                 .arg(QString::fromStdString(tonic)));
    k.tonic = *sp;
    k.scale.name = o.value(QStringLiteral("scale")).toString().toStdString();
    k.scale.intervals =
        PitchClassSet::fromMask(static_cast<std::uint16_t>(o.value(QStringLiteral("pitchClasses")).toInt()));
    return k;
}

QJsonObject scoreToJson(const Score& s) {
    QJsonObject o;
    o[QStringLiteral("ticksPerBeat")] = s.ticksPerBeat;
    o[QStringLiteral("length")] = static_cast<qint64>(s.length);
    QJsonArray tempos;
    for (const TempoChange& t : s.tempos)
        tempos.append(QJsonObject{{QStringLiteral("tick"), static_cast<qint64>(t.tick)},
                                  {QStringLiteral("bpm"), t.bpm}});
    o[QStringLiteral("tempos")] = tempos;
    QJsonArray sigs;
    for (const TimeSignature& t : s.timeSignatures)
        sigs.append(QJsonObject{{QStringLiteral("tick"), static_cast<qint64>(t.tick)},
                                {QStringLiteral("numerator"), t.numerator},
                                {QStringLiteral("denominator"), t.denominator}});
    o[QStringLiteral("timeSignatures")] = sigs;
    if (s.key) o[QStringLiteral("key")] = keyToJson(*s.key);
    QJsonArray chords;
    for (const ChordSpan& c : s.chords) {
        QJsonObject chord{{QStringLiteral("start"), static_cast<qint64>(c.start)},
                          {QStringLiteral("length"), static_cast<qint64>(c.length)},
                          {QStringLiteral("chord"), QString::fromStdString(c.chord.toHarte())}};
        if (c.scale) chord[QStringLiteral("scale")] = static_cast<int>(c.scale->mask());
        chords.append(chord);
    }
    o[QStringLiteral("chords")] = chords;
    if (!s.melodyRhythm.empty())
        o[QStringLiteral("melodyRhythm")] = QString::fromStdString(rhythmText(s.melodyRhythm));
    QJsonArray tracks;
    for (const Track& t : s.tracks) {
        QJsonArray notes; // [start, length, pitch, velocity(, 1 when locked)]: compact for thousands of notes
        for (const Note& n : t.notes) {
            QJsonArray a{static_cast<qint64>(n.start), static_cast<qint64>(n.length), n.pitch, n.velocity};
            if (n.locked) a.append(1);
            notes.append(a);
        }
        tracks.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(t.name)},
                                  {QStringLiteral("program"), t.program},
                                  {QStringLiteral("channel"), t.channel},
                                  {QStringLiteral("notes"), notes}});
    }
    o[QStringLiteral("tracks")] = tracks;
    // The chord pad's sound (issue 17). Additive: a reader that does not know it ignores it, and a file
    // without it (saved before the pad existed) loads with the pad off, so it needs no format version.
    o[QStringLiteral("chordPad")] = QJsonObject{{QStringLiteral("enabled"), s.chordPad.enabled},
                                                {QStringLiteral("program"), s.chordPad.program}};
    return o;
}

Score scoreFromJson(const QJsonObject& o, const QString& where) {
    Score s;
    s.ticksPerBeat = o.value(QStringLiteral("ticksPerBeat")).toInt(Score::kDefaultTicksPerBeat);
    if (s.ticksPerBeat <= 0 || s.ticksPerBeat > 32767)
        fail(where, trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "ticksPerBeat must be 1..32767")));
    s.length = o.value(QStringLiteral("length")).toInteger();
    s.tempos.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("tempos")).toArray()) {
        const QJsonObject t = v.toObject();
        const double bpm = t.value(QStringLiteral("bpm")).toDouble();
        if (bpm <= 0 || bpm > 1000)
            fail(where, trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile",
                                              "a tempo must be between 0 and 1000 bpm")));
        s.tempos.push_back({t.value(QStringLiteral("tick")).toInteger(), bpm});
    }
    if (s.tempos.empty()) s.tempos.push_back({});
    s.timeSignatures.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("timeSignatures")).toArray()) {
        const QJsonObject t = v.toObject();
        TimeSignature ts{t.value(QStringLiteral("tick")).toInteger(),
                         t.value(QStringLiteral("numerator")).toInt(4),
                         t.value(QStringLiteral("denominator")).toInt(4)};
        if (ts.numerator <= 0 || ts.denominator <= 0)
            fail(where,
                 trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "a time signature must be positive")));
        s.timeSignatures.push_back(ts);
    }
    if (s.timeSignatures.empty()) s.timeSignatures.push_back({});
    if (o.contains(QStringLiteral("key")))
        s.key = keyFromJson(o.value(QStringLiteral("key")).toObject(), where);
    for (const QJsonValue& v : o.value(QStringLiteral("chords")).toArray()) {
        const QJsonObject c = v.toObject();
        ChordSpan span;
        span.start = c.value(QStringLiteral("start")).toInteger();
        span.length = c.value(QStringLiteral("length")).toInteger();
        const QString symbol = c.value(QStringLiteral("chord")).toString();
        try {
            span.chord = Chord::parse(symbol.toStdString());
        } catch (const Error& e) {
            fail(where, trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "chord '%1' at tick %2: %3"))
                            .arg(symbol)
                            .arg(span.start)
                            .arg(QString::fromUtf8(e.what())));
        }
        if (c.contains(QStringLiteral("scale"))) {
            const int mask = c.value(QStringLiteral("scale")).toInt(-1);
            if (mask <= 0 || mask > 0xFFF)
                fail(where, trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile",
                                                  "the scale of the chord at tick %1 has no pitch classes"))
                                .arg(span.start));
            span.scale = PitchClassSet::fromMask(static_cast<std::uint16_t>(mask));
        }
        s.chords.push_back(span);
    }
    if (o.contains(QStringLiteral("melodyRhythm"))) {
        try {
            s.melodyRhythm =
                parseRhythmText(o.value(QStringLiteral("melodyRhythm")).toString().toStdString());
        } catch (const Error& e) {
            fail(where, trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "the rhythm lane: %1"))
                            .arg(QString::fromUtf8(e.what())));
        }
    }
    for (const QJsonValue& v : o.value(QStringLiteral("tracks")).toArray()) {
        const QJsonObject t = v.toObject();
        Track track;
        track.name = t.value(QStringLiteral("name")).toString().toStdString();
        track.program = std::clamp(t.value(QStringLiteral("program")).toInt(), 0, gm::kPrograms - 1);
        track.channel = t.value(QStringLiteral("channel")).toInt();
        for (const QJsonValue& nv : t.value(QStringLiteral("notes")).toArray()) {
            const QJsonArray a = nv.toArray();
            if (a.size() != 4 && a.size() != 5)
                fail(where, trp(QT_TRANSLATE_NOOP(
                                    "fgg::studio::ProjectFile",
                                    "a note in track '%1' is not [start, length, pitch, velocity(, locked)]"))
                                .arg(QString::fromStdString(track.name)));
            Note n;
            n.start = a[0].toInteger();
            n.length = a[1].toInteger();
            n.pitch = a[2].toInt();
            n.velocity = a[3].toInt();
            n.locked = a.size() == 5 && a[4].toInt() == 1;
            if (n.length <= 0 || n.pitch < 0 || n.pitch > 127 || n.velocity < 0 || n.velocity > 127 ||
                n.start < 0)
                fail(where, trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile",
                                                  "a note in track '%1' at tick %2 is out of range"))
                                .arg(QString::fromStdString(track.name))
                                .arg(n.start));
            track.notes.push_back(n);
        }
        track.sort();
        s.tracks.push_back(std::move(track));
    }
    if (const QJsonObject pad = o.value(QStringLiteral("chordPad")).toObject(); !pad.isEmpty()) {
        s.chordPad.enabled = pad.value(QStringLiteral("enabled")).toBool();
        s.chordPad.program =
            std::clamp(pad.value(QStringLiteral("program")).toInt(gm::kWarmPad), 0, gm::kPrograms - 1);
    }
    return s;
}

QJsonObject settingsToJson(const GenerationSettings& g) {
    QJsonObject o;
    o[QStringLiteral("task")] = QString::fromLatin1(toString(g.task));
    o[QStringLiteral("guidance")] = QString::fromLatin1(toString(g.guidance));
    o[QStringLiteral("style")] = QString::fromLatin1(toString(g.style));
    o[QStringLiteral("customScale")] = QString::fromStdString(g.customScale);
    o[QStringLiteral("density")] = g.density ? *g.density : -1.0;
    o[QStringLiteral("steps")] = g.steps;
    o[QStringLiteral("cfgScale")] = g.cfgScale;
    o[QStringLiteral("accompanimentCfgScale")] = g.accompanimentCfgScale;
    o[QStringLiteral("seed")] = QString::number(g.seed);
    o[QStringLiteral("candidates")] = g.candidates;
    o[QStringLiteral("humanise")] = g.humanise;
    o[QStringLiteral("melodyModel")] = QString::fromStdString(g.melodyModel);
    o[QStringLiteral("accompanimentModel")] = QString::fromStdString(g.accompanimentModel);
    o[QStringLiteral("regenerateTrack")] = QString::fromStdString(g.regenerateTrack);
    o[QStringLiteral("limitToPitchRange")] = g.limitToPitchRange;
    return o;
}

/// A setting another version wrote that this one does not know keeps its default rather than refusing the
/// whole project: the music matters more than a panel setting.
template <class T, class Parse>
T wordOr(const QJsonObject& o, const char* name, T fallback, Parse parse) {
    const QString text = o.value(QLatin1String(name)).toString();
    if (text.isEmpty()) return fallback;
    try {
        return parse(text.toStdString());
    } catch (const Error&) {
        return fallback;
    }
}

double numberOr(const QJsonObject& o, const char* name, const NumberLimit& limit, double fallback) {
    const double v = o.value(QLatin1String(name)).toDouble(fallback);
    return limit.accepts(v) ? v : fallback;
}

GenerationSettings settingsFromJson(const QJsonObject& o) {
    GenerationSettings g;
    g.task = wordOr(o, "task", g.task, parseTask);
    g.guidance = wordOr(o, "guidance", g.guidance, parseGuidance);
    g.style = wordOr(o, "style", g.style, parseScaleStyle);
    g.customScale = o.value(QStringLiteral("customScale")).toString().toStdString();
    const double density = o.value(QStringLiteral("density")).toDouble(-1.0);
    if (limits::kDensity.accepts(density)) g.density = density;
    g.steps = static_cast<int>(numberOr(o, "steps", limits::kSteps, g.steps));
    g.cfgScale = numberOr(o, "cfgScale", limits::kCfgScale, g.cfgScale);
    g.accompanimentCfgScale =
        numberOr(o, "accompanimentCfgScale", limits::kAccompanimentCfgScale, g.accompanimentCfgScale);
    g.seed = o.value(QStringLiteral("seed")).toString().toULongLong();
    g.candidates = static_cast<int>(numberOr(o, "candidates", limits::kCandidates, g.candidates));
    g.humanise = numberOr(o, "humanise", limits::kHumanise, g.humanise);
    g.melodyModel = o.value(QStringLiteral("melodyModel")).toString().toStdString();
    g.accompanimentModel = o.value(QStringLiteral("accompanimentModel")).toString().toStdString();
    g.regenerateTrack =
        o.value(QStringLiteral("regenerateTrack")).toString(QString::fromLatin1(kMelodyTrack)).toStdString();
    g.limitToPitchRange = o.value(QStringLiteral("limitToPitchRange")).toBool();
    return g;
}

} // namespace

QByteArray projectToJson(const Project& project) {
    QJsonObject root;
    root[QStringLiteral("format")] = QStringLiteral("fgg-studio project");
    root[QStringLiteral("version")] = kProjectFormatVersion;
    root[QStringLiteral("score")] = scoreToJson(project.score);
    root[QStringLiteral("generation")] = settingsToJson(project.generation);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Project projectFromJson(const QByteArray& json, const QString& where) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError)
        throw FileFormatError(
            (where + QStringLiteral(": ") +
             trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "not a valid project file (%1 at byte %2)"))
                 .arg(err.errorString())
                 .arg(err.offset))
                .toStdString(),
            err.offset);
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String("fgg-studio project"))
        fail(where,
             trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile",
                                   "not an fgg-studio project (no \"format\": \"fgg-studio project\")")));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kProjectFormatVersion)
        fail(where,
             trp(QT_TRANSLATE_NOOP(
                     "fgg::studio::ProjectFile",
                     "this project was saved by a newer fgg-studio (format version %1; this version reads "
                     "up to %2). "
                     "Update fgg-studio to open it."))
                 .arg(version)
                 .arg(kProjectFormatVersion));
    if (version < 1)
        fail(where,
             trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "the project has no valid format version")));
    Project p;
    p.score = scoreFromJson(root.value(QStringLiteral("score")).toObject(), where);
    p.generation = settingsFromJson(root.value(QStringLiteral("generation")).toObject());
    return p;
}

void saveProject(const Project& project, const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error((trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "cannot write %1: %2"))
                         .arg(path, file.errorString()))
                        .toStdString());
    const QByteArray bytes = projectToJson(project);
    if (file.write(bytes) != bytes.size() || !file.commit())
        throw Error((trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile",
                                           "cannot save %1: %2 (the previous file is unchanged)"))
                         .arg(path, file.errorString()))
                        .toStdString());
}

Project loadProject(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error((trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile", "cannot open %1: %2"))
                         .arg(path, file.errorString()))
                        .toStdString());
    if (file.size() > (qint64(512) << 20))
        throw FileFormatError((path + trp(QT_TRANSLATE_NOOP("fgg::studio::ProjectFile",
                                                            ": the file is too large for a project")))
                                  .toStdString());
    return projectFromJson(file.readAll(), path);
}

} // namespace fgg::studio
