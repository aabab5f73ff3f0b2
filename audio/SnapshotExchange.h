#pragma once
// Hands PlaybackSnapshots from the document side to the scheduler thread without locks or allocation on the
// scheduler side.
//
// std::atomic<std::shared_ptr> is not lock-free in libstdc++ 12, and dropping the last shared_ptr on the
// scheduler thread would free memory there. So: the publishing side keeps every published snapshot alive in a
// retained list (under a mutex that only non-real-time threads take) and swaps a raw pointer into `latest_`.
// The scheduler announces the pointers it reads in two hazard slots (`incoming_` while it switches over,
// `current_` while it plays one), validating each announcement against `latest_` (the hazard-pointer
// pattern, seq_cst). publish()/collect() free a retained snapshot only when it is neither latest nor
// announced, always on the publishing thread.
#include "audio/PlaybackSnapshot.h"

#include <atomic>
#include <memory>
#include <mutex>
#include <vector>

namespace fgg::audio {

class SnapshotExchange {
public:
    SnapshotExchange() = default;
    SnapshotExchange(const SnapshotExchange&) = delete;
    SnapshotExchange& operator=(const SnapshotExchange&) = delete;
    /// The reading thread must have stopped.
    ~SnapshotExchange() = default;

    // --- any non-real-time thread ---
    /// Makes `snapshot` the one the scheduler switches to at its next look; frees snapshots nobody reads.
    void publish(std::shared_ptr<const PlaybackSnapshot> snapshot);
    /// Frees retired snapshots (publish does this too).
    void collect();
    /// The latest published snapshot (document side).
    std::shared_ptr<const PlaybackSnapshot> latest() const;
    /// How many snapshots are kept alive (latest, in use, not yet collected). For tests.
    std::size_t retainedCount() const;

    // --- the single reading (scheduler) thread; lock-free, no allocation ---
    /// The latest snapshot (or nullptr), safe to read until the next acquireLatest().
    const PlaybackSnapshot* acquireLatest() noexcept;
    /// Announces the snapshot the reader keeps playing; safe to read until the next markCurrent().
    void markCurrent(const PlaybackSnapshot* snapshot) noexcept { current_.store(snapshot); }
    /// The reader holds nothing any more.
    void releaseReader() noexcept;

private:
    std::vector<std::shared_ptr<const PlaybackSnapshot>> takeRetiredLocked();

    std::atomic<const PlaybackSnapshot*> latest_{nullptr};
    std::atomic<const PlaybackSnapshot*> incoming_{nullptr};
    std::atomic<const PlaybackSnapshot*> current_{nullptr};

    mutable std::mutex producerMutex_;
    std::vector<std::shared_ptr<const PlaybackSnapshot>> retained_;
};

} // namespace fgg::audio
