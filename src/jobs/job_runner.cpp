#include "jobs/job_runner.hpp"

#include <spdlog/spdlog.h>

namespace pacte::jobs {

JobRunner::JobRunner(std::vector<Job> jobs) : jobs_(std::move(jobs)) {}

JobRunner::~JobRunner() { Stop(); }

void JobRunner::Start() { thread_ = std::thread([this] { Loop(); }); }

void JobRunner::Stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void JobRunner::Loop() {
  using Clock = std::chrono::steady_clock;
  std::vector<Clock::time_point> next(jobs_.size(), Clock::now());
  std::unique_lock lock(mutex_);
  while (!stopping_) {
    auto now = Clock::now();
    auto soonest = now + std::chrono::hours{1};
    for (std::size_t i = 0; i < jobs_.size(); ++i) {
      if (next[i] <= now) {
        lock.unlock();
        try {
          jobs_[i].run();
        } catch (const std::exception& e) {
          spdlog::error("tâche {} en échec : {}", jobs_[i].name, e.what());
        }
        lock.lock();
        next[i] = Clock::now() + jobs_[i].period;
      }
      soonest = std::min(soonest, next[i]);
    }
    wake_.wait_until(lock, soonest, [&] { return stopping_; });
  }
}

}  // namespace pacte::jobs
