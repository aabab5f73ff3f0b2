#pragma once
// An immutable, playback-ready view of a Score: every audible note with absolute on/off times in seconds,
// the channel setup (program, volume) and the tempo map. Built on the document's thread; the scheduler reads
// it without locks (see SnapshotExchange.h). Edits during playback build and hand over a new snapshot.
#include "audio/PlaybackOptions.h"
#include "model/midi/TempoMap.h"
#include "model/music/Score.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace fgg::audio {

struct ScheduledNote {
    double on = 0;  ///< seconds from tick 0
    double off = 0; ///< > on
    Tick tick = 0;  ///< start tick (for the playhead and seeks)
    std::uint8_t channel = 0;
    std::uint8_t pitch = 60;
    std::uint8_t velocity = 100;
};

struct ChannelSetup {
    std::uint8_t channel = 0;
    std::uint8_t program = 0;
    std::uint8_t volume = 100; ///< CC 7
    bool operator==(const ChannelSetup&) const = default;
};

class PlaybackSnapshot {
public:
    /// Muted tracks (and, when any track is soloed, the unsoloed ones) are left out. When two tracks share a
    /// channel the first one's program and volume win.
    static std::shared_ptr<const PlaybackSnapshot> build(const Score& score,
                                                         const PlaybackOptions& options = {});

    /// Sorted by (on, channel, pitch).
    const std::vector<ScheduledNote>& notes() const { return notes_; }
    /// One entry per channel that sounds, sorted by channel.
    const std::vector<ChannelSetup>& channels() const { return channels_; }
    bool hasChannel(int channel) const;
    const TempoMap& tempo() const { return tempo_; }

    /// Metronome grid, from the first time signature: a beat is a 1/denominator note.
    Tick beatTicks() const { return beatTicks_; }
    int beatsPerBar() const { return beatsPerBar_; }

    /// Where the music ends: the score's end tick or the last note off, whichever is later.
    double endSeconds() const { return endSeconds_; }
    Tick endTick() const { return endTick_; }
    /// Index of the first note with on >= seconds (or on > seconds when `after`), notes().size() if none.
    std::size_t firstNoteFrom(double seconds, bool after = false) const;

private:
    PlaybackSnapshot() = default;

    std::vector<ScheduledNote> notes_;
    std::vector<ChannelSetup> channels_;
    TempoMap tempo_;
    Tick beatTicks_ = Score::kDefaultTicksPerBeat;
    int beatsPerBar_ = 4;
    double endSeconds_ = 0;
    Tick endTick_ = 0;
};

} // namespace fgg::audio
