#pragma once
// The SQL of the catalogue search, built from validated filters, shared by
// SqlActionSearchRepository and the benchmark (which runs the same text as its bare SQL).
// One statement per step: count, page of ids (ranked), per-commune counts; each with its own
// parameters ($1…), valid on SQLite and PostgreSQL.

#include <string>

#include "app/ports/action_search_repository.hpp"
#include "storage/sql/sql_connection.hpp"

namespace pacte::storage {

struct BuiltSql {
  std::string sql;
  SqlParams params;
};

// SELECT COUNT(*) of the matching published actions.
BuiltSql ActionSearchCountSql(const Dialect& dialect, const app::ActionSearchQuery& query);
// SELECT a.id, relevance of one page, ORDER BY relevance DESC, a.search_text, a.id.
BuiltSql ActionSearchPageSql(const Dialect& dialect, const app::ActionSearchQuery& query,
                             const app::PageRequest& page);
// SELECT commune_code, commune name, COUNT(*) of every match, GROUP BY commune_code.
BuiltSql ActionSearchCommunesSql(const Dialect& dialect, const app::ActionSearchQuery& query);

}  // namespace pacte::storage
