#pragma once
// oneTBB's fork-join calls, with the happens-before edges that ThreadSanitizer cannot see itself.
// Every layer's parallel code (the bargaining and forecasting engines) calls oneTBB through these.
//
// Debian's libtbb is not built with -fsanitize=thread, so TSan does not see the synchronisation
// inside oneTBB's scheduler: neither that a task starts after the code that spawned it, nor that
// the caller's code after a join runs after every task. It then reports the locals that tasks
// read through their captures and the buffers parley reuses from one parallel loop to the next
// (the k-d filter's verdict array, the sweep states). These wrappers state the two edges with
// __tsan_release/__tsan_acquire. Fork: each task object is released where it is written and
// acquired where it is run or copied (class SyncedTask); the caller writes the first one after its
// own writes. (A token that the caller releases and each task acquires would not do: a task would
// read the token's address from the task object, written by another thread, before acquiring
// anything.) Join: each
// task releases its region's token when done, and the caller acquires it once the call has
// returned (class ForkJoin). Outside TSan builds the annotations are empty functions and the
// wrappers compile to the oneTBB calls themselves: the task object holds two pointers, and its
// calls are inlined away.
//
// parallel_sort_synced: oneTBB's parallel_sort moves elements inside oneTBB and libstdc++ code,
// which no task wrapper reaches, so under TSan it is std::sort. Every caller sorts by a total
// order, where both give the same sequence.

#if defined(__SANITIZE_THREAD__)  // GCC
#define PARLEY_TSAN_SYNC 1
#elif defined(__has_feature)  // Clang
#if __has_feature(thread_sanitizer)
#define PARLEY_TSAN_SYNC 1
#endif
#endif
#ifndef PARLEY_TSAN_SYNC
#define PARLEY_TSAN_SYNC 0
#endif

#if PARLEY_TSAN_SYNC
#include <sanitizer/tsan_interface.h>  // __tsan_acquire, __tsan_release
#endif

#include <tbb/parallel_for.h>
#include <tbb/parallel_invoke.h>
#include <tbb/parallel_sort.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <functional>
#include <utility>

namespace parley::detail {

#if PARLEY_TSAN_SYNC
inline void acquire(const void* token) {
  __tsan_acquire(const_cast<void*>(token));
}
inline void release(const void* token) {
  __tsan_release(const_cast<void*>(token));
}
#else
inline void acquire(const void*) {}
inline void release(const void*) {}
#endif

// A task of a fork-join region: runs `body`, then releases the region's join token. oneTBB hands
// a task object from the thread that wrote it (the caller, or a worker that copies it to split a
// range) to the thread that runs it without an edge TSan sees, so each task object is published
// under its own address: released once written, acquired before it is read (run or copied). The
// caller writes the first one after its own writes, so this is also the fork edge. Writers acquire
// the address first too: oneTBB's task memory and the caller's stack are reused by later regions,
// and the last reader released the address when done with the object.
template <class Body>
class SyncedTask {
 public:
  SyncedTask(const Body& body, const char& join) {
    acquire(this);
    body_ = &body;
    join_ = &join;
    release(this);
  }
  SyncedTask(const SyncedTask& other) {
    acquire(this);
    acquire(&other);
    body_ = other.body_;
    join_ = other.join_;
    release(this);
  }
  SyncedTask& operator=(const SyncedTask&) = delete;

  template <class... Args>
  void operator()(Args&&... args) const {
    acquire(this);
    const Body& body = *body_;
    const char* join = join_;
    release(this);  // done reading this object
    body(std::forward<Args>(args)...);
    release(join);
  }

 private:
  const Body* body_;
  const char* join_;
};

// One fork-join region: its tasks release `join_`; the caller acquires it after the join.
class ForkJoin {
 public:
  ForkJoin() = default;
  ForkJoin(const ForkJoin&) = delete;
  ForkJoin& operator=(const ForkJoin&) = delete;

  // `body` as a task of this region (it refers to `body`, which must outlive the region).
  template <class Body>
  SyncedTask<Body> task(const Body& body) const {
    return SyncedTask<Body>(body, join_);
  }
  // After the region's join: every task's writes -> the caller.
  void joined() const { acquire(&join_); }

 private:
  char join_ = 0;  // only its address is used
};

// tbb::parallel_for(range, body[, partitioner]).
template <class Range, class Body, class... Partitioner>
void parallel_for_synced(const Range& range, const Body& body, const Partitioner&... partitioner) {
  ForkJoin region;
  tbb::parallel_for(range, region.task(body), partitioner...);
  region.joined();
}

// tbb::parallel_invoke(f...).
template <class... F>
void parallel_invoke_synced(const F&... f) {
  ForkJoin region;
  tbb::parallel_invoke(region.task(f)...);
  region.joined();
}

// arena.execute(f), for an f that returns nothing: a thread of the arena may run it.
template <class F>
void execute_synced(tbb::task_arena& arena, const F& f) {
  ForkJoin region;
  arena.execute(region.task(f));
  region.joined();
}

// tbb::parallel_sort(first, last, less); std::sort under TSan. `less` must be a total order.
template <class It, class Less = std::less<>>
void parallel_sort_synced(It first, It last, const Less& less = Less()) {
#if PARLEY_TSAN_SYNC
  std::sort(first, last, less);
#else
  tbb::parallel_sort(first, last, less);
#endif
}

}  // namespace parley::detail
