#pragma once
// SQL implementation of app::StatsFactsRepository: one round of seven queries per chunk of
// persons (rights, orientations, référents, contracts with their action types,
// prescriptions, exits, diagnostics), merged by person id in memory.

#include "app/ports/stats_facts_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlStatsFactsRepository final : public app::StatsFactsRepository {
 public:
  explicit SqlStatsFactsRepository(SqlConnection& conn) : conn_(conn) {}

  void ForEachPerson(const app::FactsQuery& query,
                     const std::function<void(const stats::PersonFacts&)>& visit) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
