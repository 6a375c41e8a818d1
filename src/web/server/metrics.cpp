#include "web/server/metrics.hpp"

#include <sstream>

namespace pacte::web {
namespace {

std::string Escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

}  // namespace

void Metrics::Observe(const std::string& route, int status, double seconds) {
  std::lock_guard lock(mutex_);
  auto& s = series_[route];
  ++s.by_status[status];
  ++s.count;
  s.sum += seconds;
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++s.buckets[i];
  }
}

std::string Metrics::Render(const app::PoolStats& pool) const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);
  out << "# HELP pacte_http_requests_total HTTP requests by route and status.\n"
      << "# TYPE pacte_http_requests_total counter\n";
  for (const auto& [route, s] : series_) {
    for (const auto& [status, n] : s.by_status) {
      out << "pacte_http_requests_total{route=\"" << Escape(route) << "\",status=\"" << status
          << "\"} " << n << "\n";
    }
  }
  out << "# HELP pacte_http_request_duration_seconds Request latency by route.\n"
      << "# TYPE pacte_http_request_duration_seconds histogram\n";
  for (const auto& [route, s] : series_) {
    std::string label = "route=\"" + Escape(route) + "\"";
    for (std::size_t i = 0; i < kBuckets.size(); ++i) {
      out << "pacte_http_request_duration_seconds_bucket{" << label << ",le=\"" << kBuckets[i]
          << "\"} " << s.buckets[i] << "\n";
    }
    out << "pacte_http_request_duration_seconds_bucket{" << label << ",le=\"+Inf\"} " << s.count
        << "\n";
    out << "pacte_http_request_duration_seconds_sum{" << label << "} " << s.sum << "\n";
    out << "pacte_http_request_duration_seconds_count{" << label << "} " << s.count << "\n";
  }
  out << "# HELP pacte_db_pool_size Database connections in the pool.\n"
      << "# TYPE pacte_db_pool_size gauge\npacte_db_pool_size " << pool.size << "\n"
      << "# HELP pacte_db_pool_in_use Database connections leased.\n"
      << "# TYPE pacte_db_pool_in_use gauge\npacte_db_pool_in_use " << pool.in_use << "\n"
      << "# HELP pacte_db_pool_acquisitions_total Connection leases.\n"
      << "# TYPE pacte_db_pool_acquisitions_total counter\npacte_db_pool_acquisitions_total "
      << pool.acquisitions << "\n"
      << "# HELP pacte_db_pool_waits_total Leases that waited for a free connection.\n"
      << "# TYPE pacte_db_pool_waits_total counter\npacte_db_pool_waits_total " << pool.waits
      << "\n";
  return out.str();
}

}  // namespace pacte::web
