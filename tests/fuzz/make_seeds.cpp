// Writes the generated seed inputs of tests/fuzz/corpus/ (the rest are copied from POP909 or typed by hand):
//   fuzz_make_seeds <corpus dir>
// A tiny random-weight checkpoint, a two-song dataset cache, a MIDI file the writer made (chord markers, key
// signature, tempo change) and, where Qt is built in, a project file. Rerun only when a format changes.
#include "model/data/DatasetCache.h"
#include "model/midi/MidiFile.h"
#include "model/music/LeadSheet.h"
#include "model/nn/CheckpointInfo.h"
#ifdef FGG_FUZZ_HAVE_PROJECT
#include "app/studio/ProjectFile.h"
#include <QFile>
#endif

#include <cstdio>
#include <filesystem>

using namespace fgg;

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: fuzz_make_seeds <corpus dir>\n");
        return 2;
    }
    const std::filesystem::path dir = argv[1];
    writeRandomCheckpoint((dir / "checkpoint" / "tiny-melody.fggm").string(), "tiny", "melody", 7);
    writeRandomCheckpoint((dir / "checkpoint" / "tiny-accompaniment.fggm").string(), "tiny", "accompaniment",
                          8);

    std::vector<QuantisedSong> songs(2);
    for (int i = 0; i < 2; ++i) {
        QuantisedSong& s = songs[static_cast<std::size_t>(i)];
        s.id = 100 + i;
        s.steps = 32;
        for (int k = 0; k < 8; ++k) {
            s.melody.push_back({4 * k, 60 + k, 2});
            s.piano.push_back({4 * k, 48 + k % 5, 4});
        }
        s.bridge.push_back({0, 55, 16});
        s.chroma.assign(32, 0x091); // C E G
    }
    writeDatasetCache((dir / "dataset_cache" / "two-songs.fggdata").string(), songs);

    Score score;
    score.tempos = {{0, 96.0}, {1920, 120.0}};
    score.key = Key::parse("Eb");
    score.chords = LeadSheet::parse("| Cm7 F7 | Bbmaj7 | Ebmaj7 | Ab/C |").toChordSpans(score.ticksPerBar());
    Track melody;
    melody.name = kMelodyTrack;
    for (int i = 0; i < 16; ++i)
        melody.notes.push_back(Note{63 + i % 7, i * 480, 400, 100 - i});
    score.tracks = {melody};
    score.length = score.endTick();
    writeMidiFile(score, (dir / "midi" / "written-chords-key-tempo.mid").string());

#ifdef FGG_FUZZ_HAVE_PROJECT
    studio::Project project;
    project.score = score;
    QFile f(QString::fromStdString((dir / "project_file" / "small.fggproj").string()));
    if (!f.open(QIODevice::WriteOnly)) return 1;
    f.write(studio::projectToJson(project));
#endif
    return 0;
}
