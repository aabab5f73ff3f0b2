// Project files: save -> open gives the same piece and settings; a newer format version is refused with a
// clear message; the file controller's save/open keep the document state (path, modified flag, recent files).
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Document.h"
#include "app/studio/FileController.h"
#include "app/studio/MusicXmlExport.h"
#include "app/studio/ProjectFile.h"
#include "model/music/Error.h"
#include "tests/gui/HandWrittenPiece.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

using namespace fgg;
using namespace fgg::studio;

class ProjectFileTest : public QObject {
    Q_OBJECT
    QTemporaryDir dir_;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(dir_.isValid());
    }

    void saveThenOpenIsTheSamePiece() {
        Project p;
        p.score = test::handWrittenPiece();
        p.score.key = Key::parse("F# minor");
        p.score.chords.push_back(ChordSpan{8 * 1920, 1920, Chord::parse("Bb:min7/b7")});
        p.score.tracks.push_back(Track{"Strings", 48, 2, {Note{50, 10, 7, 33}, Note{52, 20, 7, 40, true}}});
        p.score.chords.front().scale = Scale::named("dorian").intervals;
        p.score.melodyRhythm = {1, 0, 0, 1, 0, 0, 1, 0, 1, 0, 1, 0, 0, 0, 0, 1};
        p.generation.task = Task::Accompaniment;
        p.generation.guidance = GuidanceMode::Round;
        p.generation.style = ScaleStyle::Custom;
        p.generation.customScale = "C D Eb G A";
        p.generation.humanise = 0.55;
        p.generation.density = 0.35;
        p.generation.steps = 25;
        p.generation.seed = 1234567890123ULL;
        p.generation.candidates = 4;
        const QString path = dir_.filePath(QStringLiteral("piece.fggproj"));
        saveProject(p, path);
        const Project back = loadProject(path);
        QCOMPARE(back.score, p.score);
        QVERIFY(back.generation == p.generation);
    }

    void versionOneFilesStillOpen() {
        const QString path = dir_.filePath(QStringLiteral("v1.fggproj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "fgg-studio project", "version": 1, "score": {"ticksPerBeat": 480,
            "chords": [{"start": 0, "length": 1920, "chord": "C:maj"}],
            "tracks": [{"name": "Melody", "notes": [[0, 480, 60, 100]]}]},
            "generation": {"task": "melody", "density": -1, "device": "cuda", "steps": 5000}})");
        f.close();
        const Project p = loadProject(path);
        QCOMPARE(p.score.track(kMelodyTrack)->notes, (std::vector<Note>{{60, 0, 480, 100}}));
        QVERIFY(!p.score.chords.front().scale);
        QVERIFY(p.score.melodyRhythm.empty());
        QCOMPARE(p.generation.task, Task::Melody);
        QVERIFY(!p.generation.density);
        QCOMPARE(p.generation.steps, GenerationSettings{}.steps); // out of range: the default
    }

    void newerFormatIsRefused() {
        const QString path = dir_.filePath(QStringLiteral("future.fggproj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "fgg-studio project", "version": 99, "score": {}})");
        f.close();
        try {
            loadProject(path);
            QFAIL("a newer format was accepted");
        } catch (const FileFormatError& e) {
            const QString m = QString::fromUtf8(e.what());
            QVERIFY2(m.contains(QStringLiteral("newer")) && m.contains(QStringLiteral("99")), qPrintable(m));
            QVERIFY(m.contains(path));
        }
    }

    void brokenFilesSayWhere() {
        const QString path = dir_.filePath(QStringLiteral("broken.fggproj"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"format": "fgg-studio project", "version": 1, "score": {"tracks": [{"name": "Melody", "notes": [[0, 0, 200, 1]]}]}})");
        f.close();
        QVERIFY_THROWS_EXCEPTION(FileFormatError, loadProject(path));
    }

    void controllerRoundTripKeepsDocumentState() {
        QWidget window;
        Document doc;
        FileController files(&doc, &window);
        doc.reset(test::handWrittenPiece());
        doc.addNotes({{kMelodyTrack, {Note{90, 0, 120, 100}}}}, QStringLiteral("edit"));
        QVERIFY(doc.isModified());
        const QString path = dir_.filePath(QStringLiteral("saved.fggproj"));
        QVERIFY(files.saveTo(path));
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.filePath(), path);
        const Score saved = doc.score();
        doc.reset(emptyScore());
        QVERIFY(files.openPath(path));
        QCOMPARE(doc.score(), saved);
        QVERIFY(!doc.isModified());
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void musicXmlHasPartsChordsAndEveryMeasure() {
        const Score s = test::handWrittenPiece();
        const QString xml = QString::fromUtf8(toMusicXml(s, QStringLiteral("Demo")));
        QVERIFY(xml.contains(QStringLiteral("<score-partwise version=\"4.0\">")));
        QCOMPARE(xml.count(QStringLiteral("<score-part ")), 2);
        QCOMPARE(xml.count(QStringLiteral("<measure ")), 2 * 8);
        QCOMPARE(xml.count(QStringLiteral("<harmony>")), static_cast<int>(s.chords.size()));
        QVERIFY(xml.contains(QStringLiteral("<per-minute>100</per-minute>")));
    }
};

QTEST_MAIN(ProjectFileTest)
#include "gui_project_file_test.moc"
