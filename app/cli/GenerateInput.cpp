#include "app/cli/GenerateInput.h"

#include "model/midi/MidiFile.h"
#include "model/music/AtomicFile.h"
#include "model/music/LeadSheet.h"

#include <algorithm>

namespace fgg::cli {

namespace {

/// `in`'s notes at the prompt's resolution.
std::vector<Note> rescaled(const std::vector<Note>& notes, int fromTicksPerBeat, int toTicksPerBeat) {
    const double scale = double(toTicksPerBeat) / fromTicksPerBeat;
    std::vector<Note> out;
    for (const Note& n : notes)
        out.push_back(Note{n.pitch, static_cast<Tick>(n.start * scale),
                           std::max<Tick>(1, static_cast<Tick>(n.length * scale)), n.velocity, n.locked});
    return out;
}

/// The melody of a MIDI file: a track named Melody, else the first track with notes.
const Track* melodyOf(const Score& in, const std::string& file) {
    const Track* melody = in.track(kMelodyTrack);
    for (const Track& t : in.tracks)
        if (!melody && !t.notes.empty()) melody = &t;
    if (!melody || melody->empty()) throw Error(file + " has no notes to use as the melody");
    return melody;
}

} // namespace

Score promptFrom(const Args& a) {
    Score score;
    score.tempos = {TempoChange{0, a.numberIn(limits::kTempo, 100.0)}};
    std::string sheet = a.valueOr("chords", "");
    if (auto file = a.value("chords-file")) {
        const auto bytes = readFileBytes(*file, 1 << 20);
        sheet = std::string(bytes.begin(), bytes.end());
    }
    if (auto melodyFile = a.value("melody")) {
        const Score in = readMidiFile(*melodyFile);
        score.ensureTrack(kMelodyTrack).notes =
            rescaled(melodyOf(in, *melodyFile)->notes, in.ticksPerBeat, score.ticksPerBeat);
        if (const Track* acc = in.track(kAccompanimentTrack))
            score.ensureTrack(kAccompanimentTrack).notes =
                rescaled(acc->notes, in.ticksPerBeat, score.ticksPerBeat);
        if (sheet.empty()) {
            const double scale = double(score.ticksPerBeat) / in.ticksPerBeat;
            for (const ChordSpan& c : in.chords)
                score.chords.push_back(
                    {static_cast<Tick>(c.start * scale), static_cast<Tick>(c.length * scale), c.chord});
        }
        if (!in.tempos.empty() && !a.value("tempo")) score.tempos = in.tempos;
    }
    if (!sheet.empty()) score.chords = LeadSheet::parse(sheet).toChordSpans(score.ticksPerBar());
    if (score.chords.empty())
        throw Error("no chords: give --chords \"| C G | Am7 | F | G7 |\", --chords-file FILE, or a --melody "
                    "MIDI file with chord markers");
    score.length = score.endTick(); // whole bars over the chords and the notes
    score.length = static_cast<Tick>(score.bars()) * score.ticksPerBar();
    return score;
}

Tick addMotif(Score& prompt, const std::string& file) {
    const Score in = readMidiFile(file);
    std::vector<Note> motif = rescaled(melodyOf(in, file)->notes, in.ticksPerBeat, prompt.ticksPerBeat);
    Tick end = 0;
    for (Note& n : motif) {
        n.locked = true;
        end = std::max(end, n.end());
    }
    const Tick bar = prompt.ticksPerBar();
    const Tick from = (end + bar - 1) / bar * bar;
    if (from >= prompt.length)
        throw Error("the motif in " + file + " lasts " + std::to_string(from / bar) +
                    " bar(s), as long as the lead sheet (" + std::to_string(prompt.length / bar) +
                    " bars): give more chords, so there is something to continue");
    prompt.ensureTrack(kMelodyTrack).notes = motif;
    return from;
}

void lockNotesFrom(Score& prompt, const std::string& file) {
    const Score in = readMidiFile(file);
    int named = 0;
    for (const Track& t : in.tracks)
        named += !t.notes.empty() && (t.name == kMelodyTrack || t.name == kAccompanimentTrack);
    bool any = false;
    for (const Track& t : in.tracks) {
        if (t.notes.empty()) continue;
        const bool known = t.name == kMelodyTrack || t.name == kAccompanimentTrack;
        if (named > 0 && !known) continue; // a chord pad or another part: not generated, nothing to lock
        Track& dst = prompt.ensureTrack(known ? t.name : kMelodyTrack);
        for (Note n : rescaled(t.notes, in.ticksPerBeat, prompt.ticksPerBeat)) {
            n.locked = true;
            std::erase_if(dst.notes, [&](const Note& o) { return o.start == n.start && o.pitch == n.pitch; });
            dst.notes.push_back(n);
            any = true;
        }
        dst.sort();
        if (named == 0) break; // one unnamed track: the melody
    }
    if (!any) throw Error(file + " has no notes to lock");
}

InpaintRegion regenerateRegion(const std::string& bars, const Score& prompt, const std::string& track) {
    const int total = prompt.bars();
    const std::size_t dash = bars.find('-');
    auto number = [&](const std::string& text) {
        std::size_t used = 0;
        int v = 0;
        try {
            v = std::stoi(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (used == 0 || used != text.size() || v < 1 || v > total)
            throw Error("--regenerate takes bars A-B from 1 to " + std::to_string(total) +
                        " (the piece's length), got '" + bars + "'");
        return v;
    };
    const int first = number(dash == std::string::npos ? bars : bars.substr(0, dash));
    const int last = dash == std::string::npos ? first : number(bars.substr(dash + 1));
    if (last < first) throw Error("--regenerate " + bars + ": the last bar comes before the first");
    const Tick bar = prompt.ticksPerBar();
    return InpaintRegion{track, (first - 1) * bar, last * bar};
}

} // namespace fgg::cli
