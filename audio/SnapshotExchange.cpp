#include "audio/SnapshotExchange.h"

#include <algorithm>

namespace fgg::audio {

void SnapshotExchange::publish(std::shared_ptr<const PlaybackSnapshot> snapshot) {
    std::vector<std::shared_ptr<const PlaybackSnapshot>> retired;
    {
        std::lock_guard lock(producerMutex_);
        const PlaybackSnapshot* raw = snapshot.get();
        if (raw &&
            std::none_of(retained_.begin(), retained_.end(), [raw](const auto& r) { return r.get() == raw; }))
            retained_.push_back(std::move(snapshot));
        latest_.store(raw);
        retired = takeRetiredLocked();
    }
    // `retired` is destroyed here, outside the lock, on this (non-real-time) thread.
}

void SnapshotExchange::collect() {
    std::vector<std::shared_ptr<const PlaybackSnapshot>> retired;
    {
        std::lock_guard lock(producerMutex_);
        retired = takeRetiredLocked();
    }
}

std::shared_ptr<const PlaybackSnapshot> SnapshotExchange::latest() const {
    std::lock_guard lock(producerMutex_);
    const PlaybackSnapshot* raw = latest_.load();
    for (const auto& r : retained_)
        if (r.get() == raw) return r;
    return nullptr;
}

std::size_t SnapshotExchange::retainedCount() const {
    std::lock_guard lock(producerMutex_);
    return retained_.size();
}

std::vector<std::shared_ptr<const PlaybackSnapshot>> SnapshotExchange::takeRetiredLocked() {
    // Order matters: read `incoming_` before `current_`. The reader stores current_ = p only while incoming_
    // already holds p, so a reader moving on between the two loads is still seen in one of them. `latest_`
    // cannot change meanwhile: only producers store it, under producerMutex_.
    const PlaybackSnapshot* latest = latest_.load();
    const PlaybackSnapshot* incoming = incoming_.load();
    const PlaybackSnapshot* current = current_.load();
    std::vector<std::shared_ptr<const PlaybackSnapshot>> retired;
    auto keep = std::stable_partition(retained_.begin(), retained_.end(), [&](const auto& r) {
        const PlaybackSnapshot* p = r.get();
        return p == latest || p == incoming || p == current;
    });
    std::move(keep, retained_.end(), std::back_inserter(retired));
    retained_.erase(keep, retained_.end());
    return retired;
}

const PlaybackSnapshot* SnapshotExchange::acquireLatest() noexcept {
    const PlaybackSnapshot* p = latest_.load();
    for (;;) {
        incoming_.store(p);
        // Validate: if latest_ still equals p after the announcement, no producer can have missed it.
        const PlaybackSnapshot* again = latest_.load();
        if (again == p) return p;
        p = again;
    }
}

void SnapshotExchange::releaseReader() noexcept {
    current_.store(nullptr);
    incoming_.store(nullptr);
}

} // namespace fgg::audio
