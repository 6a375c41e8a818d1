#pragma once
// Scheduled work (session clean-up, audit retention…): each job is a use case run on a
// period by a background thread of `pacte serve`, or once from the CLI.

#include <chrono>
#include <functional>
#include <string>
#include <thread>
#include <vector>
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace pacte::jobs {

struct Job {
  std::string name;
  std::chrono::seconds period;
  std::function<void()> run;  // exceptions are logged, never propagated
};

class JobRunner {
 public:
  explicit JobRunner(std::vector<Job> jobs);
  ~JobRunner();  // stops and joins
  void Start();
  void Stop();

 private:
  void Loop();
  std::vector<Job> jobs_;
  std::thread thread_;
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
};

}  // namespace pacte::jobs
