#pragma once
// Paints the roll's background: key rows, the chord mask (pitches the current chord does not allow, shaded),
// and the bar / beat / 16th lines. Coordinates are content coordinates.
#include "model/music/Score.h"
#include "widgets/ground/PianoRollGeometry.h"

#include <QRectF>

class QPainter;

namespace fgg::ui {

struct GridOptions {
    bool showChordMask = true;
    Tick endTick = 0; ///< the piece ends here: the area after it is dimmed
};

void paintGrid(QPainter& p, const PianoRollGeometry& g, const QRectF& visible, const Score& score,
               const GridOptions& options);

} // namespace fgg::ui
