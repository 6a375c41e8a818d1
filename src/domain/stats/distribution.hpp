#pragma once
// Summaries of a set of delays in days (dashboards, computed indicators): count, mean, median
// and 90th percentile. Shared definitions:
//   mean    arithmetic mean;
//   median  middle value, mean of the two middle values for an even count;
//   p90     nearest rank: the ceil(0.9 × n)-th smallest value (n = 10 → the 9th).
// Every statistic is nullopt over an empty set (never a division by zero).

#include <optional>
#include <vector>

namespace pacte::stats {

struct DelaySummary {
  long long count = 0;
  std::optional<double> mean;
  std::optional<double> median;
  std::optional<double> p90;
};

DelaySummary Summarize(std::vector<long> days);

// Collects delays one by one during a streaming pass, then summarises them. Seal() computes
// the summary once and frees the delays (a cached dashboard keeps summaries only); Add after
// Seal is ignored.
class DelayAccumulator {
 public:
  void Add(long days) {
    if (!sealed_) days_.push_back(days);
  }
  long long Count() const { return sealed_ ? summary_.count : static_cast<long long>(days_.size()); }
  DelaySummary Summary() const { return sealed_ ? summary_ : Summarize(days_); }
  void Seal() {
    if (sealed_) return;
    summary_ = Summarize(std::move(days_));
    days_ = {};
    sealed_ = true;
  }

 private:
  std::vector<long> days_;
  DelaySummary summary_;
  bool sealed_ = false;
};

}  // namespace pacte::stats
