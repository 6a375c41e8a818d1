#pragma once
// Shared helpers of the diagnostic and personal-data database tests: raw queries on the test
// database and a person followed by a référent of a structure.

#include <cstdint>
#include <string>
#include <vector>

#include "app/config/settings.hpp"
#include "app/parcours/parcours_state.hpp"
#include "app/policies/actor.hpp"
#include "storage/sql_unit_of_work.hpp"
#include "support/auth_helpers.hpp"
#include "support/organisation_helpers.hpp"
#include "support/parcours_helpers.hpp"
#include "support/test_database.hpp"

namespace pacte::testing {

// The rows of a query, as text cells ("" for NULL).
inline std::vector<std::vector<std::string>> QueryRows(app::Store& store, const std::string& sql,
                                                       const storage::SqlParams& params = {}) {
  std::vector<std::vector<std::string>> out;
  store.Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
    auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
    for (const auto& row : conn.Query(sql, params).rows) {
      std::vector<std::string> cells;
      for (std::size_t i = 0; i < row.size(); ++i) cells.push_back(row.Text(i));
      out.push_back(cells);
    }
    return true;
  });
  return out;
}

inline std::string QueryText(app::Store& store, const std::string& sql,
                             const storage::SqlParams& params = {}) {
  auto rows = QueryRows(store, sql, params);
  return rows.empty() ? "<none>" : rows.at(0).at(0);
}

inline void RefreshForTest(app::Store& store, const app::Clock& clock, std::int64_t person_id) {
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    app::RefreshParcoursState(uow, person_id, clock.Now());
    return true;
  });
}

// An actor as the web layer builds it for an agent.
inline app::Actor ActorFor(std::int64_t agent_id, Role role,
                           std::optional<std::int64_t> structure_id = std::nullopt,
                           std::optional<std::int64_t> territory_id = std::nullopt) {
  app::Actor a;
  a.agent_id = agent_id;
  a.display_name = "Agent";
  a.roles = {role};
  a.structure_id = structure_id;
  a.territory_id = territory_id;
  return a;
}

}  // namespace pacte::testing
