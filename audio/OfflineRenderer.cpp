#include "audio/OfflineRenderer.h"

#include "audio/EventScheduler.h"
#include "audio/PeakNormalise.h"
#include "audio/WavWriter.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <ctime>

namespace fgg::audio {

namespace {
constexpr int kBlockFrames = 1024;

double threadCpuSeconds() {
    timespec t{};
    ::clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

/// Reports a pass's fraction done as the part [from, to] of the whole.
RenderProgress progressPart(const RenderProgress& whole, double from, double to) {
    if (!whole) return {};
    return [whole, from, to](double f) { return whole(from + f * (to - from)); };
}

SynthOptions synthOptions(const RenderOptions& o) {
    SynthOptions s;
    s.soundFont = o.soundFont;
    s.sampleRate = o.sampleRate;
    s.gain = o.gain;
    return s;
}
} // namespace

OfflineRenderer::OfflineRenderer(const RenderOptions& options)
    : options_(options), synth_(synthOptions(options)) {}

RenderResult OfflineRenderer::run(const PlaybackSnapshot& snapshot, const BlockRenderer& renderBlock,
                                  const RenderProgress& progress) {
    const auto started = std::chrono::steady_clock::now();
    const double cpuStarted = threadCpuSeconds();
    const double rate = static_cast<double>(options_.sampleRate);
    RenderResult result;
    result.sampleRate = options_.sampleRate;
    const double tail =
        std::isfinite(options_.tailSeconds) ? std::clamp(options_.tailSeconds, 0.0, 60.0) : 1.5;
    const auto total = static_cast<std::int64_t>(std::ceil((snapshot.endSeconds() + tail) * rate));

    synth_.reset();
    EventScheduler scheduler({&synth_});
    scheduler.setSnapshot(&snapshot);
    scheduler.setMetronome(options_.metronome);
    scheduler.seek(0);
    scheduler.start();
    scheduler.advance(0); // events at time 0

    std::int64_t frame = 0;
    std::int64_t nextProgress = 0;
    const auto progressStep = static_cast<std::int64_t>(rate); // report once per second of audio
    while (frame < total) {
        if (progress && frame >= nextProgress) {
            if (!progress(static_cast<double>(frame) / static_cast<double>(total))) {
                result.cancelled = true;
                break;
            }
            nextProgress = frame + progressStep;
        }
        // Render up to the sample where the next event falls (its time rounded up to a sample), then apply
        // it.
        std::int64_t n = std::min<std::int64_t>(kBlockFrames, total - frame);
        const double toNext = scheduler.timeToNextEvent();
        if (std::isfinite(toNext)) {
            const auto eventFrame =
                static_cast<std::int64_t>(std::ceil((scheduler.positionSeconds() + toNext) * rate - 1e-7));
            if (eventFrame > frame)
                n = std::min(n, eventFrame - frame);
            else
                n = std::min<std::int64_t>(n, 1);
        }
        renderBlock(static_cast<int>(n));
        frame += n;
        scheduler.advance(static_cast<double>(frame) / rate - scheduler.positionSeconds());
    }
    scheduler.halt();
    if (progress && !result.cancelled) progress(1.0);

    result.frames = frame;
    result.audioSeconds = static_cast<double>(frame) / rate;
    result.wallSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    result.cpuSeconds = threadCpuSeconds() - cpuStarted;
    return result;
}

RenderResult OfflineRenderer::render(const PlaybackSnapshot& snapshot, std::vector<std::int16_t>& interleaved,
                                     const RenderProgress& progress) {
    interleaved.clear();
    interleaved.reserve(static_cast<std::size_t>((snapshot.endSeconds() + options_.tailSeconds + 1) *
                                                 options_.sampleRate * 2));
    std::vector<std::int16_t> block(static_cast<std::size_t>(kBlockFrames) * 2);
    return run(
        snapshot,
        [&](int frames) {
            synth_.render(block.data(), frames);
            interleaved.insert(interleaved.end(), block.begin(), block.begin() + frames * 2);
        },
        progress);
}

RenderResult OfflineRenderer::renderToFile(const PlaybackSnapshot& snapshot, const std::string& wavPath,
                                           const RenderProgress& progress) {
    WavWriter writer(wavPath, options_.sampleRate, 2);
    RenderResult result;
    if (options_.peakDbfs) {
        // Twice through the synth rather than the whole piece held in memory (5 minutes of float stereo are
        // 100 MB): first for the peak, then scaled; rendering is ~200x real time. The second pass starts from
        // a reset synth whose chorus and reverb state differ slightly, so its peak lands within a fraction of
        // a dB of the first's (0.03 and 0.27 dB on the pieces measured); the -1 dBFS default leaves room for
        // it.
        std::vector<float> block(static_cast<std::size_t>(kBlockFrames) * 2);
        float peak = 0.0f;
        const RenderResult first = run(
            snapshot,
            [&](int frames) {
                synth_.render(block.data(), frames);
                peak = std::max(peak, peakOf(block.data(), static_cast<std::size_t>(frames) * 2));
            },
            progressPart(progress, 0.0, 0.5));
        if (first.cancelled) return first;
        const double gain = peakNormalisingGain(peak, *options_.peakDbfs);
        std::vector<std::int16_t> pcm(block.size());
        result = run(
            snapshot,
            [&](int frames) {
                synth_.render(block.data(), frames);
                toPcm16(block.data(), static_cast<std::size_t>(frames) * 2, gain, pcm.data());
                writer.write(pcm.data(), static_cast<std::size_t>(frames));
            },
            progressPart(progress, 0.5, 1.0));
        result.wallSeconds += first.wallSeconds;
        result.cpuSeconds += first.cpuSeconds;
    } else {
        std::vector<std::int16_t> block(static_cast<std::size_t>(kBlockFrames) * 2);
        result = run(
            snapshot,
            [&](int frames) {
                synth_.render(block.data(), frames);
                writer.write(block.data(), static_cast<std::size_t>(frames));
            },
            progress);
    }
    if (!result.cancelled) writer.commit();
    return result;
}

RenderResult OfflineRenderer::renderToFile(const Score& score, const std::string& wavPath,
                                           const RenderProgress& progress) {
    return renderToFile(*PlaybackSnapshot::build(score, options_.playback), wavPath, progress);
}

} // namespace fgg::audio
