#pragma once
// SQL implementation of app::TimelineRepository: one UNION ALL over the parcours tables.

#include "app/ports/timeline_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlTimelineRepository final : public app::TimelineRepository {
 public:
  explicit SqlTimelineRepository(SqlConnection& conn) : conn_(conn) {}

  app::PageOf<app::TimelineEvent> EventsOf(std::int64_t person_id,
                                           const app::PageRequest& page) override;

 private:
  SqlConnection& conn_;
};

}  // namespace pacte::storage
