#pragma once
// SQL implementation of app::CatalogueRepository.

#include "app/ports/catalogue_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlCatalogueRepository final : public app::CatalogueRepository {
 public:
  explicit SqlCatalogueRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
