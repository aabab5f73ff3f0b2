#pragma once
// The editable piano roll: a custom-painted scroll area with the keyboard at the left, the ruler and the
// chord lane on top and the velocity lane below, all on one time axis. Grid and notes are painted into a
// cached pixmap; gestures in progress, ghost notes, the region and the playhead are painted over it.
#include <QAbstractScrollArea> // first: moc must see Qt before <compare>

#include "widgets/ground/NoteTypes.h"
#include "widgets/ground/RollAxis.h"
#include "widgets/ground/ScoreEditor.h"
#include "widgets/tools/RollTool.h"
#include "widgets/tools/RollToolHost.h"

#include <QPixmap>
#include <array>
#include <map>
#include <memory>
#include <optional>

namespace fgg::ui {

class ChordLane;
class PianoKeyboard;
class RollTool;
class TimeRuler;
class RhythmLane;
class VelocityLane;

class PianoRollView : public QAbstractScrollArea, public RollToolHost {
    Q_OBJECT
public:
    enum class Tool { Select, Draw, Erase };

    explicit PianoRollView(QWidget* parent = nullptr);
    ~PianoRollView() override;

    void setEditor(ScoreEditor* editor);
    ScoreEditor* editor() const override { return editor_; }
    /// The score changed: prunes the selection to notes that still exist and repaints.
    void refresh();

    RollAxis* axis() const { return axis_; }
    ChordLane* chordLane() const { return chordLane_; }
    PianoKeyboard* keyboard() const { return keyboard_; }
    TimeRuler* ruler() const { return ruler_; }
    VelocityLane* velocityLane() const { return velocityLane_; }
    RhythmLane* rhythmLane() const { return rhythmLane_; }

    Tool tool() const { return toolKind_; }
    void setTool(Tool tool);
    SnapMode snapMode() const override { return snap_; }
    void setSnapMode(SnapMode mode) { snap_ = mode; }
    std::string activeTrack() const override;
    void setActiveTrack(const std::string& track) { activeTrack_ = track; }
    bool isTrackVisible(const std::string& track) const;
    bool isTrackLocked(const std::string& track) const;
    void setTrackVisible(const std::string& track, bool visible);
    void setTrackLocked(const std::string& track, bool locked);
    bool isTrackEditable(const std::string& track) const {
        return isTrackVisible(track) && !isTrackLocked(track);
    }

    /// Ghost notes: the live preview of a generation (outlines, not editable).
    void setGhostNotes(const NotesByTrack& notes);
    void clearGhostNotes() { setGhostNotes({}); }
    const NotesByTrack& ghostNotes() const { return ghosts_; }

    Tick playhead() const { return playhead_; }
    void setPlayhead(Tick tick);
    bool followsPlayhead() const { return follow_; }
    void setFollowPlayhead(bool follow) { follow_ = follow; }
    void ensureTickVisible(Tick tick);
    /// Scrolls so that `pitch` is in the middle.
    void centrePitch(int pitch);

    const NoteSelection& selection() const override { return selection_; }
    void setSelection(const NoteSelection& selection) override;
    const ScoreRegion& region() const { return region_; }
    void setRegion(const ScoreRegion& region) override;

    // Editing the selection (menu actions).
    void selectAll();
    void deleteSelection();
    /// Moves the selection by `semitones` and `ticks` (arrow keys).
    void nudgeSelection(int semitones, Tick ticks);
    void quantiseSelection();
    /// Locks (or unlocks) the selected notes: Generate and Regenerate keep locked notes and write around
    /// them. One undo step.
    void setSelectionLocked(bool locked);
    void copySelection();
    void cutSelection();
    /// Pastes the clipboard at the playhead (snapped), into the tracks it was copied from.
    void paste();
    void duplicateSelection();
    bool hasSelection() const;

    void zoomHorizontally(double factor);
    /// Horizontal zoom that shows the whole piece (within sensible limits), scrolled to the start.
    void zoomToFit();
    void zoomVertically(double factor);

    // RollToolHost
    const PianoRollGeometry& rollGeometry() const override { return axis_->geometry(); }
    std::optional<NoteHit> noteAt(QPointF contentPos) const override;
    NotesByTrack notesIn(const QRectF& contentRect) const override;
    void setPreview(const NoteSelection& hidden, const NotesByTrack& shown) override;
    void clearPreview() override;
    void setRubberBand(const std::optional<QRectF>& contentRect) override;
    void audition(int pitch, int velocity) override;
    Tick defaultNoteLength() const override { return defaultLength_; }
    void setDefaultNoteLength(Tick length) override { defaultLength_ = length; }

Q_SIGNALS:
    void selectionChanged();
    void regionChanged(const fgg::ScoreRegion& region);
    void toolChanged(fgg::ui::PianoRollView::Tool tool);
    /// The mouse is over `tick` and `pitch` (-1 when it left the roll).
    void hoverChanged(fgg::Tick tick, int pitch);
    void auditionRequested(int pitch, int velocity);
    void seekRequested(fgg::Tick tick);
    void zoomChanged();

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void layoutLanes();
    void updateScrollBars();
    void syncAxis();
    void invalidate();
    void rebuildCache();
    void paintOverlay(QPainter& p, const QRectF& visible);
    QPointF toContent(QPointF viewportPos) const;
    Tick contentEndTick() const;
    std::vector<std::string> paintOrder() const;
    RollMouse mouseOf(QMouseEvent* e) const;

    ScoreEditor* editor_ = nullptr;
    RollAxis* axis_ = nullptr;
    ChordLane* chordLane_ = nullptr;
    PianoKeyboard* keyboard_ = nullptr;
    TimeRuler* ruler_ = nullptr;
    VelocityLane* velocityLane_ = nullptr;
    RhythmLane* rhythmLane_ = nullptr;
    std::array<QWidget*, 3> corners_{};

    Tool toolKind_ = Tool::Select;
    std::array<std::unique_ptr<RollTool>, 3> tools_;
    RollTool* activeTool_ = nullptr;
    SnapMode snap_ = SnapMode::Sixteenth;
    std::string activeTrack_ = "Melody";
    std::map<std::string, bool> hidden_;
    std::map<std::string, bool> locked_;
    Tick defaultLength_ = 240;

    NoteSelection selection_;
    NoteSelection previewHidden_;
    NotesByTrack previewShown_;
    NotesByTrack ghosts_;
    std::optional<QRectF> rubberBand_;
    ScoreRegion region_;
    Tick playhead_ = 0;
    bool follow_ = true;
    bool pressed_ = false;

    QPixmap cache_;
    bool cacheValid_ = false;
};

} // namespace fgg::ui
