#pragma once
// SQL implementation of app::ReferentRepository.

#include "app/ports/referent_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlReferentRepository final : public app::ReferentRepository {
 public:
  explicit SqlReferentRepository(SqlConnection& conn) : conn_(conn) {}

  std::optional<app::ReferentAssignment> Active(std::int64_t person_id) override;
  std::vector<app::ReferentAssignment> History(std::int64_t person_id) override;
  std::vector<app::ReferentAssignment> ActiveOfAgent(std::int64_t agent_id) override;
  Result<std::int64_t> Open(const app::NewAssignment& a, Timestamp now) override;
  Status Close(std::int64_t id, std::int64_t expected_version, Date valid_to,
               const std::string& end_reason, Timestamp now) override;
  app::PageOf<app::Caseload> Caseloads(const app::CaseloadFilter& filter,
                                       const app::PageRequest& page) override;

 private:
  std::vector<app::ReferentAssignment> Select(const std::string& where, const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace pacte::storage
