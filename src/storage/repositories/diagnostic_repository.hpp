#pragma once
// SQL implementation of app::DiagnosticRepository.

#include "app/ports/diagnostic_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlDiagnosticRepository final : public app::DiagnosticRepository {
 public:
  explicit SqlDiagnosticRepository(SqlConnection& conn) : conn_(conn) {}

  std::vector<app::StoredSituation> Situations() override;
  std::optional<app::StoredSituation> FindSituation(std::int64_t id) override;
  std::optional<app::StoredSituation> FindSituationByCode(const std::string& code) override;
  Result<std::int64_t> InsertSituation(BarrierTheme theme, const std::string& code,
                                       const std::string& label, Timestamp now) override;
  Status UpdateSituation(std::int64_t id, std::int64_t expected_version, const std::string& label,
                         bool active, Timestamp now) override;
  std::int64_t InsertDiagnostic(std::int64_t person_id, const Diagnostic& d,
                                std::optional<std::int64_t> agent_id,
                                std::optional<std::int64_t> structure_id, Timestamp now) override;
  std::vector<app::StoredDiagnostic> DiagnosticsOf(std::int64_t person_id) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
