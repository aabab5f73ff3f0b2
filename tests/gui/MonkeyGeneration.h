#pragma once
// The monkey's dice and its generation actions (gui_monkey_test): the random choices every action makes, and
// what a user does with the generation panel, the candidate strip and the transport. Settings stay cheap (1-2
// steps, 1-2 candidates, at most 4 bars) so that thousands of actions run in about a minute with the shipped
// models.
#include "app/studio/Actions.h"
#include "app/studio/MainWindow.h"
#include "tests/gui/MonkeyRoundTrips.h"
#include "widgets/generation/CandidateStrip.h"
#include "widgets/generation/GenerationPanel.h"
#include "widgets/pianoroll/PianoRollView.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTest>
#include <random>
#include <utility>

namespace fgg::test {

class GenerationActions : public RoundTrips {
public:
    GenerationActions(studio::MainWindow& w, quint64 seed, QString projectPath)
        : RoundTrips(w, std::move(projectPath)), rng_(seed) {}

protected:
    int in(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng_); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0, 1)(rng_) < p; }
    template <typename T>
    T pick(std::initializer_list<T> items) {
        return *(items.begin() + in(0, static_cast<int>(items.size()) - 1));
    }
    Qt::KeyboardModifiers modifiers() {
        return pick({Qt::KeyboardModifiers(), Qt::KeyboardModifiers(), Qt::KeyboardModifiers(),
                     Qt::KeyboardModifiers(Qt::ShiftModifier), Qt::KeyboardModifiers(Qt::ControlModifier)});
    }
    studio::Actions& actions() { return *w_.actions(); }
    ui::PianoRollView* roll() { return w_.roll(); }
    template <typename T>
    T* named(QWidget* parent, const char* name) {
        return parent->findChild<T*>(QLatin1String(name));
    }
    static QString at(QPoint p) { return QStringLiteral("(%1,%2)").arg(p.x()).arg(p.y()); }

    /// Steps and candidates stay small; everything else may take any value the panel offers.
    void cheapSettings() {
        ui::GenerationPanel* panel = w_.generationPanel();
        named<QSpinBox>(panel, "steps")->setValue(in(1, 2));
        named<QSpinBox>(panel, "candidates")->setValue(in(1, 2));
        if (doc().score().bars() > 4) named<QSpinBox>(&w_, "bars")->setValue(in(1, 4));
    }
    QString setting() {
        ui::GenerationPanel* panel = w_.generationPanel();
        switch (in(0, 6)) {
        case 0:
            cheapSettings();
            return QStringLiteral("setting steps/candidates");
        case 1:
        case 2: {
            auto* box = named<QComboBox>(panel, pick({"task", "guidance", "style", "regenerateTrack"}));
            box->setCurrentIndex(in(0, box->count() - 1));
            return QStringLiteral("setting %1 = %2").arg(box->objectName(), box->currentText());
        }
        case 3: {
            for (QLineEdit* line : panel->findChildren<QLineEdit*>())
                if (line->placeholderText().contains(QLatin1String("dorian"))) {
                    const QString scale = pick({QStringLiteral("C D Eb G A"), QStringLiteral("A dorian"),
                                                QStringLiteral("nonsense"), QString()});
                    line->setText(scale);
                    Q_EMIT line->editingFinished();
                    return QStringLiteral("setting custom scale '%1'").arg(scale);
                }
            return QStringLiteral("setting (no custom scale field)");
        }
        case 4: {
            auto* slider = panel->findChild<QSlider*>();
            if (auto* use = slider ? slider->parentWidget()->findChild<QCheckBox*>() : nullptr)
                use->setChecked(chance(0.5));
            if (slider) slider->setValue(in(slider->minimum(), slider->maximum()));
            return QStringLiteral("setting density");
        }
        case 5:
            named<QDoubleSpinBox>(panel, "cfgScale")->setValue(in(0, 40) / 2.0);
            return QStringLiteral("setting cfg");
        default:
            named<QSpinBox>(panel, "seed")->setValue(in(0, 1000000));
            return QStringLiteral("setting seed");
        }
    }

    QString generate() {
        if (chance(0.2)) { // Continue Melody: the melody so far carried on to the end
            pressGenerate(Press::Continue, [&] { actions().continueMelody->trigger(); });
            return QStringLiteral("continue melody");
        }
        const bool button = chance(0.5);
        pressGenerate(Press::Generate, [&] {
            if (button)
                QTest::mouseClick(w_.generationPanel()->generateButton(), Qt::LeftButton);
            else
                actions().generate->trigger();
        });
        return QStringLiteral("generate (%1)").arg(button ? "button" : "Ctrl+G");
    }
    QString regenerate() {
        pressGenerate(Press::Regenerate,
                      [&] { QTest::mouseClick(w_.generationPanel()->regenerateButton(), Qt::LeftButton); });
        const Tick bar = doc().score().ticksPerBar();
        return QStringLiteral("regenerate ticks %1-%2 (bars %3-%4 of %5)")
            .arg(roll()->region().start)
            .arg(roll()->region().end)
            .arg(roll()->region().start / bar + 1)
            .arg((roll()->region().end - 1) / bar + 1)
            .arg(doc().score().bars());
    }
    QString cancel() {
        QTest::mouseClick(w_.generationPanel()->cancelButton(), Qt::LeftButton);
        return QStringLiteral("cancel");
    }

    QString candidate() {
        ui::CandidateStrip* strip = w_.candidates();
        if (strip->count() == 0) return wait();
        const int i = in(0, strip->count() - 1);
        switch (in(0, 4)) {
        case 0:
            strip->setCurrent(i);
            return QStringLiteral("preview candidate %1").arg(i + 1);
        case 1:
            QTest::mouseClick(strip->playButton(i), Qt::LeftButton);
            return QStringLiteral("audition candidate %1").arg(i + 1);
        case 2:
            for (QPushButton* b : strip->findChildren<QPushButton*>())
                if (b->text().contains(QLatin1String("Discard"))) QTest::mouseClick(b, Qt::LeftButton);
            return QStringLiteral("discard candidates");
        default:
            return acceptCandidate(i);
        }
    }

    QString transport() {
        QAction* a = pick({actions().play, actions().play, actions().stop, actions().toStart});
        a->trigger();
        return QStringLiteral("transport %1").arg(a->text().remove(QLatin1Char('&')));
    }

    QString wait() {
        const int ms = in(10, 300);
        QTest::qWait(ms);
        return QStringLiteral("wait %1 ms").arg(ms);
    }

    std::mt19937_64 rng_;
};

} // namespace fgg::test
