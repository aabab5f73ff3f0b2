#pragma once
// Playback through the audio layer: the internal FluidSynth synth (and an external MIDI port when one is
// chosen), the transport with its scheduler thread, and short previews of a pitch or a chord. The engine
// starts on first use, so the app starts instantly and works (silently, with a status) on a machine without a
// sound card or a soundfont.
#include "model/music/Score.h"

#include <QObject>
#include <QString>
#include <memory>

class QTimer;

namespace fgg::audio {
class AudioOutput;
class MidiOutput;
class Synth;
class Transport;
} // namespace fgg::audio

namespace fgg::studio {

/// The live MIDI port other programs (a DAW) connect to: "fgg-studio-live:out" under JACK, client
/// "fgg-studio-live", port "out" under ALSA (aconnect).
inline constexpr const char* kLiveClient = "fgg-studio-live";
inline constexpr const char* kLivePort = "out";

class Playback : public QObject {
    Q_OBJECT
public:
    explicit Playback(QObject* parent = nullptr);
    ~Playback() override;

    /// Soundfont ("" = the default GM one), MIDI output port ("" = none) and FluidSynth audio driver ("" =
    /// the first that opens). Takes effect on next use.
    void configure(const QString& soundFont, const QString& midiPort, const QString& audioDriver = {});
    /// The internal synth's level, in dB against its default gain (Preferences::volumeDb): at once while it
    /// plays, and for an engine started later. MIDI ports are not touched (their receiver has its own).
    void setVolume(int db);
    int volumeDb() const { return volumeDb_; }
    /// Offers the live port (kLiveClient:kLivePort) and plays into it as well; on: the engine starts at once,
    /// so the port exists for the DAW to connect before anything plays.
    void setLiveOutput(bool on);
    /// The live port is open.
    bool liveOutputOpen() const;
    /// What the live port does, or why it could not open.
    QString liveStatus() const { return liveStatus_; }
    /// "" while fine, else why there is no sound.
    QString status() const { return status_; }
    /// False when FGG_NO_AUDIO is set (tests) or the synth could not start.
    bool ensureEngine();

    /// The document to play; while a candidate is auditioned the document waits until that stops.
    void setScore(const Score& score);
    /// Plays `score` (a generated candidate) from `from`; the document's score comes back when it stops.
    void audition(const Score& score, Tick from);
    void play();
    void playFrom(Tick tick);
    void stop();
    bool isPlaying() const;
    void seek(Tick tick);
    /// Loops [start, end) while playing; end <= start plays straight through. Kept across engine restarts.
    void setLoop(Tick start, Tick end);
    void setMetronome(bool on);

    /// A short note on a preview channel (clicks on keys and notes), with `program`'s sound.
    void previewNote(int pitch, int velocity, int program);
    /// The chord's tones around middle C, briefly.
    void previewChord(const Chord& chord);

Q_SIGNALS:
    void playheadMoved(fgg::Tick tick);
    void playingChanged(bool playing);
    void statusChanged(const QString& status);

private:
    void shutdown();
    void endAudition();
    void loadSnapshot(const Score& score); ///< what the transport plays (nothing before the engine exists)
    void releasePreview();

    QString soundFont_;
    QString midiPort_;
    QString audioDriver_;
    int volumeDb_ = 0;
    QString status_;
    QString liveStatus_;
    bool live_ = false;
    bool failed_ = false;
    bool wasPlaying_ = false;
    bool auditioning_ = false;
    bool metronome_ = false;
    Tick loopStart_ = 0;
    Tick loopEnd_ = 0;
    Score document_; ///< the latest setScore(), played again once an audition ends
    std::unique_ptr<audio::Synth> synth_;
    std::unique_ptr<audio::AudioOutput> output_;
    std::unique_ptr<audio::MidiOutput> midi_;
    std::unique_ptr<audio::MidiOutput> liveOut_;
    std::unique_ptr<audio::Transport> transport_;
    QTimer* stateTimer_;
    QTimer* previewOff_;
    std::vector<int> sounding_; ///< preview pitches to release
    int previewProgram_ = -1;
};

} // namespace fgg::studio
