#pragma once
// POP909's beat annotations (beat_midi.txt) as a map from seconds to 16th-note steps. Between two annotated
// beats time is interpolated linearly; before the first and after the last beat the neighbouring beat length
// is extended. Step 0 is the first downbeat.
#include <string>
#include <vector>

namespace fgg {

class BeatGrid {
public:
    /// `beatTimes` strictly increasing, at least two; `firstDownbeat` an index into them.
    BeatGrid(std::vector<double> beatTimes, int firstDownbeat);

    /// Parses beat_midi.txt ("time_sec beat downbeat" per line). Throws Error naming `path` and the line.
    static BeatGrid fromText(const std::string& text, const std::string& path);

    /// Fractional beat index of `seconds` (0 = the first annotated beat).
    double beatPosition(double seconds) const;
    /// The nearest 16th step of `seconds`, counted from the first downbeat (negative before it).
    int step(double seconds) const;

    const std::vector<double>& beatTimes() const { return times_; }
    int firstDownbeat() const { return firstDownbeat_; }

private:
    std::vector<double> times_;
    int firstDownbeat_ = 0;
};

} // namespace fgg
