#pragma once
// The chord lane above the roll, on the roll's time axis: chord symbols as blocks. Double-click a block (or
// press F2/Enter) to type a symbol in place; drag the line between two blocks to move the change; the context
// menu splits, merges, clears and offers suggestions for the slot (learned ones first, when the app
// provides them). A symbol that does not parse is marked and
// explained (the parser's message and position), never silently dropped.
#include "model/music/Score.h"

#include <QWidget>
#include <functional>
#include <optional>
#include <vector>

class QLineEdit;
class QLabel;

namespace fgg::ui {

class RollAxis;
class ScoreEditor;

class ChordLane : public QWidget {
    Q_OBJECT
public:
    explicit ChordLane(RollAxis* axis, QWidget* parent = nullptr);
    void setEditor(ScoreEditor* editor);
    void refresh();

    int selectedIndex() const { return selected_; }
    void selectIndex(int index);
    /// Opens the in-place editor on span `index` (or, with -1, on a new span at `tick`).
    void beginEdit(int index, Tick tick = 0);
    /// Applies the in-place editor's text: false (and the error shown) when it does not parse.
    bool commitEdit();
    void cancelEdit();
    bool isEditing() const;
    QLineEdit* inlineEditor() const { return editorLine_; }
    /// The message of the last symbol that did not parse ("" when the last one did).
    QString lastError() const { return lastError_; }

    void splitSelected(Tick at = -1);
    void mergeSelectedWithNext();
    void clearSelected();
    void setSelectedChord(const Chord& chord);
    /// The scale generation may use while chord `index` sounds (unset: the chord's own); inside the marked
    /// range, every chord of the range. One undo step.
    void setScale(int index, const std::optional<PitchClassSet>& scale);
    /// The time range the user marked in the roll (empty: none).
    /// "dorian", "blues", ... for a span with its own scale; "" without one.
    static QString scaleLabel(const ChordSpan& span);
    void setMarkedRange(Tick start, Tick end) {
        markedStart_ = start;
        markedEnd_ = end;
    }
    int indexAt(Tick tick) const;

    /// Learned chords for slot `index` (== the number of spans: a new slot after the last), best first. The
    /// app provides them (model/harmony); without a provider the menu offers the key's chords only.
    using SuggestionProvider = std::function<std::vector<Chord>(int index)>;
    void setSuggestionProvider(SuggestionProvider provider) { suggest_ = std::move(provider); }
    /// Puts `chord` in a new slot at `tick`: from its bar's start (or the previous chord's end, if later) to
    /// the bar's end (or the next chord's start).
    void insertChordAt(Tick tick, const Chord& chord);

Q_SIGNALS:
    void chordAuditionRequested(const fgg::Chord& chord);
    void errorMessage(const QString& message);
    void selectionChanged(int index);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const std::vector<ChordSpan>& spans() const;
    /// Index of the boundary (end of span i == start of span i+1, or the last span's end) near x, or -1.
    int boundaryNear(double x) const;
    Tick snapTick(Tick t) const;
    void showError(const QString& message);
    void apply(std::vector<ChordSpan> spans, const QString& label);

    RollAxis* axis_;
    ScoreEditor* editor_ = nullptr;
    int selected_ = -1;
    Tick markedStart_ = 0;
    Tick markedEnd_ = 0;
    int draggingBoundary_ = -1;
    Tick dragTick_ = 0;
    QLineEdit* editorLine_ = nullptr;
    QLabel* errorBubble_ = nullptr;
    Tick editTick_ = 0;
    QString lastError_;
    SuggestionProvider suggest_;
};

} // namespace fgg::ui
