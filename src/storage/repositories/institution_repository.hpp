#pragma once

#include "app/ports/institution_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlInstitutionRepository final : public app::InstitutionRepository {
 public:
  explicit SqlInstitutionRepository(SqlConnection& conn) : conn_(conn) {}

  Result<std::int64_t> Insert(const InstitutionFields& f, Timestamp now) override;
  std::optional<app::Institution> Find(std::int64_t id) override;
  Status Update(std::int64_t id, std::int64_t expected_version, const InstitutionFields& f,
                Timestamp now) override;
  app::PageOf<app::Institution> List(const app::InstitutionFilter& filter,
                                     const app::PageRequest& page) override;
  std::vector<app::InstitutionChoice> ListChoices() override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
