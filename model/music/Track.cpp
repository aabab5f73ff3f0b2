#include "model/music/Track.h"

#include <algorithm>

namespace fgg {

void Track::add(const Note& n) {
    notes.insert(std::upper_bound(notes.begin(), notes.end(), n), n);
}

void Track::sort() {
    std::stable_sort(notes.begin(), notes.end());
}

Tick Track::end() const {
    Tick e = 0;
    for (const Note& n : notes)
        e = std::max(e, n.end());
    return e;
}

} // namespace fgg
