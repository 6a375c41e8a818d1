#pragma once
// SQL implementation of app::CatalogueRepository: actions and their codes
// (catalogue_repository.cpp), sessions and programmes (catalogue_sessions_sql.cpp).

#include "app/ports/catalogue_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlCatalogueRepository final : public app::CatalogueRepository {
 public:
  explicit SqlCatalogueRepository(SqlConnection& conn) : conn_(conn) {}

  std::int64_t InsertAction(const std::string& di_source, const app::ActionWrite& a,
                            Timestamp now) override;
  std::optional<app::StoredAction> FindAction(std::int64_t id) override;
  Status UpdateAction(std::int64_t id, std::int64_t expected_version, const app::ActionWrite& a,
                      Timestamp now) override;
  app::PageOf<app::ActionListItem> ListActions(const app::ActionListFilter& filter,
                                               const app::PageRequest& page) override;

  std::int64_t InsertSession(std::int64_t action_id, const SessionFields& s,
                             Timestamp now) override;
  std::optional<app::StoredSession> LockSession(std::int64_t id) override;
  Status UpdateSession(std::int64_t id, std::int64_t expected_version, const SessionFields& s,
                       bool cancelled, Timestamp now) override;
  std::vector<app::StoredSession> ListSessions(std::int64_t action_id) override;
  void TouchAction(std::int64_t id, Date date_maj, Timestamp now) override;

  std::vector<app::StoredProgramme> ListProgrammes() override;
  std::optional<app::StoredProgramme> FindProgramme(std::int64_t id) override;
  std::optional<app::StoredProgramme> FindProgrammeByYear(std::int64_t year) override;
  Result<std::int64_t> InsertProgramme(const ProgrammeFields& p, Timestamp now) override;
  Status UpdateProgramme(std::int64_t id, std::int64_t expected_version, const ProgrammeFields& p,
                         Timestamp now) override;
  std::int64_t AttachActionsOfYear(std::int64_t programme_id, std::int64_t year) override;
  std::vector<app::ProgrammeAction> ProgrammeActions(std::int64_t programme_id) override;

 private:
  void WriteCodes(std::int64_t action_id, const ActionFields& f);
  void LoadCodes(app::StoredAction& a);
  std::vector<app::StoredProgramme> SelectProgrammes(const std::string& where,
                                                     const SqlParams& params);
  SqlConnection& conn_;
};

}  // namespace pacte::storage
