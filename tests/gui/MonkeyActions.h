#pragma once
// The monkey of gui_monkey_test: one random user action at a time on a MainWindow, through the widgets a user
// touches (mouse and keys on the roll, the ruler, the chord, velocity and rhythm lanes; the lead-sheet line;
// tool-bar controls; menu actions), the generation panel, candidates and transport (MonkeyGeneration.h), and
// file actions that check what they wrote (MonkeyRoundTrips.h).
#include "app/studio/Actions.h"
#include "app/studio/Document.h"
#include "app/studio/GenerationFlow.h"
#include "app/studio/MainWindow.h"
#include "tests/gui/MonkeyGeneration.h"
#include "widgets/chords/ChordLane.h"
#include "widgets/chords/LeadSheetEdit.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"
#include "widgets/pianoroll/RhythmLane.h"
#include "widgets/pianoroll/TimeRuler.h"
#include "widgets/pianoroll/VelocityLane.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <optional>
#include <random>
#include <utility>

namespace fgg::test {

class Monkey : public GenerationActions {
public:
    Monkey(studio::MainWindow& w, quint64 seed, QString projectPath)
        : GenerationActions(w, seed, std::move(projectPath)) {}

    /// Cheap generation settings and a progression to generate over: the state a user starts from.
    void prepare() {
        rememberBase();
        cheapSettings();
        typeLeadSheet(QStringLiteral("| C G | Am7 | F | G7 |"));
    }

    /// One random action; returns what it did (its first word names the kind).
    QString act() {
        if (hold_) return whileHolding();
        struct Kind {
            int weight;
            QString (Monkey::*run)();
        };
        static const Kind kinds[] = {
            {22, &Monkey::rollGesture},  {10, &Monkey::rollKey},   {10, &Monkey::editAction},
            {8, &Monkey::undo},          {5, &Monkey::redo},       {4, &Monkey::ruler},
            {3, &Monkey::lanes},         {5, &Monkey::chordLane},  {3, &Monkey::leadSheet},
            {4, &Monkey::toolBar},       {3, &Monkey::view},       {4, &Monkey::setting},
            {5, &Monkey::generate},      {3, &Monkey::regenerate}, {2, &Monkey::cancel},
            {6, &Monkey::candidate},     {4, &Monkey::transport},  {3, &Monkey::wait},
            {2, &Monkey::save},          {1, &Monkey::load},       {1, &Monkey::newPiece},
            {1, &Monkey::undoRoundTrip}, {1, &Monkey::autosave}};
        int total = 0;
        for (const Kind& k : kinds)
            total += k.weight;
        int r = in(0, total - 1);
        for (const Kind& k : kinds) {
            if (r < k.weight) return (this->*k.run)();
            r -= k.weight;
        }
        return {};
    }

    /// Lets go of a gesture still held at the end of a run.
    void letGo() {
        if (!hold_) return;
        hold_->actionsLeft = 0;
        whileHolding();
    }

    /// A pop-up menu (the chord lane's suggestions) is open: pick an entry or close it, as a user would.
    void answerPopup(QWidget* popup) {
        if (chance(0.3)) {
            popup->close();
            return;
        }
        for (int i = in(0, 4); i-- > 0;)
            QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        if (popup->isVisible()) popup->close();
    }

private:
    /// A point in the roll's viewport: on a note (its body, or its end where the resize handle is) or
    /// anywhere.
    QPoint rollPoint() {
        QWidget* vp = roll()->viewport();
        std::vector<Note> notes;
        for (const char* t : {kMelodyTrack, kAccompanimentTrack})
            if (const Track* track = doc().score().track(t))
                notes.insert(notes.end(), track->notes.begin(), track->notes.end());
        if (!notes.empty() && chance(0.6)) {
            const Note n = notes[static_cast<std::size_t>(in(0, static_cast<int>(notes.size()) - 1))];
            if (chance(0.7)) {
                roll()->ensureTickVisible(n.start);
                roll()->centrePitch(n.pitch);
            }
            const auto& g = roll()->rollGeometry();
            const double x0 = g.tickToX(n.start), x1 = g.tickToX(n.end());
            const double x = chance(0.3) ? x1 - 2 : x0 + std::min(4.0, (x1 - x0) / 3);
            return {static_cast<int>(x) - roll()->horizontalScrollBar()->value(),
                    static_cast<int>(g.pitchToY(n.pitch) + g.rowHeight() / 2) -
                        roll()->verticalScrollBar()->value()};
        }
        return {in(0, vp->width() - 1), in(0, vp->height() - 1)};
    }
    static void drag(QWidget* on, Qt::KeyboardModifiers mods, QPoint from, QPoint to) {
        QTest::mousePress(on, Qt::LeftButton, mods, from);
        QTest::mouseMove(on, (from + to) / 2);
        QTest::mouseMove(on, to);
        QTest::mouseRelease(on, Qt::LeftButton, mods, to);
    }

