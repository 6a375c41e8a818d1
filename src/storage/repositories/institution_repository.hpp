#pragma once

#include "app/ports/institution_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlInstitutionRepository final : public app::InstitutionRepository {
 public:
  explicit SqlInstitutionRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
