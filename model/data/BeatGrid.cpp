#include "model/data/BeatGrid.h"

#include "model/data/TextLines.h"
#include "model/music/Error.h"

#include <algorithm>
#include <cmath>

namespace fgg {

BeatGrid::BeatGrid(std::vector<double> beatTimes, int firstDownbeat)
    : times_(std::move(beatTimes)), firstDownbeat_(firstDownbeat) {
    if (times_.size() < 2) throw Error("a beat grid needs at least two beats");
    for (std::size_t i = 1; i < times_.size(); ++i)
        if (!(times_[i] > times_[i - 1])) throw Error("beat times must increase");
    if (firstDownbeat_ < 0 || firstDownbeat_ >= static_cast<int>(times_.size()))
        throw Error("the first downbeat is not one of the beats");
}

BeatGrid BeatGrid::fromText(const std::string& text, const std::string& path) {
    std::vector<double> times;
    int firstDownbeat = -1;
    int lastLine = 0;
    for (const textlines::Line& line : textlines::split(text)) {
        const auto f = textlines::fields(line.text);
        if (f.size() != 3)
            textlines::fail(path, line.number,
                            "expected 'time_sec beat downbeat', found " + std::to_string(f.size()) +
                                " fields");
        const double t = textlines::number(f[0], path, line.number, "the beat time");
        textlines::number(f[1], path, line.number, "the beat flag");
        const double downbeat = textlines::number(f[2], path, line.number, "the downbeat flag");
        if (!times.empty() && !(t > times.back()))
            textlines::fail(path, line.number,
                            "beat time " + std::string(f[0]) + " does not follow the previous beat");
        if (downbeat == 1.0 && firstDownbeat < 0) firstDownbeat = static_cast<int>(times.size());
        times.push_back(t);
        lastLine = line.number;
    }
    if (times.size() < 2) textlines::fail(path, lastLine, "fewer than two beats");
    if (firstDownbeat < 0) textlines::fail(path, lastLine, "no downbeat (third column 1) in the file");
    return BeatGrid(std::move(times), firstDownbeat);
}

double BeatGrid::beatPosition(double seconds) const {
    const std::size_t n = times_.size();
    // The segment [i, i+1] whose beat length applies: the first one before the first beat, the last one after
    // the last beat.
    auto it = std::upper_bound(times_.begin(), times_.end(), seconds);
    std::size_t i = it == times_.begin() ? 0 : static_cast<std::size_t>(it - times_.begin()) - 1;
    i = std::min(i, n - 2);
    return static_cast<double>(i) + (seconds - times_[i]) / (times_[i + 1] - times_[i]);
}

int BeatGrid::step(double seconds) const {
    const double steps = std::floor(beatPosition(seconds) * 4.0 + 0.5);
    return static_cast<int>(std::clamp(steps, -1e9, 1e9)) - 4 * firstDownbeat_;
}

} // namespace fgg
