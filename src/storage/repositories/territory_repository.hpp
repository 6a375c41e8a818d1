#pragma once

#include "app/ports/territory_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlTerritoryRepository final : public app::TerritoryRepository {
 public:
  explicit SqlTerritoryRepository(SqlConnection& conn) : conn_(conn) {}

  std::optional<app::Departement> FindDepartement(const std::string& code) override;
  std::vector<app::Departement> ListDepartements() override;
  void SaveDepartement(const app::Departement& d) override;

  std::optional<app::Territory> FindTerritory(std::int64_t id) override;
  std::optional<app::Territory> FindTerritoryByCode(const std::string& departement_code,
                                                    const std::string& code) override;
  std::int64_t InsertTerritory(const app::Territory& t, Timestamp now) override;
  void UpdateTerritory(const app::Territory& t, Timestamp now) override;
  std::vector<app::TerritorySummary> ListTerritories(
      const std::optional<std::string>& departement_code) override;

  std::optional<app::Commune> FindCommune(const std::string& insee_code) override;
  void InsertCommune(const app::Commune& c, Timestamp now) override;
  void UpdateCommune(const app::Commune& c, Timestamp now) override;
  std::vector<app::CommuneListItem> ListCommunes(const app::CommuneFilter& filter) override;
  std::vector<app::CommuneChoice> ListCommuneChoices() override;
  std::vector<app::Territory> ListTerritoryChoices() override;
  std::vector<app::CommuneShape> ListCommuneShapes(
      const std::optional<std::string>& departement_code) override;

  std::int64_t RecordImport(const app::TerritoryImportRecord& r) override;
  std::optional<app::TerritoryImportRecord> LastImport() override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
