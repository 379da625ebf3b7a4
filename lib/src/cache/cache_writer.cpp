#include "cache/cache_writer.hpp"

namespace rolekit::detail {

CacheWriter::CacheWriter(const CacheStore& store) : store_(store), thread_([this] { drain(); }) {}

CacheWriter::~CacheWriter() {
    finish();
}

void CacheWriter::put(std::string key, std::string payload) {
    {
        const std::lock_guard lock(mutex_);
        queue_.emplace_back(std::move(key), std::move(payload));
    }
    ready_.notify_one();
}

std::size_t CacheWriter::finish() {
    {
        const std::lock_guard lock(mutex_);
        done_ = true;
    }
    ready_.notify_one();
    if (thread_.joinable()) thread_.join();
    return written_;
}

void CacheWriter::drain() {
    std::unique_lock lock(mutex_);
    for (;;) {
        ready_.wait(lock, [this] { return done_ || !queue_.empty(); });
        if (queue_.empty()) return;  // done, and nothing left
        auto [key, payload] = std::move(queue_.front());
        queue_.pop_front();
        lock.unlock();
        const bool ok = store_.put(key, payload);
        lock.lock();
        if (ok) ++written_;
    }
}

}  // namespace rolekit::detail
