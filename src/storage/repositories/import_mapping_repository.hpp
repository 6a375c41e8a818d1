#pragma once
// SQL implementation of app::ImportMappingRepository (table import_mappings).

#include "app/ports/import_mapping_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlImportMappingRepository final : public app::ImportMappingRepository {
 public:
  explicit SqlImportMappingRepository(SqlConnection& conn) : conn_(conn) {}

  Result<std::int64_t> Insert(const app::ImportMapping& m, std::optional<std::int64_t> by,
                              Timestamp now) override;
  Status Update(std::int64_t id, std::int64_t expected_version, const app::ImportMapping& m,
                Timestamp now) override;
  Status Delete(std::int64_t id) override;
  bool UsedByAnImport(std::int64_t id) override;
  std::optional<app::StoredImportMapping> Find(std::int64_t id) override;
  std::optional<app::StoredImportMapping> FindByName(const std::string& name) override;
  std::vector<app::StoredImportMapping> List() override;

 private:
  std::vector<app::StoredImportMapping> Where(const std::string& condition,
                                              const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace pacte::storage
