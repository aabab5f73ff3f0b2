#include "audio/RenderBench.h"

#include "audio/OfflineRenderer.h"
#include "audio/PlaybackSnapshot.h"

#include <algorithm>
#include <array>

namespace fgg::audio {

Score renderBenchScore() {
    Score score;
    const Tick beat = score.ticksPerBeat;
    const Tick bar = 4 * beat;
    score.ensureTrack(kMelodyTrack, suggestedProgram(kMelodyTrack));
    score.ensureTrack(kAccompanimentTrack, suggestedProgram(kAccompanimentTrack));
    // References only after both exist: ensureTrack may grow the vector.
    Track& melody = *score.track(kMelodyTrack);
    Track& accompaniment = *score.track(kAccompanimentTrack);
    // C Am F G: root pitch classes, chord tones in close position above middle C.
    const std::array<std::array<int, 4>, 4> chords{
        {{0, 60, 64, 67}, {9, 57, 60, 64}, {5, 57, 60, 65}, {7, 59, 62, 67}}};
    const std::array<int, 8> phrase{72, 74, 76, 79, 77, 76, 74, 72};
    for (int b = 0; b < 8; ++b) {
        const auto& c = chords[static_cast<std::size_t>(b % 4)];
        const Tick start = b * bar;
        for (int i = 0; i < 8; ++i)
            melody.add(Note{phrase[static_cast<std::size_t>((i + b) % 8)] - (b % 4 == 1 ? 3 : 0),
                            start + i * beat / 2, beat / 2 - 20, 90});
        for (int q = 0; q < 4; ++q) {
            accompaniment.add(Note{36 + c[0], start + q * beat, beat - 10, 80});
            for (std::size_t k = 1; k < 4; ++k)
                accompaniment.add(Note{c[k], start + q * beat, beat - 10, 70});
        }
        const std::array<Chord, 4> names{
            Chord(SpelledPitch{0, 0}, ChordQuality::Major), Chord(SpelledPitch{5, 0}, ChordQuality::Minor),
            Chord(SpelledPitch{3, 0}, ChordQuality::Major), Chord(SpelledPitch{4, 0}, ChordQuality::Major)};
        score.chords.push_back(ChordSpan{start, bar, names[static_cast<std::size_t>(b % 4)]});
    }
    return score;
}

RenderSpeed measureRenderSpeedDetailed(const std::string& soundFont, int sampleRate, int repeats) {
    RenderOptions options;
    options.soundFont = soundFont;
    options.sampleRate = sampleRate;
    OfflineRenderer renderer(options);
    const auto snapshot = PlaybackSnapshot::build(renderBenchScore());
    std::vector<std::int16_t> samples;
    RenderSpeed best;
    for (int i = 0; i < std::max(1, repeats); ++i) {
        const RenderResult r = renderer.render(*snapshot, samples);
        best.realTime = std::max(best.realTime, r.realTimeFactor());
        best.cpu = std::max(best.cpu, r.cpuRealTimeFactor());
        best.audioSeconds = r.audioSeconds;
    }
    return best;
}

double measureRenderSpeed(const std::string& soundFont, int sampleRate, int repeats) {
    return measureRenderSpeedDetailed(soundFont, sampleRate, repeats).realTime;
}

} // namespace fgg::audio
