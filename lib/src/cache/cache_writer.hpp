#pragma once
// Writes cache entries on a thread of its own while the workers go on
// checking: creating thousands of small files can wait on the file system's
// journal, and that wait must not hold up parsing (a cold run stays as fast
// as one without the cache).

#include <condition_variable>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "rolekit/cache.hpp"

namespace rolekit::detail {

class CacheWriter {
  public:
    explicit CacheWriter(const CacheStore& store);
    ~CacheWriter();  // finishes
    CacheWriter(const CacheWriter&) = delete;
    CacheWriter& operator=(const CacheWriter&) = delete;

    // Queues one entry (any thread).
    void put(std::string key, std::string payload);
    // Writes what is queued, stops the thread; returns how many were written.
    std::size_t finish();

  private:
    void drain();

    const CacheStore& store_;
    std::mutex mutex_;
    std::condition_variable ready_;
    std::deque<std::pair<std::string, std::string>> queue_;
    bool done_ = false;
    std::size_t written_ = 0;
    std::thread thread_;  // last: started once the rest is set up
};

}  // namespace rolekit::detail
