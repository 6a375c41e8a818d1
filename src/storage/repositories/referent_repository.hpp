#pragma once
// SQL implementation of app::ReferentRepository.

#include "app/ports/referent_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlReferentRepository final : public app::ReferentRepository {
 public:
  explicit SqlReferentRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
