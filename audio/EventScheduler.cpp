#include "audio/EventScheduler.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fgg::audio {

namespace {
constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr int kClickVelocityDownbeat = 110;
constexpr int kClickVelocity = 80;
} // namespace

EventScheduler::EventScheduler(std::vector<EventSink*> sinks) : sinks_(std::move(sinks)) {
    std::erase(sinks_, nullptr);
    slotOf_.fill(-1);
}

void EventScheduler::emit(const MidiEvent& e) noexcept {
    for (EventSink* sink : sinks_)
        sink->send(e);
}

void EventScheduler::sendChannelSetup() noexcept {
    if (!snapshot_) return;
    for (const ChannelSetup& c : snapshot_->channels()) {
        emit(MidiEvent::programChange(c.channel, c.program));
        emit(MidiEvent::controlChange(c.channel, gm::kCcVolume, c.volume));
    }
}

void EventScheduler::start() noexcept {
    started_ = true;
    sendChannelSetup();
}

void EventScheduler::halt() noexcept {
    releaseNotes(false);
    for (EventSink* sink : sinks_)
        sink->allNotesOff();
    started_ = false;
}

void EventScheduler::setSnapshot(const PlaybackSnapshot* snapshot) noexcept {
    if (snapshot == snapshot_) return;
    const TempoMap& oldTempo = tempo();
    const TempoMap& newTempo = snapshot ? snapshot->tempo() : defaultTempo_;
    if (!(oldTempo == newTempo)) {
        // Keep the musical position (and the sounding notes' musical off times) across a tempo edit.
        position_ = newTempo.secondsAt(oldTempo.ticksAt(position_));
        for (std::size_t i = 0; i < soundingCount_; ++i)
            if (!sounding_[i].click)
                sounding_[i].off = newTempo.secondsAt(oldTempo.ticksAt(sounding_[i].off));
    }
    const bool setupChanged = !snapshot_ || !snapshot || snapshot_->channels() != snapshot->channels();
    snapshot_ = snapshot;
    // Notes on channels the new snapshot does not play (a track just muted) stop now.
    for (std::size_t i = soundingCount_; i-- > 0;)
        if (!sounding_[i].click && (!snapshot_ || !snapshot_->hasChannel(sounding_[i].channel))) release(i);
    updateLoopSeconds();
    resetCursor();
    if (started_ && setupChanged) sendChannelSetup();
}

Tick EventScheduler::positionTick() const noexcept {
    return tempo().tickAt(position_);
}

void EventScheduler::seek(Tick tick) noexcept {
    releaseNotes(true);
    position_ = tempo().secondsAt(static_cast<double>(std::max<Tick>(0, tick)));
    dispatchedThrough_ = false;
    resetCursor();
}

void EventScheduler::setLoop(Tick start, Tick end) noexcept {
    loopStartTick_ = std::max<Tick>(0, start);
    loopEndTick_ = end;
    loopActive_ = loopEndTick_ > loopStartTick_;
    updateLoopSeconds();
}

void EventScheduler::updateLoopSeconds() noexcept {
    loopStart_ = tempo().secondsAt(static_cast<double>(loopStartTick_));
    loopEnd_ = tempo().secondsAt(static_cast<double>(loopEndTick_));
    if (loopEnd_ - loopStart_ < 1e-4) loopActive_ = false; // a region too short to play would spin
}

void EventScheduler::setMetronome(bool on) noexcept {
    if (on == metronome_) return;
    metronome_ = on;
    resetCursor();
}

void EventScheduler::resetCursor() noexcept {
    cursor_ = snapshot_ ? snapshot_->firstNoteFrom(position_, dispatchedThrough_) : 0;
    if (snapshot_) {
        const double beats = tempo().ticksAt(position_) / static_cast<double>(snapshot_->beatTicks());
        nextClickBeat_ =
            static_cast<Tick>(dispatchedThrough_ ? std::floor(beats + 1e-9) + 1 : std::ceil(beats - 1e-9));
        nextClickBeat_ = std::max<Tick>(0, nextClickBeat_);
        nextClick_ = tempo().secondsAt(static_cast<double>(nextClickBeat_ * snapshot_->beatTicks()));
    }
}

void EventScheduler::noteOn(int channel, int pitch, int velocity, double off, bool click) noexcept {
    const auto key = static_cast<std::size_t>(channel * 128 + pitch);
    std::int16_t slot = slotOf_[key];
    if (slot >= 0) {
        // Re-struck while sounding: end the old one first so on/off pairs stay balanced downstream.
        emit(MidiEvent::noteOff(channel, pitch));
        sounding_[static_cast<std::size_t>(slot)].off = off;
        sounding_[static_cast<std::size_t>(slot)].click = click;
    } else {
        if (soundingCount_ == kMaxSoundingNotes) return; // polyphony cap: drop rather than allocate
        slot = static_cast<std::int16_t>(soundingCount_++);
        sounding_[static_cast<std::size_t>(slot)] =
            Sounding{off, static_cast<std::uint8_t>(channel), static_cast<std::uint8_t>(pitch), click};
        slotOf_[key] = slot;
    }
    emit(MidiEvent::noteOn(channel, pitch, velocity));
}

