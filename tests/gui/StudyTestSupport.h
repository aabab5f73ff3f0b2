#pragma once
// What the listening-test workflow test works with: its five small "human" songs with chord markers and its
// tiny random-weight models, the answers its participants give, the check that no condition name shows to a
// participant, the study and answer files it reads back, and its screenshots (FGG_STUDY_SCREENSHOTS).
#include <QtTest> // first: moc must see Qt before <compare>

#include "model/midi/MidiFile.h"
#include "model/music/LeadSheet.h"
#include "model/music/Score.h"
#include "model/nn/CheckpointInfo.h"
#include "model/study/Answers.h"
#include "model/study/Study.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QWidget>
#include <string>

namespace fgg::studio::test {

inline constexpr int kPrompts = 5;
inline constexpr int kSteps = 2;
inline constexpr const char* kSongs[kPrompts] = {"| C | G | Am | F |", "| F | C | G | C |",
                                                 "| Am | F | C | G |", "| C | Am | Dm | G |",
                                                 "| G | Em | C | D |"};

/// A small "human" song: a melody on chord tones and a bass line, its chords as MIDI markers.
inline Score song(int index) {
    Score s;
    s.tempos = {TempoChange{0, 96.0 + 4 * index}};
    s.chords = LeadSheet::parse(kSongs[index]).toChordSpans(s.ticksPerBar());
    s.ensureTrack(kMelodyTrack, 0);
    s.ensureTrack(kAccompanimentTrack, 32).channel = 1;
    Track& melody = *s.track(kMelodyTrack); // after both exist: ensureTrack may move the tracks
    Track& bass = *s.track(kAccompanimentTrack);
    const Tick beat = s.ticksPerBeat;
    for (const ChordSpan& c : s.chords) {
        const int root = c.chord.root();
        const int offsets[4] = {12, 19, 16 + (index % 2), 24};
        for (int b = 0; b < 4; ++b)
            melody.add(Note{60 + (root + offsets[b]) % 12 + (b == 3 ? 12 : 0), c.start + b * beat, beat, 90});
        bass.add(Note{36 + root, c.start, 4 * beat, 80});
    }
    s.length = 4 * s.ticksPerBar();
    return s;
}

/// The prompts to import: song1.mid … song5.mid with chord markers, and no-chords.mid (song 1 without them).
inline void writeSongs(const QString& songsDir) {
    MidiWriteOptions noMarkers;
    noMarkers.chordMarkers = false;
    writeMidiFile(song(0), QDir(songsDir).filePath(QStringLiteral("no-chords.mid")).toStdString(), noMarkers);
    for (int i = 0; i < kPrompts; ++i)
        writeMidiFile(song(i),
                      QDir(songsDir).filePath(QStringLiteral("song%1.mid").arg(i + 1)).toStdString());
}

/// Tiny random-weight melody and accompaniment models: the workflow is tested, not the music.
inline void writeTinyModels(const QString& modelDir) {
    writeRandomCheckpoint(QDir(modelDir).filePath("melody.fggm").toStdString(), "tiny", "melody", 1);
    writeRandomCheckpoint(QDir(modelDir).filePath("accompaniment.fggm").toStdString(), "tiny",
                          "accompaniment", 2);
}

/// What a participant answers: FGG rated above no guidance, the original in between, with some spread.
inline int rating(const std::string& condition, int questionIndex, int trial, int participant) {
    const int base = condition == "fgg" ? 4 : condition == "none" ? 2 : 3;
    return base + (trial + participant + questionIndex) % 2;
}

/// The preferred condition: mostly FGG, sometimes the original.
inline std::string preferred(int trial) {
    return trial % 3 == 2 ? "human" : "fgg";
}

/// Every text a participant can read in `w`.
inline QStringList visibleTexts(QWidget* w) {
    QStringList texts{w->windowTitle()};
    for (QLabel* l : w->findChildren<QLabel*>())
        texts << l->text();
    for (QAbstractButton* b : w->findChildren<QAbstractButton*>())
        texts << b->text() << b->toolTip();
    for (QGroupBox* g : w->findChildren<QGroupBox*>())
        texts << g->title();
    return texts;
}

/// The first condition id or label (or a word naming one) a participant could read in `w`. The designer's own
/// texts (title, instructions, questions and scale labels: "human-like") are the researcher's to word.
inline QString firstLeak(QWidget* w, const study::Study& s) {
    QStringList words{QStringLiteral("guidance"), QStringLiteral("original"), QStringLiteral("human")};
    for (const study::Condition& c : s.conditions)
        words << QString::fromStdString(c.id) << QString::fromStdString(c.label);
    const QString title = QString::fromStdString(s.title);
    QStringList designed{title, QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()),
                         QString::fromStdString(s.instructions)};
    for (const study::Question& q : s.questions)
        designed << QString::fromStdString(q.text) << QString::fromStdString(q.lowLabel)
                 << QString::fromStdString(q.highLabel);
    for (const QString& text : visibleTexts(w)) {
        if (designed.contains(text)) continue;
        for (const QString& word : words)
            if (text.contains(QRegularExpression("\\b" + QRegularExpression::escape(word) + "\\b",
                                                 QRegularExpression::CaseInsensitiveOption)))
                return QStringLiteral("'%1' in '%2'").arg(word, text);
    }
    return {};
}

/// The study as saved in `studyDir`.
inline study::Study studyIn(const QString& studyDir) {
    return study::loadStudy(studyDir.toStdString());
}

/// Participant `id`'s answers as on disk in `studyDir`.
inline study::ParticipantLog participantLog(const QString& studyDir, const QString& id) {
    return study::loadParticipantLog(study::answerFilePath(studyDir.toStdString(), id.toStdString()));
}

/// Saves `w` as study-`name`.png in `dir`; nothing without a directory (FGG_STUDY_SCREENSHOTS unset).
inline void screenshot(const QString& dir, QWidget* w, const QString& name) {
    if (dir.isEmpty()) return;
    QCoreApplication::processEvents(); // pending layouts first
    QVERIFY(w->grab().save(QDir(dir).filePath(QStringLiteral("study-%1.png").arg(name))));
}

} // namespace fgg::studio::test
