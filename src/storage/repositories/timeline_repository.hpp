#pragma once
// SQL implementation of app::TimelineRepository.

#include "app/ports/timeline_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlTimelineRepository final : public app::TimelineRepository {
 public:
  explicit SqlTimelineRepository(SqlConnection& conn) : conn_(conn) {}

 private:
  [[maybe_unused]] SqlConnection& conn_;
};

}  // namespace pacte::storage
