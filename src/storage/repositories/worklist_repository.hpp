#pragma once
// SQL implementation of app::WorklistRepository: bulk snapshots read in four set-based
// queries (persons, contracts, appointments, other facts), each joined to person_parcours
// under the same filter and ordered by person, merged in one pass.

#include "app/ports/worklist_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlWorklistRepository final : public app::WorklistRepository {
 public:
  explicit SqlWorklistRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<app::WorklistPerson> LoadSnapshots(const app::WorklistFilter& filter,
                                                 Date today) override;
  std::vector<app::WorklistPersonLabel> DescribePersons(
      const std::vector<std::int64_t>& person_ids) override;
  std::vector<app::StoredRuleSetting> ListRuleSettings() override;
  Result<std::int64_t> InsertRuleSetting(const RuleSetting& setting,
                                         std::optional<std::int64_t> recorded_by,
                                         Timestamp now) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
