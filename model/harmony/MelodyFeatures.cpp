#include "model/harmony/MelodyFeatures.h"

#include <algorithm>

namespace fgg::harmony {
namespace {

void set(MelodySegment& s, MelodyView v, int pitchClass, float value) {
    s.views[static_cast<std::size_t>(static_cast<int>(v) * 12 + pitchClass)] = value;
}
void add(MelodySegment& s, MelodyView v, int pitchClass, float value) {
    s.views[static_cast<std::size_t>(static_cast<int>(v) * 12 + pitchClass)] += value;
}

} // namespace

std::vector<MelodySegment> melodySegments(const std::vector<Note>& melody, Tick ticksPerBeat, int beatsPerBar,
                                          Tick from, Tick to) {
    std::vector<MelodySegment> out;
    if (ticksPerBeat <= 0 || beatsPerBar <= 0) return out;
    const Tick length = 2 * ticksPerBeat, bar = ticksPerBeat * beatsPerBar;
    const auto beats = static_cast<float>(ticksPerBeat);
    for (Tick t = from; t < to; t += length) {
        MelodySegment s;
        s.atBarLine = (t - from) % bar == 0;
        int lowest = 1000, lastPc = -1;
        Tick lastStart = -1;
        for (const Note& n : melody) {
            if (n.start >= t + length) break; // sorted by start
            const Tick overlap = std::min(n.end(), t + length) - std::max(n.start, t);
            if (overlap <= 0) continue;
            const int pc = n.pitch % 12;
            s.sung = true;
            add(s, MelodyView::Duration, pc, static_cast<float>(overlap) / beats);
            if (n.start <= t) set(s, MelodyView::SoundingAtStart, pc, 1);
            if (n.start >= t)
                add(s,
                    (n.start - from) % ticksPerBeat == 0 ? MelodyView::StruckOnBeat
                                                         : MelodyView::StruckOffBeat,
                    pc, 1);
            lowest = std::min(lowest, n.pitch);
            if (n.start > lastStart) {
                lastStart = n.start;
                lastPc = pc;
            }
        }
        if (lowest < 1000) set(s, MelodyView::Lowest, lowest % 12, 1);
        if (lastPc >= 0) set(s, MelodyView::LastStruck, lastPc, 1);
        out.push_back(s);
    }
    return out;
}

MelodyContext melodyContext(const std::vector<MelodySegment>& segments, int majorTonic, bool minor) {
    MelodyContext c;
    c.majorTonic = ((majorTonic % 12) + 12) % 12;
    c.minor = minor;
    const auto first =
        std::find_if(segments.begin(), segments.end(), [](const MelodySegment& s) { return s.sung; });
    auto start = static_cast<int>(first - segments.begin());
    while (start > 0 && !segments[static_cast<std::size_t>(start)].atBarLine)
        --start;
    c.phraseStart = first == segments.end() ? 0 : start;
    float total = 0;
    for (const MelodySegment& s : segments)
        for (int pc = 0; pc < 12; ++pc) {
            c.pitches[static_cast<std::size_t>(pc)] += s.view(MelodyView::Duration, pc);
            total += s.view(MelodyView::Duration, pc);
        }
    for (float& v : c.pitches)
        v = total > 0 ? 12 * v / total : 0;
    return c;
}

std::array<float, kMelodyInputs> melodyInput(const std::vector<MelodySegment>& segments, std::size_t i,
                                             const MelodyContext& context) {
    std::array<float, kMelodyInputs> x{};
    std::size_t o = 0;
    auto relative = [&](int pc) { return static_cast<std::size_t>((pc - context.majorTonic + 12) % 12); };
    auto at = [&](long offset) -> const MelodySegment* {
        const long j = static_cast<long>(i) + offset;
        return j >= 0 && j < static_cast<long>(segments.size()) ? &segments[static_cast<std::size_t>(j)]
                                                                : nullptr;
    };
    for (long d : {-1L, 0L, 1L}) {
        if (const MelodySegment* s = at(d))
            for (int v = 0; v < kMelodyViews; ++v)
                for (int pc = 0; pc < 12; ++pc)
                    x[o + static_cast<std::size_t>(v * 12) + relative(pc)] =
                        s->view(static_cast<MelodyView>(v), pc);
        o += 12 * kMelodyViews;
    }
    for (long d : {-4L, -3L, -2L, 2L, 3L, 4L}) {
        if (const MelodySegment* s = at(d))
            for (int pc = 0; pc < 12; ++pc)
                x[o + relative(pc)] = s->view(MelodyView::Duration, pc);
        o += 12;
    }
    x[o++] = segments[i].atBarLine ? 1 : 0;
    const long position = static_cast<long>(i) - context.phraseStart;
    x[o + static_cast<std::size_t>(((position % 16) + 16) % 16)] = 1;
    o += 16;
    x[o++] = context.minor ? 1 : 0;
    for (int pc = 0; pc < 12; ++pc)
        x[o + relative(pc)] = context.pitches[static_cast<std::size_t>(pc)];
    return x;
}

} // namespace fgg::harmony
