// POP909 -> quantised songs (see Pop909.h). The grid comes from the dataset's own beat annotations, not from
// the MIDI tempo, as POP909's notes were played to a click that drifts from the written tempo.
#include "model/data/Pop909.h"

#include "model/data/Pop909Song.h"
#include "model/midi/MidiFile.h"
#include "model/music/AtomicFile.h"
#include "model/music/Error.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace fgg {
namespace fs = std::filesystem;

namespace {

constexpr int kStepsPerBar = 16;
constexpr int kStepsPerSegment = 64; // the paper's 4-bar window

bool isSongFolderName(const std::string& name) {
    return !name.empty() && name.size() <= 6 &&
           std::all_of(name.begin(), name.end(), [](unsigned char c) { return std::isdigit(c); });
}

std::string readText(const fs::path& path) {
    const std::vector<std::uint8_t> bytes = readFileBytes(path.string(), std::size_t(64) << 20);
    return std::string(bytes.begin(), bytes.end());
}

const Track& namedTrack(const Score& score, const std::string& name, const fs::path& file) {
    for (const Track& t : score.tracks) {
        if (t.name.size() != name.size()) continue;
        if (std::equal(t.name.begin(), t.name.end(), name.begin(),
                       [](char a, char b) { return std::toupper(static_cast<unsigned char>(a)) == b; }))
            return t;
    }
    throw Error(file.string() + ": no track named " + name);
}

} // namespace

const std::vector<int>& pop909TripleMeterSongs() {
    static const std::vector<int> ids{34,  62,  102, 107, 152, 173, 176, 203, 215, 231,
                                      254, 280, 307, 328, 369, 584, 592, 653, 654, 662,
                                      744, 749, 756, 770, 799, 843, 869, 872, 887};
    return ids;
}

QuantisedSong loadPop909Song(const std::string& songDir) {
    fs::path dir = fs::path(songDir).lexically_normal();
    if (dir.filename().empty()) dir = dir.parent_path();
    const std::string name = dir.filename().string();
    if (!isSongFolderName(name))
        throw Error(songDir + ": a POP909 song folder is named by its number (e.g. 001)");
    QuantisedSong song;
    song.id = std::stoi(name);

    const fs::path midiPath = dir / (name + ".mid");
    MidiReadOptions midiOptions;
    midiOptions.chordsFromMarkers = false;
    const Score score = readMidiFile(midiPath.string(), midiOptions);
    const fs::path beatPath = dir / "beat_midi.txt";
    const BeatGrid beats = BeatGrid::fromText(readText(beatPath), beatPath.string());
    const fs::path chordPath = dir / "chord_midi.txt";
    const std::vector<TimedChord> chords = parsePop909Chords(readText(chordPath), chordPath.string());

    const TempoMap tempo(score);
    song.melody = quantiseTrack(namedTrack(score, "MELODY", midiPath), tempo, beats);
    song.bridge = quantiseTrack(namedTrack(score, "BRIDGE", midiPath), tempo, beats);
    song.piano = quantiseTrack(namedTrack(score, "PIANO", midiPath), tempo, beats);

    struct StepSpan {
        int start, end;
        std::uint16_t chroma;
        const std::string* label;
    };
    std::vector<StepSpan> spans;
    int end = 0;
    for (const auto* track : {&song.melody, &song.bridge, &song.piano})
        for (const GridNote& n : *track)
            end = std::max(end, n.step + n.length);
    for (const TimedChord& c : chords) {
        const StepSpan s{beats.step(c.start), beats.step(c.end), c.chroma, &c.label};
        if (s.end <= std::max(0, s.start)) continue;
        spans.push_back(s);
        if (s.chroma) end = std::max(end, s.end);
    }
    if (end <= 0) throw Error(midiPath.string() + ": no notes or chords after the first downbeat");
    song.steps = (end + kStepsPerBar - 1) / kStepsPerBar * kStepsPerBar;
    song.chroma.assign(static_cast<std::size_t>(song.steps), 0);
    std::vector<const std::string*> labels(static_cast<std::size_t>(song.steps), nullptr);
    for (const StepSpan& s : spans)
        for (int k = std::max(0, s.start); k < std::min(s.end, song.steps); ++k) {
            song.chroma[static_cast<std::size_t>(k)] = s.chroma;
            labels[static_cast<std::size_t>(k)] = s.chroma ? s.label : nullptr;
        }
    // The labels on the same steps as the chroma: one span per run of one label line.
    for (int k = 0; k < song.steps;) {
        int e = k + 1;
        while (e < song.steps && labels[static_cast<std::size_t>(e)] == labels[static_cast<std::size_t>(k)])
            ++e;
        if (labels[static_cast<std::size_t>(k)])
            song.chords.push_back(GridChord{k, e - k, *labels[static_cast<std::size_t>(k)]});
        k = e;
    }
    return song;
}

std::vector<QuantisedSong> loadPop909(const std::string& dir, Pop909Report& report) {
    std::error_code ec;
    if (!fs::is_directory(dir, ec))
        throw Error("POP909 folder " + dir + " not found: pass the folder that holds 001/, 002/, ...");
    std::vector<std::pair<int, fs::path>> folders;
    for (const fs::directory_entry& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (e.is_directory() && isSongFolderName(name)) folders.emplace_back(std::stoi(name), e.path());
    }
    std::sort(folders.begin(), folders.end());

    const std::vector<int>& triple = pop909TripleMeterSongs();
    std::vector<QuantisedSong> songs;
    for (const auto& [id, path] : folders) {
        const std::string name = path.filename().string();
        if (std::find(triple.begin(), triple.end(), id) != triple.end()) {
            report.skipped.emplace_back(name, "triple meter");
            continue;
        }
        try {
            QuantisedSong song = loadPop909Song(path.string());
            ++report.songsRead;
            report.melodyNotes += static_cast<long long>(song.melody.size());
            report.bridgeNotes += static_cast<long long>(song.bridge.size());
            report.pianoNotes += static_cast<long long>(song.piano.size());
            report.segments += song.steps / kStepsPerSegment;
            songs.push_back(std::move(song));
        } catch (const std::exception& e) { // a bad song is reported, never fatal
            report.skipped.emplace_back(name, e.what());
        }
    }
    return songs;
}

} // namespace fgg
