#pragma once
// Plays one stimulus (its MIDI file) through the internal synth, from the start, for the participant view.
// The synth starts on first use; without a sound card or soundfont (or with FGG_NO_AUDIO set, as in tests)
// the player reports why in status() and the study still runs.
#include "model/music/Score.h"

#include <QObject>
#include <QString>
#include <memory>

class QTimer;

namespace fgg::audio {
class AudioOutput;
class Synth;
class Transport;
} // namespace fgg::audio

namespace fgg::studio::listening {

class StimulusPlayer : public QObject {
    Q_OBJECT
public:
    explicit StimulusPlayer(QObject* parent = nullptr);
    ~StimulusPlayer() override;

    /// Plays `score` from the start; `key` names what plays (for playingChanged). False when there is no
    /// sound.
    bool play(const Score& score, int key);
    void stop();
    /// The key of what plays, -1 when silent.
    int playing() const { return playing_; }
    QString status() const { return status_; }

Q_SIGNALS:
    void playingChanged(int key); ///< -1 when playback ends or stops
    void statusChanged(const QString& status);

private:
    bool ensureEngine();

    std::unique_ptr<audio::Synth> synth_;
    std::unique_ptr<audio::AudioOutput> output_;
    std::unique_ptr<audio::Transport> transport_;
    QTimer* poll_;
    QString status_;
    bool failed_ = false;
    int playing_ = -1;
    Tick end_ = 0;
};

} // namespace fgg::studio::listening
