// OrderedParallel: one reader, N workers, one writer, results in input order.
//
// `next` is called on the calling thread's reader loop (one thread) and
// fills an item; `work` runs on worker threads; `deliver` runs on the
// calling thread, strictly in input order. At most `window` items are in
// flight, so memory stays bounded however long the input. `stop` (may be
// null) is polled: when it becomes true no new items are read, and the ones
// in flight are still delivered. With jobs <= 1, or when there is only one
// item (a pre-send check of one message must not pay for starting threads
// and their malloc arenas), everything runs inline.
#ifndef ONEVOICE_CLI_PARALLEL_H_
#define ONEVOICE_CLI_PARALLEL_H_

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

namespace onevoice::cli {

template <typename In, typename Out>
void OrderedParallel(int jobs, size_t window, const std::function<bool(In*)>& next,
                     const std::function<Out(In&)>& work, const std::function<void(Out&)>& deliver,
                     const std::atomic<bool>* stop) {
  // Items read ahead to learn whether there is more than one.
  std::deque<In> ahead;
  bool exhausted = false;
  auto read = [&](In* in) -> bool {
    if (!ahead.empty()) {
      *in = std::move(ahead.front());
      ahead.pop_front();
      return true;
    }
    if (exhausted) return false;
    if (next(in)) return true;
    exhausted = true;
    return false;
  };
  if (jobs > 1) {
    while (ahead.size() < 2 && !exhausted && (!stop || !*stop)) {
      In in;
      if (next(&in)) {
        ahead.push_back(std::move(in));
      } else {
        exhausted = true;
      }
    }
    if (exhausted && ahead.size() <= 1) jobs = 1;
  }
  if (jobs <= 1) {
    In in;
    while ((!stop || !*stop) && read(&in)) {
      Out out = work(in);
      deliver(out);
      in = In();
    }
    return;
  }
  std::mutex mu;
  std::condition_variable cv_work, cv_done, cv_space;
  std::deque<std::pair<size_t, In>> queue;
  std::map<size_t, Out> done;
  size_t in_flight = 0;
  bool reading_done = false;
  std::vector<std::thread> workers;
  for (int i = 0; i < jobs; ++i) {
    workers.emplace_back([&] {
      while (true) {
        std::pair<size_t, In> item;
        {
          std::unique_lock<std::mutex> lock(mu);
          cv_work.wait(lock, [&] { return !queue.empty() || reading_done; });
          if (queue.empty()) return;
          item = std::move(queue.front());
          queue.pop_front();
        }
        Out out = work(item.second);
        {
          std::lock_guard<std::mutex> lock(mu);
          done.emplace(item.first, std::move(out));
        }
        cv_done.notify_one();
      }
    });
  }
  size_t next_index = 0, next_deliver = 0;
  auto deliver_ready = [&](bool wait_all) {
    while (true) {
      std::optional<Out> out;
      {
        std::unique_lock<std::mutex> lock(mu);
        if (wait_all) {
          cv_done.wait(lock, [&] { return done.count(next_deliver) || next_deliver == next_index; });
        }
        auto it = done.find(next_deliver);
        if (it == done.end()) return;
        out = std::move(it->second);
        done.erase(it);
        --in_flight;
      }
      deliver(*out);
      ++next_deliver;
      if (wait_all && next_deliver == next_index) return;
    }
  };
  while (!stop || !*stop) {
    In in;
    if (!read(&in)) break;
    {
      std::unique_lock<std::mutex> lock(mu);
      queue.emplace_back(next_index++, std::move(in));
      ++in_flight;
    }
    cv_work.notify_one();
    deliver_ready(false);
    // Bounded: wait for the oldest to finish when the window is full.
    while (true) {
      {
        std::lock_guard<std::mutex> lock(mu);
        if (in_flight < window) break;
      }
      std::unique_lock<std::mutex> lock(mu);
      cv_done.wait(lock, [&] { return done.count(next_deliver) > 0; });
      lock.unlock();
      deliver_ready(false);
    }
  }
  {
    std::lock_guard<std::mutex> lock(mu);
    reading_done = true;
  }
  cv_work.notify_all();
  if (next_deliver < next_index) deliver_ready(true);
  for (auto& t : workers) t.join();
}

}  // namespace onevoice::cli

#endif  // ONEVOICE_CLI_PARALLEL_H_
