#pragma once

#include "app/ports/structure_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlStructureRepository final : public app::StructureRepository {
 public:
  explicit SqlStructureRepository(SqlConnection& conn) : conn_(conn) {}

  std::int64_t Insert(const StructureFields& f, Timestamp now) override;
  std::optional<app::Structure> Find(std::int64_t id) override;
  Status Update(std::int64_t id, std::int64_t expected_version, const StructureFields& f,
                Timestamp now) override;
  app::PageOf<app::Structure> List(const app::StructureFilter& filter,
                                   const app::PageRequest& page) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
