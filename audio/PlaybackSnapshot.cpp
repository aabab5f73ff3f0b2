#include "audio/PlaybackSnapshot.h"

#include "audio/MidiEvent.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

namespace fgg::audio {

int suggestedProgram(std::string_view trackName) {
    return trackName == kMelodyTrack ? programs::kFlute : programs::kAcousticGrandPiano;
}

namespace {

std::uint8_t volumeCc(double volume) {
    const double v = std::isfinite(volume) ? std::clamp(volume, 0.0, 1.0) : 0.8;
    return static_cast<std::uint8_t>(std::lround(v * 127.0));
}

std::uint8_t clamp7(int v) {
    return static_cast<std::uint8_t>(std::clamp(v, 0, 127));
}

/// Close voicing: the root in octave 3 (MIDI 48..59), the other chord tones above it within an octave, and a
/// slash bass an octave below the root.
std::vector<int> padVoicing(const Chord& chord) {
    std::vector<int> pitches;
    if (chord.isNoChord()) return pitches;
    const int root = chord.root();
    const int rootPitch = 48 + root;
    const PitchClassSet chroma = chord.chroma();
    const int bass = chord.bassPitchClass();
    for (int step = 0; step < 12; ++step) {
        const int pc = (root + step) % 12;
        if (!chroma.contains(pc)) continue;
        if (pc == bass && bass != root) continue; // voiced below
        pitches.push_back(rootPitch + step);
    }
    if (bass >= 0 && bass != root) pitches.push_back(36 + bass);
    return pitches;
}

} // namespace

bool PlaybackSnapshot::hasChannel(int channel) const {
    return std::any_of(channels_.begin(), channels_.end(),
                       [channel](const ChannelSetup& c) { return c.channel == channel; });
}

std::size_t PlaybackSnapshot::firstNoteFrom(double seconds, bool after) const {
    auto it = after ? std::upper_bound(notes_.begin(), notes_.end(), seconds,
                                       [](double s, const ScheduledNote& n) { return s < n.on; })
                    : std::lower_bound(notes_.begin(), notes_.end(), seconds,
                                       [](const ScheduledNote& n, double s) { return n.on < s; });
    return static_cast<std::size_t>(it - notes_.begin());
}

std::shared_ptr<const PlaybackSnapshot> PlaybackSnapshot::build(const Score& score,
                                                                const PlaybackOptions& options) {
    std::shared_ptr<PlaybackSnapshot> snap(new PlaybackSnapshot());
    snap->tempo_ = TempoMap(score);
    const TimeSignature ts = score.timeSignatures.empty() ? TimeSignature{} : score.timeSignatures.front();
    const int denominator = ts.denominator > 0 ? ts.denominator : 4;
    snap->beatTicks_ = std::max<Tick>(1, static_cast<Tick>(snap->tempo_.ticksPerBeat()) * 4 / denominator);
    snap->beatsPerBar_ = std::clamp(ts.numerator, 1, 64);

    bool anySolo = options.chordPad.enabled && options.chordPad.solo;
    for (const TrackMix& m : options.mix)
        if (m.solo && score.track(m.track)) anySolo = true;

    std::array<bool, 16> channelTaken{};
    std::array<bool, 16> channelUsedByTrack{};
    auto addNote = [&](int channel, int pitch, Tick start, Tick length, int velocity) {
        if (pitch < 0 || pitch > 127 || length <= 0) return;
        ScheduledNote n;
        n.tick = start;
        n.on = snap->tempo_.secondsAt(static_cast<double>(start));
        n.off = snap->tempo_.secondsAt(static_cast<double>(start + length));
        n.channel = static_cast<std::uint8_t>(channel);
        n.pitch = static_cast<std::uint8_t>(pitch);
        n.velocity = static_cast<std::uint8_t>(std::clamp(velocity, 1, 127));
        if (n.off > n.on) snap->notes_.push_back(n);
    };
    auto claimChannel = [&](int channel, int program, double volume) {
        if (channelTaken[static_cast<std::size_t>(channel)]) return;
        channelTaken[static_cast<std::size_t>(channel)] = true;
        snap->channels_.push_back({static_cast<std::uint8_t>(channel), clamp7(program), volumeCc(volume)});
    };

    for (const Track& track : score.tracks) {
        const int channel = std::clamp(track.channel, 0, 15);
        channelUsedByTrack[static_cast<std::size_t>(channel)] = true;
        const TrackMix* mix = options.mixFor(track.name);
        const bool mute = mix && mix->mute;
        const bool solo = mix && mix->solo;
        if (mute || (anySolo && !solo)) continue;
        claimChannel(channel, mix && mix->program ? *mix->program : track.program, mix ? mix->volume : 0.8);
        for (const Note& n : track.notes)
            addNote(channel, n.pitch, n.start, n.length, n.velocity);
    }

    const ChordPadOptions& pad = options.chordPad;
    if (pad.enabled && !pad.mute && (!anySolo || pad.solo) && !score.chords.empty()) {
        int channel = pad.channel >= 0 && pad.channel <= 15 ? pad.channel : -1;
        for (int c = 0; c < 16 && channel < 0; ++c)
            if (c != gm::kDrumChannel && !channelUsedByTrack[static_cast<std::size_t>(c)]) channel = c;
        if (channel < 0) channel = 15;
        claimChannel(channel, pad.program, pad.volume);
        for (const ChordSpan& span : score.chords)
            for (int pitch : padVoicing(span.chord))
                addNote(channel, pitch, span.start, span.length, pad.velocity);
    }

    std::sort(snap->notes_.begin(), snap->notes_.end(), [](const ScheduledNote& a, const ScheduledNote& b) {
        if (a.on != b.on) return a.on < b.on;
        if (a.channel != b.channel) return a.channel < b.channel;
        return a.pitch < b.pitch;
    });
    std::sort(snap->channels_.begin(), snap->channels_.end(),
              [](const ChannelSetup& a, const ChannelSetup& b) { return a.channel < b.channel; });

    snap->endTick_ = std::max<Tick>(0, score.endTick());
    snap->endSeconds_ = snap->tempo_.secondsAt(static_cast<double>(snap->endTick_));
    for (const ScheduledNote& n : snap->notes_)
        snap->endSeconds_ = std::max(snap->endSeconds_, n.off);
    snap->endTick_ = std::max(snap->endTick_, snap->tempo_.tickAt(snap->endSeconds_));
    return snap;
}

} // namespace fgg::audio