void EventScheduler::release(std::size_t index) noexcept {
    const Sounding s = sounding_[index];
    emit(MidiEvent::noteOff(s.channel, s.pitch));
    slotOf_[static_cast<std::size_t>(s.channel * 128 + s.pitch)] = -1;
    const std::size_t last = --soundingCount_;
    if (index != last) {
        sounding_[index] = sounding_[last];
        slotOf_[static_cast<std::size_t>(sounding_[index].channel * 128 + sounding_[index].pitch)] =
            static_cast<std::int16_t>(index);
    }
}

void EventScheduler::releaseNotes(bool keepClicks) noexcept {
    for (std::size_t i = soundingCount_; i-- > 0;)
        if (!keepClicks || !sounding_[i].click) release(i);
}

std::size_t EventScheduler::earliestOff() const noexcept {
    std::size_t best = kNone;
    double t = kInf;
    for (std::size_t i = 0; i < soundingCount_; ++i)
        if (sounding_[i].off < t) {
            t = sounding_[i].off;
            best = i;
        }
    return best;
}

void EventScheduler::countDispatch(double due, double now) noexcept {
    const double late = std::max(0.0, now - due);
    ++deadlines_.events;
    if (late > DeadlineStats::kLateSeconds) ++deadlines_.late;
    deadlines_.worstLateness = std::max(deadlines_.worstLateness, late);
}

void EventScheduler::noteStall(double seconds) noexcept {
    if (!(seconds > 0)) return;
    ++deadlines_.stalls;
    deadlines_.stalledSeconds += seconds;
    deadlines_.worstLateness = std::max(deadlines_.worstLateness, seconds);
}

void EventScheduler::dispatchUntil(double until, bool inclusive, double now) noexcept {
    auto due = [&](double t) { return inclusive ? t <= until : t < until; };
    for (;;) {
        const std::size_t offIndex = earliestOff();
        const double tOff = offIndex == kNone ? kInf : sounding_[offIndex].off;
        const double tOn =
            snapshot_ && cursor_ < snapshot_->notes().size() ? snapshot_->notes()[cursor_].on : kInf;
        const double tClick = metronome_ && snapshot_ ? nextClick_ : kInf;
        const double t = std::min({tOff, tOn, tClick});
        if (!due(t)) return;
        countDispatch(t, now);
        if (tOff <= tOn && tOff <= tClick) {
            release(offIndex); // offs first on ties: a repeated pitch is released before it is struck again
        } else if (tClick <= tOn) {
            const bool downbeat = nextClickBeat_ % snapshot_->beatsPerBar() == 0;
            noteOn(gm::kDrumChannel, downbeat ? gm::kHiWoodBlock : gm::kLowWoodBlock,
                   downbeat ? kClickVelocityDownbeat : kClickVelocity, tClick + kClickSeconds, true);
            ++nextClickBeat_;
            nextClick_ = tempo().secondsAt(static_cast<double>(nextClickBeat_ * snapshot_->beatTicks()));
        } else {
            const ScheduledNote& n = snapshot_->notes()[cursor_++];
            noteOn(n.channel, n.pitch, n.velocity, n.off, false);
        }
    }
}

void EventScheduler::advance(double seconds) noexcept {
    double remaining = std::isfinite(seconds) && seconds > 0 ? seconds : 0.0;
    for (;;) {
        const double target = position_ + remaining;
        if (loopActive_ && position_ < loopEnd_ && target >= loopEnd_) {
            dispatchUntil(loopEnd_, false, target); // the clock is at `target`, past the loop's end
            remaining = target - loopEnd_;
            // Seamless wrap: the time past the loop end continues from the loop start.
            releaseNotes(true);
            position_ = loopStart_;
            dispatchedThrough_ = false;
            resetCursor();
            if (remaining <= 0) return;
            continue;
        }
        dispatchUntil(target, true, target);
        position_ = target;
        dispatchedThrough_ = true;
        return;
    }
}

double EventScheduler::timeToNextEvent() const noexcept {
    const std::size_t offIndex = earliestOff();
    double t = offIndex == kNone ? kInf : sounding_[offIndex].off;
    if (snapshot_ && cursor_ < snapshot_->notes().size()) t = std::min(t, snapshot_->notes()[cursor_].on);
    if (metronome_ && snapshot_) t = std::min(t, nextClick_);
    if (loopActive_ && position_ < loopEnd_) t = std::min(t, loopEnd_);
    return t == kInf ? kInf : std::max(0.0, t - position_);
}

bool EventScheduler::finished() const noexcept {
    if (soundingCount_ > 0) return false;
    if (!snapshot_) return true;
    if (loopActive_ && position_ < loopEnd_) return false;
    return position_ >= snapshot_->endSeconds();
}

} // namespace fgg::audio
