// fgg harmonize: chords for a melody (the learned progressions plus the learned melody chord network, or the
// fit to its notes without that table), written into a copy of the MIDI file as chord markers (and a chord
// pad track with --pad).
#include "app/cli/Args.h"
#include "app/cli/Command.h"
#include "app/cli/HarmonyCli.h"
#include "model/harmony/Harmoniser.h"
#include "model/midi/MidiFile.h"
#include "model/music/Error.h"

#include <cstdio>

namespace fgg::cli {
namespace {

/// The melody: the named track, else "Melody", else the only track with notes.
std::string melodyTrack(const Score& score, const Args& a, const std::string& file) {
    if (const auto t = a.value("track")) return *t;
    if (score.track(kMelodyTrack)) return kMelodyTrack;
    std::vector<std::string> withNotes;
    for (const Track& t : score.tracks)
        if (!t.notes.empty() && t.channel != 9) withNotes.push_back(t.name);
    if (withNotes.size() == 1) return withNotes.front();
    std::string names;
    for (const std::string& n : withNotes)
        names += (names.empty() ? "" : ", ") + n;
    throw Error(file + ": which track is the melody? Pass --track NAME (tracks with notes: " +
                (names.empty() ? "none" : names) + ")");
}

int run(const std::vector<std::string>& argv) {
    const Args a(argv, {"melody", "out", "track", "model", "melody-model"}, {"pad"});
    const auto in = a.value("melody");
    const auto out = a.value("out");
    if (!in || !out)
        throw Error("--melody FILE.mid and --out OUT.mid are required (see `fgg help harmonize`)");
    MidiReadOptions readOptions;
    readOptions.chordsFromMarkers = false;
    Score score = readMidiFile(*in, readOptions);
    const std::string track = melodyTrack(score, a, *in);
    const harmony::ProgressionModel model = loadProgressions(a.value("model"));
    const harmony::MelodyChordModel learned = loadMelodyChords(a.value("melody-model"));
    harmony::ChordAnalysis analysis;
    try {
        analysis = harmony::Harmoniser(model, {}, &learned).harmonise(score, track);
    } catch (const Error& e) {
        throw Error(*in + ": " + e.what());
    }
    score.chords = analysis.chords;
    if (!score.key) score.key = analysis.key.key();
    MidiWriteOptions writeOptions;
    writeOptions.chordMarkers = true;
    writeOptions.chordTrack = a.has("pad");
    writeMidiFile(score, *out, writeOptions);
    std::printf("key: %s\nwrote %s\n%s\n", analysis.key.key().toString().c_str(), out->c_str(),
                leadSheetOf(analysis, score).c_str());
    return 0;
}

const CommandRegistration reg("harmonize",
                              {"chords for a melody, written as MIDI chord markers",
                               "fgg harmonize --melody FILE.mid --out OUT.mid [--pad] [--track NAME] "
                               "[--model TABLE] [--melody-model MELODY.txt]\n"
                               "  --pad also writes the chords as a pad track; the lead sheet is "
                               "printed last",
                               run});

} // namespace
} // namespace fgg::cli
