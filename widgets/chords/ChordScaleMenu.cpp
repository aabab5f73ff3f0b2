#include "widgets/chords/ChordScaleMenu.h"

#include <QActionGroup>

namespace fgg::ui {

std::vector<std::pair<std::string, PitchClassSet>> chordScaleChoices(int rootPitchClass) {
    std::vector<std::pair<std::string, PitchClassSet>> out;
    for (const char* name :
         {"major", "dorian", "phrygian", "lydian", "mixolydian", "minor", "locrian", "harmonic minor",
          "melodic minor", "blues", "major pentatonic", "minor pentatonic"})
        out.emplace_back(name, Scale::named(name).intervals.transposed(((rootPitchClass % 12) + 12) % 12));
    return out;
}

ChordScaleMenu::ChordScaleMenu(const Chord& chord, const std::optional<PitchClassSet>& current,
                               QWidget* parent)
    : QMenu(tr("Scale for this chord"), parent) {
    setObjectName(QStringLiteral("chordScaleMenu"));
    auto* group = new QActionGroup(this);
    QAction* own = addAction(tr("The chord's own (default)"));
    own->setCheckable(true);
    own->setChecked(!current);
    group->addAction(own);
    connect(own, &QAction::triggered, this, [this] { Q_EMIT scaleChosen(std::nullopt); });
    addSeparator();
    const bool hasRoot = !chord.isNoChord();
    const int root = hasRoot ? chord.root() : 0;
    const QString rootName =
        hasRoot ? QString::fromStdString(chord.rootSpelling().name()) : QStringLiteral("C");
    for (const auto& [name, set] : chordScaleChoices(root)) {
        QAction* a = addAction(QStringLiteral("%1 %2").arg(rootName, QString::fromStdString(name)));
        a->setCheckable(true);
        a->setChecked(current && *current == set);
        group->addAction(a);
        const PitchClassSet chosen = set;
        connect(a, &QAction::triggered, this, [this, chosen] { Q_EMIT scaleChosen(chosen); });
    }
}

} // namespace fgg::ui
