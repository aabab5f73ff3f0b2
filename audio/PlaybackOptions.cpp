#include "audio/PlaybackOptions.h"

#include "model/music/Score.h"

namespace fgg::audio {

PlaybackOptions playbackOptionsFor(const Score& score) {
    PlaybackOptions o;
    o.chordPad.enabled = score.chordPad.enabled;
    o.chordPad.program = score.chordPad.program;
    return o;
}

} // namespace fgg::audio
