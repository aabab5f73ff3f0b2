#pragma once
// The sound of each part: a General MIDI program for the melody and the accompaniment, and the chord pad
// (on/off and its program), and the playback volume. A view over the score: it shows Track::program and
// Score::chordPad and asks for changes through signals; the app makes them undoable edits of the piece. The
// volume is the user's preference, not the piece's: it only changes what the internal synth plays.
#include "model/music/Score.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;

namespace fgg::ui {

/// A combo box of the 128 General MIDI programs ("74 Flute"), grouped by family; item data = the 0-based
/// program.
QComboBox* makeProgramBox(QWidget* parent);
/// Selects `program` in a box made by makeProgramBox.
void selectProgram(QComboBox* box, int program);

class SoundPanel : public QWidget {
    Q_OBJECT
public:
    explicit SoundPanel(QWidget* parent = nullptr);

    /// Shows the score's programs and chord pad (emits nothing).
    void showScore(const Score& score);
    /// The program box of kMelodyTrack or kAccompanimentTrack; nullptr for another name.
    QComboBox* programBox(const std::string& track) const;
    QComboBox* chordPadProgramBox() const { return padProgram_; }
    QCheckBox* chordPadCheck() const { return pad_; }
    /// The volume slider (dB against the synth's default) and its range, which the owner sets.
    QSlider* volumeSlider() const { return volume_; }
    void setVolumeRange(int minDb, int maxDb);
    /// Shows `db` (emits nothing).
    void showVolume(int db);

Q_SIGNALS:
    /// The user picked `program` for the track called `track`.
    void programChosen(const QString& track, int program);
    /// The user switched the chord pad or picked its program.
    void chordPadChosen(bool enabled, int program);
    /// The user moved the volume to `db`.
    void volumeChosen(int db);

private:
    QComboBox* melody_;
    QComboBox* accompaniment_;
    QCheckBox* pad_;
    QComboBox* padProgram_;
    QSlider* volume_;
    QLabel* volumeText_;
};

} // namespace fgg::ui
