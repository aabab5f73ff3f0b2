// Typing chords: a whole lead sheet in the progression line, one chord in place in the chord lane, and the
// message a bad symbol gets (never silently dropped).
#include <QtTest> // first: moc must see Qt before <compare>

#include "app/studio/Document.h"
#include "widgets/chords/ChordLane.h"
#include "widgets/chords/ChordSuggestions.h"
#include "widgets/chords/LeadSheetEdit.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QLabel>
#include <QLineEdit>

using namespace fgg;
using fgg::studio::Document;

class ChordLaneTest : public QObject {
    Q_OBJECT

    Document* doc_ = nullptr;
    ui::PianoRollView* view_ = nullptr;
    ui::LeadSheetEdit* sheet_ = nullptr;

    void applyLeadSheet(const LeadSheet& s) {
        const Tick bar = doc_->score().ticksPerBar();
        doc_->setChords(s.toChordSpans(bar), QStringLiteral("Set progression"),
                        static_cast<Tick>(s.bars.size()) * bar);
    }

private Q_SLOTS:
    void init() {
        doc_ = new Document;
        view_ = new ui::PianoRollView;
        view_->setEditor(doc_);
        connect(doc_, &Document::changed, view_, &ui::PianoRollView::refresh);
        sheet_ = new ui::LeadSheetEdit;
        connect(sheet_, &ui::LeadSheetEdit::leadSheetEntered, this, &ChordLaneTest::applyLeadSheet);
        view_->resize(1000, 600);
        view_->show();
        sheet_->show();
        QVERIFY(QTest::qWaitForWindowExposed(view_));
    }
    void cleanup() {
        delete sheet_;
        delete view_;
        delete doc_;
    }

    void typingALeadSheet() {
        QLineEdit* line = sheet_->line();
        line->clear();
        QTest::keyClicks(line, QStringLiteral("| C G | Am7 | F | G7 |"));
        QTest::keyClick(line, Qt::Key_Return);
        const auto& chords = doc_->score().chords;
        QCOMPARE(chords.size(), std::size_t(5));
        QCOMPARE(QString::fromStdString(chords[2].chord.toLeadSheet()), QStringLiteral("Am7"));
        QCOMPARE(chords[1].start, Tick(960)); // two chords share bar 1
        QCOMPARE(doc_->score().length, 4 * doc_->score().ticksPerBar());
        QVERIFY(sheet_->errorText().isEmpty());
        doc_->undoStack()->undo();
        QVERIFY(doc_->score().chords.empty());
    }

    void aBadSymbolIsExplainedNotDropped() {
        QLineEdit* line = sheet_->line();
        line->clear();
        QTest::keyClicks(line, QStringLiteral("| C G | Hm7 | F |"));
        QTest::keyClick(line, Qt::Key_Return);
        QVERIFY(doc_->score().chords.empty()); // nothing applied
        const QString message = sheet_->errorText();
        QVERIFY2(message.contains(QStringLiteral("Hm7")) || message.contains(QStringLiteral("position")),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("position")), qPrintable(message));
        QCOMPARE(line->selectedText(), QStringLiteral("Hm7"));       // the offending symbol is selected
        QCOMPARE(line->text(), QStringLiteral("| C G | Hm7 | F |")); // the text is kept for fixing
    }

    void editingOneChordInPlace() {
        applyLeadSheet(LeadSheet::parse("| C | G | Am | F |"));
        ui::ChordLane* lane = view_->chordLane();
        lane->selectIndex(1);
        lane->beginEdit(1);
        QVERIFY(lane->isEditing());
        QLineEdit* editor = lane->inlineEditor();
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("G7sus4"));
        QTest::keyClick(editor, Qt::Key_Return);
        QVERIFY2(!lane->isEditing(), qPrintable(lane->lastError()));
        QCOMPARE(QString::fromStdString(doc_->score().chords[1].chord.toLeadSheet()),
                 QStringLiteral("G7sus4"));
        doc_->undoStack()->undo();
        QCOMPARE(QString::fromStdString(doc_->score().chords[1].chord.toLeadSheet()), QStringLiteral("G"));
    }

    void aBadSymbolInTheLaneKeepsTheEditorOpen() {
        applyLeadSheet(LeadSheet::parse("| C | G |"));
        ui::ChordLane* lane = view_->chordLane();
        lane->beginEdit(0);
        QLineEdit* editor = lane->inlineEditor();
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("Cmaj13#"));
        QSignalSpy errors(lane, &ui::ChordLane::errorMessage);
        QTest::keyClick(editor, Qt::Key_Return);
        QCOMPARE(errors.count(), 1);
        QVERIFY(lane->isEditing());
        QVERIFY(lane->lastError().contains(QStringLiteral("Cmaj13#")));
        QCOMPARE(QString::fromStdString(doc_->score().chords[0].chord.toLeadSheet()), QStringLiteral("C"));
        lane->cancelEdit();
    }

    void splitAndMerge() {
        applyLeadSheet(LeadSheet::parse("| C | G |"));
        ui::ChordLane* lane = view_->chordLane();
        lane->selectIndex(0);
        lane->splitSelected(960);
        QCOMPARE(doc_->score().chords.size(), std::size_t(3));
        QCOMPARE(doc_->score().chords[1].start, Tick(960));
        lane->selectIndex(0);
        lane->mergeSelectedWithNext();
        QCOMPARE(doc_->score().chords.size(), std::size_t(2));
        QCOMPARE(doc_->score().chords[0].length, Tick(1920));
    }

    void suggestionsForAKey() {
        const Key c = Key::parse("C");
        const auto s = ui::chordSuggestions(c);
        QStringList symbols;
        for (const auto& x : s)
            symbols << QString::fromStdString(x.chord.toLeadSheet()) + QLatin1Char('=') + x.function;
        QVERIFY2(symbols.contains(QStringLiteral("Dm=ii")), qPrintable(symbols.join(QLatin1Char(' '))));
        QVERIFY(symbols.contains(QStringLiteral("G7=V7")));
        QVERIFY(symbols.contains(QStringLiteral("Bb=bVII")));
        QVERIFY(symbols.contains(QStringLiteral("E7=V7/vi")));
    }
};

QTEST_MAIN(ChordLaneTest)
#include "gui_chord_lane_test.moc"
