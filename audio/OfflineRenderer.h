#pragma once
// Score -> audio, faster than real time: FluidSynth driven block by block, each event applied at its own
// sample (FluidSynth itself quantises note starts to its 64-frame internal block, 1.5 ms at 44.1 kHz). The
// same EventScheduler as live playback decides what sounds, so a render is what the transport plays.
#include "audio/PlaybackOptions.h"
#include "audio/PlaybackSnapshot.h"
#include "audio/Synth.h"
#include "model/music/Score.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fgg::audio {

struct RenderOptions {
    std::string soundFont; ///< empty: the default GM soundfont
    int sampleRate = 44100;
    double gain = 0.4;
    /// Rendered past the last note off, for release and reverb tails.
    double tailSeconds = 1.5;
    PlaybackOptions playback;
    bool metronome = false;
    /// Files only: the whole render scaled so its loudest sample peaks at this level in dBFS (at most
    /// kMaxNormaliseBoostDb up, PeakNormalise.h); empty: the synth's own level, as live playback sounds.
    std::optional<double> peakDbfs;
};

struct RenderResult {
    std::int64_t frames = 0;
    int sampleRate = 44100;
    double audioSeconds = 0;
    double wallSeconds = 0; ///< rendering only (not loading the soundfont)
    double cpuSeconds = 0;  ///< CPU time of the rendering thread (unaffected by other processes' load)
    bool cancelled = false;
    double realTimeFactor() const { return wallSeconds > 0 ? audioSeconds / wallSeconds : 0.0; }
    double cpuRealTimeFactor() const { return cpuSeconds > 0 ? audioSeconds / cpuSeconds : 0.0; }
};

/// Called with the fraction done (0..1) from the rendering thread; return false to cancel.
using RenderProgress = std::function<bool(double fraction)>;

class OfflineRenderer {
public:
    /// Loads the soundfont: throws Error naming it when it is missing or bad.
    explicit OfflineRenderer(const RenderOptions& options = {});

    /// Writes a 16-bit stereo WAV atomically; when cancelled, no file is written (an old one stays). With
    /// options().peakDbfs it renders twice: for the peak, then scaled.
    RenderResult renderToFile(const Score& score, const std::string& wavPath,
                              const RenderProgress& progress = {});
    RenderResult renderToFile(const PlaybackSnapshot& snapshot, const std::string& wavPath,
                              const RenderProgress& progress = {});
    /// Renders into memory, interleaved stereo 16-bit.
    RenderResult render(const PlaybackSnapshot& snapshot, std::vector<std::int16_t>& interleaved,
                        const RenderProgress& progress = {});

    const RenderOptions& options() const { return options_; }
    const std::string& soundFontPath() const { return synth_.soundFontPath(); }

private:
    /// Renders the next `frames` frames from synth_ and keeps them (stream, buffer or file).
    using BlockRenderer = std::function<void(int frames)>;
    RenderResult run(const PlaybackSnapshot& snapshot, const BlockRenderer& renderBlock,
                     const RenderProgress& progress);

    RenderOptions options_;
    Synth synth_;
};

} // namespace fgg::audio
