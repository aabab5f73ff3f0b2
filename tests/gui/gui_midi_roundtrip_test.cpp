// Import -> export of a POP909 song through the app's MIDI import (track roles) and export keeps every note,
// the tempo and the chord markers.
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/MidiImport.h"
#include "model/midi/MidiFile.h"

#include <QDir>
#include <QTemporaryDir>
#include <QWidget>
#include <algorithm>

using namespace fgg;
using namespace fgg::studio;

namespace {
std::vector<Note> allNotes(const Score& s) {
    std::vector<Note> out;
    for (const Track& t : s.tracks)
        out.insert(out.end(), t.notes.begin(), t.notes.end());
    std::sort(out.begin(), out.end());
    return out;
}
} // namespace

class MidiRoundTripTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void pop909SongKeepsEveryNote() {
        const QByteArray root = qgetenv("FGG_POP909_DIR");
        if (root.isEmpty()) QSKIP("FGG_POP909_DIR is not set (ctest sets it to ../shared/data/pop909)");
        const QString path = QDir(QString::fromLocal8Bit(root)).filePath(QStringLiteral("001/001.mid"));
        if (!QFile::exists(path)) QSKIP(qPrintable(QStringLiteral("%1 does not exist").arg(path)));

        const Score file = readMidiFile(path.toStdString());
        QWidget window;
        Document doc;
        FileController files(&doc, &window);
        QVERIFY(files.importMidiPath(path, /*askRoles=*/false));
        const Score& imported = doc.score();
        QVERIFY(imported.track(kMelodyTrack) && !imported.track(kMelodyTrack)->notes.empty());
        QVERIFY(imported.track(kAccompanimentTrack) && !imported.track(kAccompanimentTrack)->notes.empty());

        // Every note of the file's pitched tracks is in the melody or the accompaniment (where two merged
        // tracks overlap on one pitch, the channel's reading: the earlier note ends where the later begins).
        const std::vector<TrackRole> roles = defaultRoles(file);
        std::vector<Note> melodyWanted, accWanted;
        for (std::size_t i = 0; i < file.tracks.size(); ++i) {
            auto& target = roles[i] == TrackRole::Melody ? melodyWanted : accWanted;
            if (roles[i] != TrackRole::Ignore)
                target.insert(target.end(), file.tracks[i].notes.begin(), file.tracks[i].notes.end());
        }
        std::sort(melodyWanted.begin(), melodyWanted.end());
        resolveOverlaps(accWanted);
        QCOMPARE(imported.track(kMelodyTrack)->notes, melodyWanted);
        QCOMPARE(imported.track(kAccompanimentTrack)->notes, accWanted);
        std::size_t fileNotes = 0;
        for (std::size_t i = 0; i < file.tracks.size(); ++i)
            if (roles[i] != TrackRole::Ignore) fileNotes += file.tracks[i].notes.size();
        std::size_t doublings = fileNotes - melodyWanted.size() - accWanted.size();
        QVERIFY2(doublings * 100 <= fileNotes, "more than 1 % of the notes were unison doublings");

        QTemporaryDir dir;
        const std::string out = dir.filePath(QStringLiteral("export.mid")).toStdString();
        writeMidiFile(imported, out);
        const Score back = readMidiFile(out);
        QCOMPARE(allNotes(back).size(), allNotes(imported).size());
        {
            const auto a = allNotes(back), b = allNotes(imported);
            for (std::size_t i = 0; i < a.size() && i < b.size(); ++i)
                if (!(a[i] == b[i])) {
                    QFAIL(qPrintable(
                        QStringLiteral("note %1: exported p%2 s%3 l%4 v%5, imported p%6 s%7 l%8 v%9")
                            .arg(i)
                            .arg(a[i].pitch)
                            .arg(a[i].start)
                            .arg(a[i].length)
                            .arg(a[i].velocity)
                            .arg(b[i].pitch)
                            .arg(b[i].start)
                            .arg(b[i].length)
                            .arg(b[i].velocity)));
                }
        }
        const Track* melody = back.track(kMelodyTrack);
        QVERIFY(melody);
        QCOMPARE(melody->notes, imported.track(kMelodyTrack)->notes);
        QCOMPARE(back.chords.size(), imported.chords.size());
        QCOMPARE(back.bpm(), imported.bpm());
    }
};

QTEST_MAIN(MidiRoundTripTest)
#include "gui_midi_roundtrip_test.moc"