    QString rollGesture() {
        QAction* tool =
            pick({actions().selectTool, actions().selectTool, actions().drawTool, actions().eraseTool});
        tool->trigger();
        const QString name = tool->text().remove(QLatin1Char('&'));
        QWidget* vp = roll()->viewport();
        const QPoint p = rollPoint();
        const Qt::KeyboardModifiers mods = modifiers();
        switch (in(0, 10)) {
        case 0:
            QTest::mouseDClick(vp, Qt::LeftButton, mods, p);
            return QStringLiteral("roll double-click with %1 at %2").arg(name, at(p));
        case 10:
            return press(vp, mods, p, p + QPoint(in(-120, 120), in(-60, 60)),
                         QStringLiteral("roll press with %1").arg(name));
        case 1:
        case 2:
        case 3:
        case 4: {
            const QPoint to = p + QPoint(in(-120, 120), in(-60, 60));
            drag(vp, mods, p, to);
            return QStringLiteral("roll drag with %1 %2 -> %3").arg(name, at(p), at(to));
        }
        default:
            QTest::mouseClick(vp, Qt::LeftButton, mods, p);
            return QStringLiteral("roll click with %1 at %2").arg(name, at(p));
        }
    }

    /// A gesture held across other actions: the button goes down now and comes up a few actions later, with
    /// only what a user can do meanwhile (keys and shortcuts; the worker finishing) in between.
    struct Hold {
        QPointer<QWidget> on;
        Qt::KeyboardModifiers mods;
        QPoint to;
        int actionsLeft = 0;
    };
    std::optional<Hold> hold_;

    QString press(QWidget* on, Qt::KeyboardModifiers mods, QPoint from, QPoint to, const QString& what) {
        QTest::mousePress(on, Qt::LeftButton, mods, from);
        QTest::mouseMove(on, (from + to) / 2);
        hold_ = Hold{on, mods, to, in(1, 3)};
        return QStringLiteral("%1 at %2, held").arg(what, at(from));
    }
    QString whileHolding() {
        if (hold_->actionsLeft-- > 0) {
            switch (in(0, 4)) {
            case 0:
                return undo();
            case 1:
                return redo();
            case 2:
                return rollKey();
            case 3:
                return editAction();
            default:
                return wait();
            }
        }
        const Hold h = *std::exchange(hold_, std::nullopt);
        if (!h.on) return QStringLiteral("release (the widget is gone)");
        QTest::mouseMove(h.on, h.to);
        QTest::mouseRelease(h.on, Qt::LeftButton, h.mods, h.to);
        return QStringLiteral("release at %1").arg(at(h.to));
    }

    QString rollKey() {
        const Qt::Key key = pick({Qt::Key_Up, Qt::Key_Down, Qt::Key_Left, Qt::Key_Right, Qt::Key_Delete,
                                  Qt::Key_Backspace, Qt::Key_Escape});
        const Qt::KeyboardModifiers mods = chance(0.3) ? Qt::ShiftModifier : Qt::NoModifier;
        QTest::keyClick(roll(), key, mods);
        return QStringLiteral("key %1%2")
            .arg(mods ? QStringLiteral("shift+") : QString())
            .arg(QKeySequence(key).toString());
    }

    QString editAction() {
        QAction* a =
            pick({actions().selectAll, actions().cut, actions().copy, actions().paste, actions().duplicate,
                  actions().remove, actions().quantise, actions().transposeUp, actions().transposeDown,
                  actions().octaveUp, actions().octaveDown, actions().harmonise, actions().selectAll,
                  actions().paste, actions().detectChords, actions().lockNotes, actions().unlockNotes,
                  actions().lockNotes, actions().copyAsMidi});
        a->trigger();
        return QStringLiteral("edit %1").arg(a->text().remove(QLatin1Char('&')));
    }

