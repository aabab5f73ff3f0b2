#include "app/studio/study/StimulusPlayer.h"

#include "audio/AudioOutput.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Synth.h"
#include "audio/Transport.h"

#include <QTimer>

namespace fgg::studio::listening {

StimulusPlayer::StimulusPlayer(QObject* parent) : QObject(parent), poll_(new QTimer(this)) {
    // The transport has no "finished" callback for the GUI: poll its state while something plays.
    poll_->setInterval(100);
    connect(poll_, &QTimer::timeout, this, [this] {
        if (!transport_ || playing_ < 0) return poll_->stop();
        if (transport_->state() != audio::Transport::State::Playing || transport_->position() >= end_) stop();
    });
}

StimulusPlayer::~StimulusPlayer() {
    transport_.reset(); // joins the scheduler thread before the synth goes
    output_.reset();
    synth_.reset();
}

bool StimulusPlayer::ensureEngine() {
    if (transport_) return true;
    if (failed_) return false;
    failed_ = true;
    if (qEnvironmentVariableIsSet("FGG_NO_AUDIO")) {
        status_ = tr("Audio is off (FGG_NO_AUDIO is set)");
    } else {
        try {
            synth_ = std::make_unique<audio::Synth>();
            output_ = std::make_unique<audio::AudioOutput>(*synth_);
            if (output_->isOpen()) {
                transport_ = std::make_unique<audio::Transport>(std::vector<audio::EventSink*>{synth_.get()});
                failed_ = false;
                status_.clear();
            } else {
                status_ = tr("No sound card: %1").arg(QString::fromStdString(output_->status()));
            }
        } catch (const std::exception& e) {
            status_ = tr("No internal synth: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    Q_EMIT statusChanged(status_);
    return !failed_;
}

bool StimulusPlayer::play(const Score& score, int key) {
    if (!ensureEngine()) return false;
    transport_->stop();
    const auto snapshot = audio::PlaybackSnapshot::build(score);
    end_ = snapshot->endTick();
    transport_->setSnapshot(snapshot);
    transport_->playFrom(0);
    transport_->flush(); // so the first poll sees it playing
    playing_ = key;
    poll_->start();
    Q_EMIT playingChanged(key);
    return true;
}

void StimulusPlayer::stop() {
    if (transport_) transport_->stop();
    poll_->stop();
    if (playing_ < 0) return;
    playing_ = -1;
    Q_EMIT playingChanged(-1);
}

} // namespace fgg::studio::listening
