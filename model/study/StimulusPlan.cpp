#include "model/study/StimulusPlan.h"

#include "model/midi/MidiFile.h"
#include "model/music/LeadSheet.h"
#include "model/music/Random.h"

#include <algorithm>
#include <filesystem>

namespace fgg::study {

std::uint64_t stimulusSeed(const Study& study, const std::string& promptId, int sample) {
    return mix64(study.seed ^
                 mix64(hashString(promptId) + static_cast<std::uint64_t>(sample) * 0x9E3779B97F4A7C15ull));
}

Stimulus stimulusFor(const Study& study, const Prompt& prompt, const Condition& condition, int sample) {
    Stimulus s;
    s.promptId = prompt.id;
    s.conditionId = condition.id;
    if (condition.kind == ConditionKind::Original) {
        s.baseName = std::string(kStimuliFolder) + "/" + prompt.id + "-" + condition.id;
        return s;
    }
    s.sample = sample;
    s.seed = stimulusSeed(study, prompt.id, sample);
    s.baseName =
        std::string(kStimuliFolder) + "/" + prompt.id + "-" + condition.id + "-" + std::to_string(sample);
    return s;
}

std::vector<Stimulus> planStimuli(const Study& study) {
    std::vector<Stimulus> out;
    for (const Prompt& p : study.prompts)
        for (const Condition& c : study.conditions) {
            const int samples = c.kind == ConditionKind::Original ? 1 : study.samplesPerPrompt;
            for (int s = 0; s < samples; ++s)
                out.push_back(stimulusFor(study, p, c, s));
        }
    return out;
}

std::string resolvePromptFile(const Prompt& prompt, const std::string& studyDir) {
    const std::filesystem::path file(prompt.midiFile);
    return file.is_absolute() ? file.string() : (std::filesystem::path(studyDir) / file).string();
}

Score withTicksPerBeat(const Score& score, int ticksPerBeat) {
    if (score.ticksPerBeat == ticksPerBeat) return score;
    const auto scale = [&](Tick t) {
        return static_cast<Tick>((t * ticksPerBeat + score.ticksPerBeat / 2) / score.ticksPerBeat);
    };
    Score out = score;
    out.ticksPerBeat = ticksPerBeat;
    for (Track& t : out.tracks)
        for (Note& n : t.notes) {
            const Tick start = scale(n.start);
            n.length = std::max<Tick>(1, scale(n.start + n.length) - start);
            n.start = start;
        }
    for (ChordSpan& c : out.chords) {
        const Tick start = scale(c.start);
        c.length = std::max<Tick>(1, scale(c.start + c.length) - start);
        c.start = start;
    }
    for (TempoChange& t : out.tempos)
        t.tick = scale(t.tick);
    for (TimeSignature& t : out.timeSignatures)
        t.tick = scale(t.tick);
    out.length = scale(score.length);
    return out;
}

Score firstBars(const Score& score, int bars) {
    if (bars <= 0) return score;
    const Tick end = static_cast<Tick>(bars) * score.ticksPerBar();
    Score out = score;
    for (Track& t : out.tracks) {
        std::vector<Note> kept;
        for (const Note& n : t.notes)
            if (n.start < end) kept.push_back(n.end() > end ? n.withLength(end - n.start) : n);
        t.notes = std::move(kept);
    }
    std::vector<ChordSpan> chords;
    for (const ChordSpan& c : out.chords)
        if (c.start < end) chords.push_back({c.start, std::min(c.length, end - c.start), c.chord});
    out.chords = std::move(chords);
    std::erase_if(out.tempos, [&](const TempoChange& t) { return t.tick >= end && t.tick != 0; });
    out.length = std::min(score.endTick(), end);
    return out;
}

namespace {

Score readPromptMidi(const Prompt& prompt, const std::string& studyDir) {
    const std::string path = resolvePromptFile(prompt, studyDir);
    try {
        return withTicksPerBeat(readMidiFile(path), Score::kDefaultTicksPerBeat);
    } catch (const Error& e) {
        throw Error("prompt '" + prompt.id + "': " + e.what());
    }
}

} // namespace

Score promptScore(const Prompt& prompt, const std::string& studyDir) {
    Score score;
    score.tempos = {TempoChange{0, prompt.tempo}};
    if (!prompt.midiFile.empty()) {
        const Score song = readPromptMidi(prompt, studyDir);
        score.tempos = song.tempos.empty() ? score.tempos : song.tempos;
        score.timeSignatures = song.timeSignatures;
        score.key = song.key;
        score.chords = song.chords;
        // The melody: a track named Melody, else the first track with notes.
        const Track* melody = song.track(kMelodyTrack);
        for (const Track& t : song.tracks)
            if (!melody && !t.notes.empty()) melody = &t;
        if (melody) {
            Track& dst = score.ensureTrack(kMelodyTrack, melody->program);
            dst.notes = melody->notes;
        }
    }
    if (!prompt.leadSheet.empty()) {
        try {
            score.chords = LeadSheet::parse(prompt.leadSheet).toChordSpans(score.ticksPerBar());
        } catch (const ParseError& e) {
            throw Error("prompt '" + prompt.id + "': lead sheet: " + e.what());
        }
    }
    if (score.chords.empty())
        throw Error("prompt '" + prompt.id +
                    "' has no chords: give a lead sheet, or a MIDI file with chord markers");
    score = firstBars(score, prompt.bars);
    // Whole bars, as the generator works on them.
    score.length = std::max<Tick>(1, score.bars()) * score.ticksPerBar();
    return score;
}

Score originalScore(const Prompt& prompt, const std::string& studyDir) {
    if (prompt.midiFile.empty())
        throw Error("prompt '" + prompt.id +
                    "' has no MIDI file for the 'original' condition: import a song");
    return firstBars(readPromptMidi(prompt, studyDir), prompt.bars);
}

} // namespace fgg::study
