#pragma once
// The open piece: a value-type Score that changes only through QUndoCommands on one QUndoStack, the file it
// came from, the generation settings saved with it, and whether it has unsaved changes.
#include "model/music/Score.h"
#include "widgets/ScoreEditor.h"
#include "widgets/generation/GenerationSettings.h"

#include <QObject>
#include <QString>
#include <QUndoStack>

namespace fgg::studio {

class Document : public QObject, public ui::ScoreEditor {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const Score& score() const override { return score_; }
    QUndoStack* undoStack() { return &undo_; }

    /// A new piece (or one read from a file): clears the undo history, marks the document clean.
    void reset(const Score& score, const QString& path = {}, const ui::GenerationSettings& settings = {});
    const QString& filePath() const { return path_; }
    /// After "Save As": the document now lives at `path` and is clean.
    void markSaved(const QString& path);
    bool isModified() const { return !undo_.isClean(); }
    /// "Untitled" or the file's name.
    QString displayName() const;

    const ui::GenerationSettings& generationSettings() const { return settings_; }
    /// Settings are not part of the undo history; a change marks the document modified only through the
    /// score.
    void setGenerationSettings(const ui::GenerationSettings& s) { settings_ = s; }

    // ui::ScoreEditor: each call pushes one command.
    void addNotes(const ui::NotesByTrack& notes, const QString& label) override;
    void removeNotes(const ui::NotesByTrack& notes, const QString& label) override;
    void moveNotes(const ui::NotesByTrack& before, const ui::NotesByTrack& after) override;
    void resizeNotes(const ui::NotesByTrack& before, const ui::NotesByTrack& after) override;
    void setVelocities(const ui::NotesByTrack& before, const ui::NotesByTrack& after) override;
    void replaceNotes(const ui::NotesByTrack& before, const ui::NotesByTrack& after,
                      const QString& label) override;
    void setChords(const std::vector<ChordSpan>& chords, const QString& label, Tick length = 0) override;

    /// Replaces the whole score as one undo step (accepting a generation, importing into the piece,
    /// tempo/key). With `mergeId` >= 0, consecutive replacements with that id are one step (a tempo spin box
    /// stepped).
    void replaceScore(const Score& score, const QString& label, int mergeId = -1);

    /// Used by the commands: the one place the score changes.
    void applyScore(const Score& score);
    Score& mutableScore() { return score_; }
    void notifyChanged();

Q_SIGNALS:
    void changed();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    Score score_;
    QUndoStack undo_;
    QString path_;
    ui::GenerationSettings settings_;
};

/// A new, empty piece: Melody and Accompaniment tracks, C major, 120 bpm, 4/4, 8 bars.
Score emptyScore();

} // namespace fgg::studio
