#pragma once
// The open piece: a value-type Score that changes only through QUndoCommands on one QUndoStack, the file it
// came from, the generation settings saved with it, and whether it has unsaved changes.
#include <QObject> // first: moc must see Qt before <compare>
#include <QString>
#include <QUndoStack>

#include "app/studio/commands/NoteCommands.h"
#include "model/diffusion/GenerationSettings.h"
#include "model/music/Score.h"
#include "widgets/ground/ScoreEditor.h"

namespace fgg::studio {

class Document : public QObject, public ui::ScoreEditor {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);

    const Score& score() const override { return score_; }
    QUndoStack* undoStack() { return &undo_; }

    /// A new piece (or one read from a file): clears the undo history, marks the document clean.
    void reset(const Score& score, const QString& path = {}, const GenerationSettings& settings = {});
    const QString& filePath() const { return path_; }
    /// After "Save As": the document now lives at `path` and is clean.
    void markSaved(const QString& path);
    bool isModified() const { return !undo_.isClean(); }
    /// "Untitled" or the file's name.
    QString displayName() const;

    const GenerationSettings& generationSettings() const { return settings_; }
    /// Settings are not part of the undo history; a change marks the document modified only through the
    /// score.
    void setGenerationSettings(const GenerationSettings& s) { settings_ = s; }

    // ui::ScoreEditor: each call pushes one command.
    void addNotes(const NotesByTrack& notes, const QString& label) override;
    void removeNotes(const NotesByTrack& notes, const QString& label) override;
    void moveNotes(const NotesByTrack& before, const NotesByTrack& after) override;
    void resizeNotes(const NotesByTrack& before, const NotesByTrack& after) override;
    void setVelocities(const NotesByTrack& before, const NotesByTrack& after) override;
    void replaceNotes(const NotesByTrack& before, const NotesByTrack& after, const QString& label) override;
    void setChords(const std::vector<ChordSpan>& chords, const QString& label, Tick length = 0) override;
    void setMelodyRhythm(const std::vector<int>& onsets, const QString& label) override;

    /// Replaces the whole score as one undo step (accepting a generation, importing into the piece,
    /// tempo/key). With a merge id, consecutive replacements with that id are one step (a tempo spin box
    /// stepped).
    void replaceScore(const Score& score, const QString& label, MergeId merge = MergeId::None);

Q_SIGNALS:
    void changed();
    /// Another piece took this one's place (reset: New, Open, recovery); not sent by a save.
    void replaced();
    void filePathChanged(const QString& path);
    void modifiedChanged(bool modified);

private:
    // The commands are the only writers of the score: every change is on the undo stack.
    friend class EditNotesCommand;
    friend class SetChordsCommand;
    friend class ReplaceScoreCommand;
    void applyEdit(const ScoreEdit& edit);
    void applyScore(const Score& score);
    void applyChords(const std::vector<ChordSpan>& chords, Tick length);
    void notifyChanged();

    Score score_;
    QUndoStack undo_;
    QString path_;
    GenerationSettings settings_;
};

/// A new, empty piece: Melody and Accompaniment tracks, C major, 120 bpm, 4/4, 8 bars.
Score emptyScore();

} // namespace fgg::studio
