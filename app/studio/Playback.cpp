#include "app/studio/Playback.h"

#include "audio/AudioOutput.h"
#include "audio/MidiEvent.h"
#include "audio/MidiOutput.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Synth.h"
#include "audio/Transport.h"

#include <QMetaObject>
#include <QPointer>
#include <QTimer>
#include <cmath>

namespace fgg::studio {

namespace {
constexpr int kPreviewChannel = 15;
constexpr int kPreviewMs = 450;

/// The synth's gain for a volume in dB against its default.
double synthGain(int db) {
    return audio::SynthOptions{}.gain * std::pow(10.0, db / 20.0);
}
} // namespace

Playback::Playback(QObject* parent)
    : QObject(parent), stateTimer_(new QTimer(this)), previewOff_(new QTimer(this)) {
    stateTimer_->setInterval(100);
    connect(stateTimer_, &QTimer::timeout, this, [this] {
        const bool playing = isPlaying();
        if (playing != wasPlaying_) {
            wasPlaying_ = playing;
            if (!playing) endAudition();
            Q_EMIT playingChanged(playing);
        }
        if (!playing) stateTimer_->stop();
    });
    previewOff_->setSingleShot(true);
    connect(previewOff_, &QTimer::timeout, this, &Playback::releasePreview);
}

Playback::~Playback() {
    shutdown();
}

void Playback::shutdown() {
    transport_.reset(); // joins the scheduler thread before the sinks go
    output_.reset();
    midi_.reset();
    liveOut_.reset();
    synth_.reset();
}

void Playback::configure(const QString& soundFont, const QString& midiPort, const QString& audioDriver) {
    if (soundFont == soundFont_ && midiPort == midiPort_ && audioDriver == audioDriver_) return;
    soundFont_ = soundFont;
    midiPort_ = midiPort;
    audioDriver_ = audioDriver;
    shutdown();
    failed_ = false;
    if (live_) ensureEngine(); // the live port stays offered across a change of sound card or port
}

void Playback::setLiveOutput(bool on) {
    if (on == live_) return;
    live_ = on;
    // The transport's sinks are fixed when it is made: rebuild it with (or without) the live port.
    shutdown();
    failed_ = false;
    liveStatus_ = on ? QString() : tr("Live MIDI port closed");
    if (on) ensureEngine();
}

bool Playback::liveOutputOpen() const {
    return liveOut_ && liveOut_->isOpen();
}

void Playback::setVolume(int db) {
    volumeDb_ = db;
    if (synth_) synth_->setGain(synthGain(db));
}

bool Playback::ensureEngine() {
    if (transport_) return true;
    if (failed_) return false;
    if (qEnvironmentVariableIsSet("FGG_NO_AUDIO")) {
        failed_ = true;
        status_ = tr("Audio is off (FGG_NO_AUDIO is set)");
        if (live_) liveStatus_ = status_;
        Q_EMIT statusChanged(status_);
        return false;
    }
    std::vector<audio::EventSink*> sinks;
    try {
        audio::SynthOptions o;
        o.soundFont = soundFont_.toStdString();
        o.gain = synthGain(volumeDb_);
        synth_ = std::make_unique<audio::Synth>(o);
        output_ = std::make_unique<audio::AudioOutput>(*synth_, audioDriver_.toStdString());
        sinks.push_back(synth_.get());
        status_ = output_->isOpen() ? QString()
                                    : tr("No sound card: %1").arg(QString::fromStdString(output_->status()));
    } catch (const std::exception& e) {
        synth_.reset();
        output_.reset();
        status_ = tr("No internal synth: %1").arg(QString::fromUtf8(e.what()));
    }
    if (!midiPort_.isEmpty()) {
        midi_ = std::make_unique<audio::MidiOutput>();
        if (midi_->open(midiPort_.toStdString()))
            sinks.push_back(midi_.get());
        else
            status_ = tr("MIDI port: %1").arg(QString::fromStdString(midi_->status()));
    }
    if (live_) {
        liveOut_ = std::make_unique<audio::MidiOutput>(audio::MidiBackend::Automatic, kLiveClient);
        if (liveOut_->openVirtual(kLivePort)) {
            sinks.push_back(liveOut_.get());
            liveStatus_ = tr("Live MIDI port %1:%2 is open (%3): connect your DAW's MIDI input to it")
                              .arg(QLatin1String(kLiveClient), QLatin1String(kLivePort),
                                   QLatin1String(audio::backendName(liveOut_->backend())));
        } else {
            liveStatus_ = tr("No live MIDI port: %1").arg(QString::fromStdString(liveOut_->status()));
            liveOut_.reset();
        }
    }
    if (sinks.empty()) {
        failed_ = true;
        Q_EMIT statusChanged(status_);
        return false;
    }
    QPointer<Playback> self(this);
    transport_ = std::make_unique<audio::Transport>(sinks, [self](Tick t) {
        // Scheduler thread: hand the tick to the GUI thread and return at once.
        QMetaObject::invokeMethod(
            self.data(),
            [self, t] {
                if (self) Q_EMIT self->playheadMoved(t);
            },
            Qt::QueuedConnection);
    });
    transport_->setLoop(loopStart_, loopEnd_); // what was chosen before the engine existed
    transport_->setMetronome(metronome_);
    Q_EMIT statusChanged(status_);
    return true;
}

void Playback::setScore(const Score& score) {
    document_ = score;
    // While playing, the scheduler swaps to the new snapshot at its next step: edits are heard at once.
    if (!auditioning_) loadSnapshot(document_);
}

void Playback::audition(const Score& score, Tick from) {
    if (!transport_) return;
    auditioning_ = true;
    loadSnapshot(score);
    playFrom(from);
}

void Playback::endAudition() {
    if (!auditioning_) return;
    auditioning_ = false;
    loadSnapshot(document_);
}

void Playback::loadSnapshot(const Score& score) {
    if (transport_)
        transport_->setSnapshot(audio::PlaybackSnapshot::build(score, audio::playbackOptionsFor(score)));
}

void Playback::play() {
    if (!transport_) return;
    transport_->play();
    stateTimer_->start();
}

void Playback::playFrom(Tick tick) {
    if (!transport_) return;
    transport_->playFrom(tick);
    wasPlaying_ = false;
    stateTimer_->start();
}

void Playback::stop() {
    if (transport_) transport_->stop();
    endAudition();
}

bool Playback::isPlaying() const {
    return transport_ && transport_->state() == audio::Transport::State::Playing;
}

void Playback::seek(Tick tick) {
    if (transport_) transport_->seek(tick);
}

void Playback::setLoop(Tick start, Tick end) {
    loopStart_ = start;
    loopEnd_ = end;
    if (transport_) transport_->setLoop(start, end);
}

void Playback::setMetronome(bool on) {
    metronome_ = on;
    if (transport_) transport_->setMetronome(on);
}

void Playback::releasePreview() {
    if (!synth_) return;
    for (int p : sounding_)
        synth_->send(audio::MidiEvent::noteOff(kPreviewChannel, p));
    sounding_.clear();
}

void Playback::previewNote(int pitch, int velocity, int program) {
    if (!ensureEngine() || !synth_) return;
    releasePreview();
    if (program != previewProgram_) {
        synth_->send(audio::MidiEvent::programChange(kPreviewChannel, program));
        previewProgram_ = program;
    }
    synth_->send(audio::MidiEvent::noteOn(kPreviewChannel, pitch, velocity));
    sounding_.push_back(pitch);
    previewOff_->start(kPreviewMs);
}

void Playback::previewChord(const Chord& chord) {
    if (chord.isNoChord() || !ensureEngine() || !synth_) return;
    releasePreview();
    if (previewProgram_ != 0) {
        synth_->send(audio::MidiEvent::programChange(kPreviewChannel, 0));
        previewProgram_ = 0;
    }
    const int bass = 36 + chord.bassPitchClass();
    synth_->send(audio::MidiEvent::noteOn(kPreviewChannel, bass, 80));
    sounding_.push_back(bass);
    const int root = chord.root();
    const PitchClassSet pcs = chord.chroma();
    for (int i = 0; i < 12; ++i) {
        const int pc = (root + i) % 12;
        if (!pcs.contains(pc)) continue;
        const int pitch = 60 + ((pc - root + 12) % 12) + (root > 6 ? root - 12 : root);
        synth_->send(audio::MidiEvent::noteOn(kPreviewChannel, pitch, 80));
        sounding_.push_back(pitch);
    }
    previewOff_->start(kPreviewMs * 2);
}

} // namespace fgg::studio
