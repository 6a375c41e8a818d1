#pragma once
// Port: the statistics' view of the population, as known at a date (domain/stats/
// person_facts.hpp). Read-only; streamed in chunks of persons so that memory stays bounded on
// the largest départements.

#include <cstdint>
#include <functional>
#include <optional>

#include "domain/common/time.hpp"
#include "domain/stats/person_facts.hpp"

namespace pacte::app {

struct FactsQuery {
  Date as_of{};        // events dated after this day are left out
  Timestamp known_at{};  // rows recorded after this instant are left out (end of as_of day
                         // for a reproducible figure; now for today's)
  // Only persons with a rights row (beneficiaries); persons created by hand without any CAF
  // data are left out unless false.
  bool with_rights_only = true;
  std::optional<std::int64_t> territory_id;  // only persons living in this territory
  std::size_t chunk = 5000;                  // persons read per round of queries
};

// known_at for "as known at the end of `as_of`" (23:59:59 UTC).
inline Timestamp EndOfDay(Date as_of) {
  return Timestamp{as_of} + std::chrono::hours{23} + std::chrono::minutes{59} +
         std::chrono::seconds{59};
}

class StatsFactsRepository {
 public:
  virtual ~StatsFactsRepository() = default;
  // Calls `visit` once per person, by increasing person id, with the facts of FactsQuery.
  virtual void ForEachPerson(const FactsQuery& query,
                             const std::function<void(const stats::PersonFacts&)>& visit) = 0;
};

}  // namespace pacte::app
