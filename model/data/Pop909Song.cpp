#include "model/data/Pop909Song.h"

#include "model/data/TextLines.h"
#include "model/music/Chord.h"
#include "model/music/Error.h"

#include <algorithm>

namespace fgg {

std::vector<TimedChord> parsePop909Chords(const std::string& text, const std::string& path) {
    std::vector<TimedChord> chords;
    for (const textlines::Line& line : textlines::split(text)) {
        auto f = textlines::tabFields(line.text);
        if (f.size() != 3) f = textlines::fields(line.text); // tolerate spaces instead of tabs
        if (f.size() != 3)
            textlines::fail(path, line.number,
                            "expected 'start_sec<TAB>end_sec<TAB>chord', found " + std::to_string(f.size()) +
                                " fields");
        TimedChord c;
        c.start = textlines::number(f[0], path, line.number, "the chord start");
        c.end = textlines::number(f[1], path, line.number, "the chord end");
        if (c.end < c.start) textlines::fail(path, line.number, "the chord ends before it starts");
        try {
            c.chroma = Chord::parseHarte(f[2]).chroma().mask();
            c.label = std::string(f[2]);
        } catch (const Error& e) {
            textlines::fail(path, line.number, "bad chord label '" + std::string(f[2]) + "': " + e.what());
        }
        chords.push_back(c);
    }
    return chords;
}

std::vector<GridNote> quantiseTrack(const Track& track, const TempoMap& tempo, const BeatGrid& beats) {
    std::vector<GridNote> notes;
    notes.reserve(track.notes.size());
    for (const Note& n : track.notes) {
        const int start = beats.step(tempo.secondsAt(static_cast<double>(n.start)));
        if (start < 0) continue; // before the first downbeat
        const int end = beats.step(tempo.secondsAt(static_cast<double>(n.end())));
        notes.push_back(GridNote{start, n.pitch, std::max(1, end - start)});
    }
    std::stable_sort(notes.begin(), notes.end(), [](const GridNote& a, const GridNote& b) {
        return a.step != b.step ? a.step < b.step : a.pitch < b.pitch;
    });
    return notes;
}

} // namespace fgg
