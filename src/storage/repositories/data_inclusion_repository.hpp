#pragma once
// SQL implementation of app::DataInclusionRepository: reads for the export
// (data_inclusion_export_sql.cpp), upserts of imported records and the journal
// (data_inclusion_repository.cpp).

#include "app/ports/data_inclusion_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlDataInclusionRepository final : public app::DataInclusionRepository {
 public:
  explicit SqlDataInclusionRepository(SqlConnection& conn) : conn_(conn) {}

  app::PageOf<app::DiStructure> ListStructures(const std::string& default_source,
                                               std::int64_t limit, std::int64_t offset) override;
  app::PageOf<app::DiService> ListServices(const std::string& default_source, std::int64_t limit,
                                           std::int64_t offset) override;
  app::Geography LoadGeography() override;
  std::optional<app::StoredDiStructure> FindStructure(const std::string& di_id,
                                                      const std::string& default_source) override;
  std::optional<app::StoredDiService> FindService(const std::string& di_id) override;
  std::int64_t InsertStructure(const app::DiStructure& s, const app::NewStructureCodes& codes,
                               Timestamp now) override;
  void UpdateStructure(std::int64_t structure_id, const app::DiStructure& s,
                       Timestamp now) override;
  std::int64_t InsertService(std::int64_t structure_id, const app::DiService& s,
                             const app::ImportedActionExtras& extras, Timestamp now) override;
  void UpdateService(std::int64_t action_id, std::int64_t structure_id, const app::DiService& s,
                     const app::ImportedActionExtras& extras, Timestamp now) override;
  std::int64_t InsertImport(const app::CatalogueImport& row) override;
  std::optional<app::CatalogueImport> FindImport(std::int64_t id) override;
  app::PageOf<app::CatalogueImport> ListImports(const app::PageRequest& page) override;

 private:
  void WriteStructureDetails(std::int64_t structure_id, const app::DiStructure& s,
                             Timestamp now);
  void WriteServiceCodes(std::int64_t action_id, const app::DiService& s,
                         const app::ImportedActionExtras& extras, bool keep_barriers);

  SqlConnection& conn_;
};

// Shared by the two .cpp files: the columns of a service read back from actions.
namespace di_sql {
extern const char* const kServiceColumns;  // a.id, a.structure_id, then the DiService fields
app::DiService ServiceOf(const SqlRow& r);  // from kServiceColumns (offset 2)
// Fills the code lists of `services` (keyed by action id) from action_codes rows.
void AddCode(app::DiService& s, const std::string& list, const std::string& code);
void SortCodes(app::DiService& s);
}  // namespace di_sql

}  // namespace pacte::storage