    QString undo() {
        actions().undo->trigger();
        return QStringLiteral("undo");
    }
    QString redo() {
        actions().redo->trigger();
        return QStringLiteral("redo");
    }

    QString ruler() {
        ui::TimeRuler* r = roll()->ruler();
        const int y = r->height() / 2;
        const int x0 = in(0, r->width() - 1);
        if (chance(0.3)) {
            QTest::mouseClick(r, Qt::LeftButton, {}, QPoint(x0, y));
            return QStringLiteral("ruler click at %1").arg(x0);
        }
        const int x1 = std::clamp(x0 + in(-300, 300), 0, r->width() - 1);
        drag(r, {}, QPoint(x0, y), QPoint(x1, y));
        return QStringLiteral("ruler drag %1 -> %2").arg(x0).arg(x1);
    }

    /// The lanes under the roll: velocities, and the rhythm lane's onsets (clicks, drags, its menu).
    QString lanes() {
        const bool rhythm = chance(0.5);
        QWidget* lane = rhythm ? static_cast<QWidget*>(roll()->rhythmLane()) : roll()->velocityLane();
        if (!lane || !lane->isVisible()) return wait();
        const QString name = rhythm ? QStringLiteral("rhythm") : QStringLiteral("velocity");
        const QPoint a(in(0, lane->width() - 1), in(0, lane->height() - 1));
        const QPoint b(std::clamp(a.x() + in(-80, 80), 0, lane->width() - 1), in(0, lane->height() - 1));
        if (rhythm && chance(0.15)) { // its menu (from the melody, clear); answerPopup() picks
            QContextMenuEvent menu(QContextMenuEvent::Mouse, a, lane->mapToGlobal(a));
            QCoreApplication::sendEvent(lane, &menu);
            return QStringLiteral("rhythm menu at %1").arg(at(a));
        }
        if (chance(0.2)) return press(lane, {}, a, b, name + QStringLiteral(" press"));
        if (chance(0.4)) {
            QTest::mouseClick(lane, Qt::LeftButton, {}, a);
            return name + QStringLiteral(" click at ") + at(a);
        }
        drag(lane, {}, a, b);
        return name + QStringLiteral(" drag %1 -> %2").arg(at(a), at(b));
    }

    QString randomChord() {
        return pick({QStringLiteral("C"), QStringLiteral("Am7"), QStringLiteral("F"), QStringLiteral("G7"),
                     QStringLiteral("Dm7"), QStringLiteral("Gsus2"), QStringLiteral("Asus4"),
                     QStringLiteral("E7sus4"), QStringLiteral("Bm7b5"), QStringLiteral("C/E"),
                     QStringLiteral("D/F#"), QStringLiteral("Ebmaj7"), QStringLiteral("F#m"),
                     QStringLiteral("Bbadd9"), QStringLiteral("N.C."), QStringLiteral("H7"), QString()});
    }

