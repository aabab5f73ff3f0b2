#pragma once
// "Scale for this chord": the pitch classes generation may use while a chord sounds (issue 17). The chord's
// own table is the default; the modes, the blues scale and the pentatonics on the chord's root replace it for
// that chord (a Dorian bar, a blues bar) and win over the piece-wide style.
#include "model/music/Score.h"

#include <QMenu>
#include <optional>

namespace fgg::ui {

class ChordScaleMenu : public QMenu {
    Q_OBJECT
public:
    /// `current`: the span's scale now (unset: the chord's own).
    ChordScaleMenu(const Chord& chord, const std::optional<PitchClassSet>& current,
                   QWidget* parent = nullptr);

Q_SIGNALS:
    /// Unset: back to the chord's own table.
    void scaleChosen(const std::optional<fgg::PitchClassSet>& scale);
};

/// The scales the menu offers on `root`, by name ("dorian", ...), with the pitch classes of each.
std::vector<std::pair<std::string, PitchClassSet>> chordScaleChoices(int rootPitchClass);

} // namespace fgg::ui
