#pragma once
// The background thread of `pacte serve` that runs the queued imports of this server, one at
// a time (issue 5). Uploads are kept on the disk of the server that received them, so each
// server only runs its own queue (IntakeDeps::runner) and the unassigned runs.
//
// Start(): runs left en_cours by this runner (the previous life of this server) become
// interrompue, then the loop takes NextQueued() after NextQueued(), woken by Wake() after an
// upload and polling every `poll` otherwise (another process may queue work).
// Stop(): no new run is taken; the running import, if any, is asked to cancel (it stops at
// its next batch boundary and ends annulee, what it committed stays and its counters say
// so), then the thread is joined. A process killed instead leaves the run en_cours, turned
// interrompue at the next start.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <thread>

#include "app/intake/imports.hpp"

namespace pacte::jobs {

class ImportWorker {
 public:
  ImportWorker(app::Store& store, const app::Clock& clock, const app::IntakeDeps& deps,
               app::ImportRunners runners,
               std::chrono::milliseconds poll = std::chrono::seconds{3});
  ~ImportWorker();  // Stop()
  ImportWorker(const ImportWorker&) = delete;
  ImportWorker& operator=(const ImportWorker&) = delete;

  void Start();
  void Wake();
  void Stop();

 private:
  void Loop();
  bool RunOne();

  app::Store& store_;
  const app::Clock& clock_;
  const app::IntakeDeps& deps_;
  app::ImportRunners runners_;
  std::chrono::milliseconds poll_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool woken_ = false;
  std::optional<std::int64_t> running_;  // guarded by mutex_
};

}  // namespace pacte::jobs
