#include "widgets/chords/ChordSuggestionMenu.h"

#include "widgets/chords/ChordSuggestions.h"

namespace fgg::ui {

ChordSuggestionMenu::ChordSuggestionMenu(const Key& key, const Chord& current,
                                         const std::vector<Chord>& likely, QWidget* parent)
    : QMenu(parent) {
    setTitle(tr("Suggestions in %1").arg(QString::fromStdString(key.toString())));
    setToolTipsVisible(true);
    auto addChord = [this, &current](QMenu* target, const Chord& chord, const QString& label) {
        const int index = static_cast<int>(chords_.size());
        chords_.push_back(chord);
        QAction* a = target->addAction(
            QStringLiteral("%1\t%2").arg(QString::fromStdString(chord.toLeadSheet()), label));
        a->setData(index);
        a->setCheckable(true);
        a->setChecked(chord == current);
        a->setToolTip(
            tr("Click to use %1; hover to hear it").arg(QString::fromStdString(chord.toLeadSheet())));
        connect(a, &QAction::hovered, this,
                [this, index] { Q_EMIT chordHovered(chords_[static_cast<std::size_t>(index)]); });
        connect(a, &QAction::triggered, this,
                [this, index] { Q_EMIT chordChosen(chords_[static_cast<std::size_t>(index)]); });
    };
    if (!likely.empty()) {
        addSection(tr("Likely here (learned from songs)"));
        for (const Chord& c : likely)
            addChord(this, c, romanNumeral(key, c));
    }
    using G = ChordSuggestion::Group;
    const std::pair<G, QString> groups[] = {{G::Diatonic, tr("Diatonic")},
                                            {G::Sevenths, tr("Sevenths")},
                                            {G::Borrowed, tr("Borrowed (modal interchange)")},
                                            {G::SecondaryDominant, tr("Secondary dominants")}};
    const auto suggestions = chordSuggestions(key);
    for (const auto& [group, title] : groups) {
        QMenu* target = this;
        if (group != G::Diatonic)
            target = addMenu(title);
        else
            addSection(title);
        for (const ChordSuggestion& s : suggestions)
            if (s.group == group) addChord(target, s.chord, s.function);
    }
}

} // namespace fgg::ui
