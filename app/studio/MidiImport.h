#pragma once
// MIDI import: which of the file's tracks become the melody and which the accompaniment (a dialog lets the
// user choose; the defaults recognise POP909's MELODY / BRIDGE / PIANO and otherwise take the first track
// with notes as the melody). Chord markers, tempo, time signature and key come across as the reader found
// them; a file without chord markers gets its chords detected from the notes, when the user agrees.
#include "model/music/Score.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QComboBox;
class QTableWidget;

namespace fgg::studio {

enum class TrackRole { Melody, Accompaniment, Ignore };

/// The default role of each track of `file`.
std::vector<TrackRole> defaultRoles(const Score& file);
/// Same-pitch notes in one channel: an earlier note overlapping a later one ends where it begins; unison
/// doublings (same pitch, same start) become one note. Sorts `notes`.
void resolveOverlaps(std::vector<Note>& notes);
/// The workstation's score: Melody and Accompaniment tracks merged from the roles (overlaps between merged
/// tracks resolved), everything else kept.
Score assignTracks(const Score& file, const std::vector<TrackRole>& roles);

class MidiImportDialog : public QDialog {
    Q_OBJECT
public:
    MidiImportDialog(const Score& file, const QString& fileName, QWidget* parent = nullptr);
    std::vector<TrackRole> roles() const;
    /// Whether to fill the chord lane from the notes (offered, and checked, when the file has no chord
    /// markers).
    bool detectChords() const;

private:
    std::vector<QComboBox*> combos_;
    QCheckBox* detectChords_ = nullptr;
};

} // namespace fgg::studio
