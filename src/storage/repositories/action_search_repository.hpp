#pragma once
// SQL implementation of app::ActionSearchRepository (statements in action_search_sql.hpp).

#include "app/ports/action_search_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

class SqlActionSearchRepository final : public app::ActionSearchRepository {
 public:
  explicit SqlActionSearchRepository(SqlConnection& conn) : conn_(conn) {}

  std::optional<app::CommunePlace> FindCommune(const std::string& insee_code) override;
  app::PageOf<app::ActionSearchItem> Search(const app::ActionSearchQuery& query,
                                            const app::PageRequest& page) override;
  std::vector<app::CommuneResultCount> CountByCommune(
      const app::ActionSearchQuery& query) override;
  std::optional<app::PersonNeeds> NeedsOf(std::int64_t person_id) override;

 private:
  std::vector<app::ActionSearchItem> Details(const std::vector<std::int64_t>& ids, Date today);
  void AddCodes(std::vector<app::ActionSearchItem>& items);

  SqlConnection& conn_;
};

}  // namespace pacte::storage
