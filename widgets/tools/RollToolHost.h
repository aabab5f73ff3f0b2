#pragma once
// What a roll tool may use of the view it works in. PianoRollView implements it; the tools hold no state
// about the score, only about the gesture in progress.
#include "widgets/ground/NoteTypes.h"
#include "widgets/ground/PianoRollGeometry.h"
#include "widgets/ground/ScoreEditor.h"

#include <QPointF>
#include <QRectF>
#include <optional>
#include <string>

namespace fgg::ui {

struct NoteHit {
    std::string track;
    Note note;
    bool onRightEdge = false; ///< the mouse is on the note's end: a drag resizes
};

class RollToolHost {
public:
    virtual ~RollToolHost() = default;

    virtual const PianoRollGeometry& rollGeometry() const = 0;
    virtual SnapMode snapMode() const = 0;
    virtual ScoreEditor* editor() const = 0;
    /// The topmost note under `contentPos` in a visible, unlocked track.
    virtual std::optional<NoteHit> noteAt(QPointF contentPos) const = 0;
    /// Every note of a visible, unlocked track that intersects `contentRect`.
    virtual NotesByTrack notesIn(const QRectF& contentRect) const = 0;
    /// The track new notes go to.
    virtual std::string activeTrack() const = 0;

    virtual const NoteSelection& selection() const = 0;
    virtual void setSelection(const NoteSelection& selection) = 0;
    /// While a gesture runs: notes in `hidden` are not painted, `shown` are painted in their place.
    virtual void setPreview(const NoteSelection& hidden, const NotesByTrack& shown) = 0;
    virtual void clearPreview() = 0;
    virtual void setRubberBand(const std::optional<QRectF>& contentRect) = 0;
    virtual void setRegion(const ScoreRegion& region) = 0;

    /// Plays a pitch briefly (clicking or dragging a note).
    virtual void audition(int pitch, int velocity) = 0;
    virtual Tick defaultNoteLength() const = 0;
    virtual void setDefaultNoteLength(Tick length) = 0;
};

} // namespace fgg::ui