    QString chordLane() {
        ui::ChordLane* lane = roll()->chordLane();
        const QPoint p(in(0, lane->width() - 1), lane->height() / 2);
        switch (in(0, 5)) {
        case 0: {
            QTest::mouseDClick(lane, Qt::LeftButton, {}, p);
            const QString chord = randomChord();
            if (QLineEdit* line = lane->inlineEditor(); line && line->isVisible()) {
                line->selectAll();
                QTest::keyClicks(line, chord);
                QTest::keyClick(line, chance(0.8) ? Qt::Key_Return : Qt::Key_Escape);
            }
            return QStringLiteral("chord edit at %1: '%2'").arg(p.x()).arg(chord);
        }
        case 1: {
            // The suggestion menu, as a right click opens it; answerPopup() picks from it.
            QContextMenuEvent menu(QContextMenuEvent::Mouse, p, lane->mapToGlobal(p));
            QCoreApplication::sendEvent(lane, &menu);
        }
            return QStringLiteral("chord menu at %1").arg(p.x());
        case 2: {
            const QPoint to(std::clamp(p.x() + in(-100, 100), 0, lane->width() - 1), p.y());
            if (chance(0.2)) return press(lane, {}, p, to, QStringLiteral("chord press"));
            drag(lane, {}, p, to); // moves a chord boundary when it starts on one
            return QStringLiteral("chord drag %1 -> %2").arg(p.x()).arg(to.x());
        }
        default: {
            QTest::mouseClick(lane, Qt::LeftButton, {}, p);
            const Qt::Key key =
                pick({Qt::Key_Delete, Qt::Key_Left, Qt::Key_Right, Qt::Key_F2, Qt::Key_Escape});
            QTest::keyClick(lane, key);
            if (QLineEdit* line = lane->inlineEditor(); line && line->isVisible()) {
                QTest::keyClicks(line, randomChord());
                QTest::keyClick(line, Qt::Key_Return);
                if (line->isVisible()) QTest::keyClick(line, Qt::Key_Escape); // an error bubble: give up
            }
            return QStringLiteral("chord key %1 at %2").arg(QKeySequence(key).toString()).arg(p.x());
        }
        }
    }

    void typeLeadSheet(const QString& text) {
        QLineEdit* line = w_.leadSheet()->line();
        line->selectAll();
        QTest::keyClick(line, Qt::Key_Backspace);
        QTest::keyClicks(line, text);
        QTest::keyClick(line, Qt::Key_Return);
    }
    QString leadSheet() {
        QString text = QStringLiteral("|");
        for (int bar = in(1, 4); bar-- > 0;) {
            for (int c = in(1, 2); c-- > 0;)
                text += QLatin1Char(' ') + randomChord();
            text += QStringLiteral(" |");
        }
        typeLeadSheet(text);
        return QStringLiteral("leadsheet '%1'").arg(text);
    }

    QString toolBar() {
        switch (in(0, 4)) {
        case 0: {
            const double bpm = pick({60.0, 96.0, 120.0, 133.3, 180.5, 20.0, 400.0});
            named<QDoubleSpinBox>(&w_, "tempo")->setValue(bpm);
            return QStringLiteral("tempo %1").arg(bpm);
        }
        case 1: {
            auto* key = named<QComboBox>(&w_, "key");
            const int i = in(0, key->count() - 1);
            key->setCurrentIndex(i);
            Q_EMIT key->activated(i);
            return QStringLiteral("key %1").arg(key->currentText());
        }
        case 2: {
            const int bars = in(1, 4);
            named<QSpinBox>(&w_, "bars")->setValue(bars);
            return QStringLiteral("bars %1").arg(bars);
        }
        case 3: {
            auto* snap = named<QComboBox>(&w_, "snap");
            snap->setCurrentIndex(in(0, snap->count() - 1));
            return QStringLiteral("snap %1").arg(snap->currentText());
        }
        default: {
            auto* track = named<QComboBox>(&w_, "drawTrack");
            track->setCurrentIndex(in(0, track->count() - 1));
            return QStringLiteral("drawtrack %1").arg(track->currentText());
        }
        }
    }

    QString view() {
        QAction* a = pick({actions().zoomIn, actions().zoomOut, actions().zoomInVertical,
                           actions().zoomOutVertical, actions().showMelody, actions().showAccompaniment,
                           actions().lockMelody, actions().lockAccompaniment, actions().followPlayhead,
                           actions().metronome, actions().loop});
        a->trigger();
        return QStringLiteral("view %1").arg(a->text().remove(QLatin1Char('&')));
    }

    QString save() {
        fail(saveAndReadBack());
        return QStringLiteral("save");
    }
    QString load() {
        fail(openSaved());
        return QStringLiteral("load");
    }
    QString newPiece() {
        fail(startNewPiece());
        cheapSettings(); // a new piece starts from the default settings: 10 steps, 3 candidates, 8 bars
        typeLeadSheet(QStringLiteral("| Dm7 G7 | C |"));
        return QStringLiteral("new piece");
    }
    QString undoRoundTrip() {
        fail(checkUndoRoundTrip());
        return QStringLiteral("undoall and redoall");
    }
    QString autosave() {
        fail(checkAutosave());
        return QStringLiteral("autosave");
    }
};

} // namespace fgg::test
