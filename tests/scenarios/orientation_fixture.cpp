#include "scenarios/orientation_fixture.hpp"

#include "app/parcours/parcours_state.hpp"
#include "storage/sql_unit_of_work.hpp"

namespace pacte::testing {

std::int64_t OrientationScenario::Count(const std::string& table) {
  std::int64_t n = 0;
  db.store().Transact(app::TxMode::kRead, [&](app::UnitOfWork& uow) {
    auto& conn = dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
    n = conn.Query("SELECT COUNT(*) FROM " + table).rows.at(0).Int(0);
    return true;
  });
  return n;
}

void OrientationScenario::Refresh(std::int64_t person_id) {
  db.store().Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    app::RefreshParcoursState(uow, person_id, clock.Now());
    return true;
  });
}

std::string FieldMessage(const Error& e, const std::string& field) {
  for (const auto& f : e.fields) {
    if (f.field == field) return f.message;
  }
  return "";
}

}  // namespace pacte::testing
