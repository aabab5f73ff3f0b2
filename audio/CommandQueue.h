#pragma once
// A bounded queue from any number of control threads to one real-time consumer. Producers serialise on a
// mutex (they are never real-time); the consumer pops lock-free and allocation-free (single-producer /
// single-consumer ring: the mutex makes the producers one).
#include <array>
#include <atomic>
#include <cstddef>
#include <mutex>
#include <thread>

namespace fgg::audio {

template <typename T, std::size_t Capacity>
class CommandQueue {
    static_assert(Capacity >= 2 && (Capacity & (Capacity - 1)) == 0, "Capacity must be a power of two");

public:
    /// Blocks (yielding) while the queue is full. Returns the item's sequence number (1, 2, ...): the
    /// consumer has taken it once consumed() reaches that number.
    std::size_t push(const T& item) {
        std::lock_guard lock(producerMutex_);
        const std::size_t tail = tail_.load(std::memory_order_relaxed);
        while (tail - head_.load(std::memory_order_acquire) >= Capacity)
            std::this_thread::yield();
        slots_[tail & (Capacity - 1)] = item;
        tail_.store(tail + 1, std::memory_order_release);
        return tail + 1;
    }

    /// Consumer only.
    bool pop(T& out) noexcept {
        const std::size_t head = head_.load(std::memory_order_relaxed);
        if (head == tail_.load(std::memory_order_acquire)) return false;
        out = slots_[head & (Capacity - 1)];
        head_.store(head + 1, std::memory_order_release);
        return true;
    }

    /// How many items the consumer has popped so far.
    std::size_t consumed() const noexcept { return head_.load(std::memory_order_acquire); }

    bool empty() const noexcept {
        return head_.load(std::memory_order_acquire) == tail_.load(std::memory_order_acquire);
    }

private:
    std::array<T, Capacity> slots_{};
    std::atomic<std::size_t> head_{0};
    std::atomic<std::size_t> tail_{0};
    std::mutex producerMutex_;
};

} // namespace fgg::audio
