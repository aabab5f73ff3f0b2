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
        p.score.tracks.push_back(Track{"Strings", 48, 2, {Note{50, 10, 7, 33}}});
        p.generation.task = Task::Accompaniment;
        p.generation.guidance = GuidanceMode::Round;
        p.generation.style = ui::ScaleStyle::Custom;
        p.generation.customScale = QStringLiteral("C D Eb G A");
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
