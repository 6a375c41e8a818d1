#include "jobs/import_worker.hpp"

#include <spdlog/spdlog.h>

#include "app/ports/unit_of_work.hpp"

namespace pacte::jobs {

ImportWorker::ImportWorker(app::Store& store, const app::Clock& clock,
                           const app::IntakeDeps& deps, app::ImportRunners runners,
                           std::chrono::milliseconds poll)
    : store_(store), clock_(clock), deps_(deps), runners_(std::move(runners)), poll_(poll) {}

ImportWorker::~ImportWorker() { Stop(); }

void ImportWorker::Start() {
  auto interrupted = app::Write(store_, [&](app::UnitOfWork& uow) {
    return uow.Imports().MarkInterrupted(deps_.runner, clock_.Now());
  });
  if (interrupted > 0) spdlog::warn("{} import(s) interrompu(s) par un arrêt du serveur", interrupted);
  thread_ = std::thread([this] { Loop(); });
}

void ImportWorker::Wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

void ImportWorker::Stop() {
  std::optional<std::int64_t> running;
  {
    std::lock_guard lock(mutex_);
    if (stopping_ && !thread_.joinable()) return;
    stopping_ = true;
    running = running_;
  }
  wake_.notify_all();
  if (running) {
    try {
      app::Write(store_, [&](app::UnitOfWork& uow) {
        return uow.Imports().RequestCancel(*running, clock_.Now());
      });
    } catch (const std::exception& e) {
      spdlog::error("import {} : annulation à l'arrêt impossible : {}", *running, e.what());
    }
  }
  if (thread_.joinable()) thread_.join();
}

bool ImportWorker::RunOne() {
  auto next = app::Read(store_, [&](app::UnitOfWork& uow) {
    return uow.Imports().NextQueued(deps_.runner);
  });
  if (!next) return false;
  {
    std::lock_guard lock(mutex_);
    if (stopping_) return false;
    running_ = next;
  }
  auto ended = app::RunQueuedImport(store_, clock_, runners_, deps_, *next);
  if (ended) spdlog::info("import {} : {}", *next, ended->status);
  std::lock_guard lock(mutex_);
  running_.reset();
  return true;
}

void ImportWorker::Loop() {
  for (;;) {
    {
      std::lock_guard lock(mutex_);
      if (stopping_) return;
      woken_ = false;
    }
    bool ran = false;
    try {
      ran = RunOne();
    } catch (const std::exception& e) {
      // The database may be away for a moment: try again at the next poll.
      spdlog::error("travail d'import en échec : {}", e.what());
    }
    if (ran) continue;
    std::unique_lock lock(mutex_);
    wake_.wait_for(lock, poll_, [&] { return stopping_ || woken_; });
  }
}

}  // namespace pacte::jobs
