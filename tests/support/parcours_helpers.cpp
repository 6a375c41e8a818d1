#include "support/parcours_helpers.hpp"

#include <stdexcept>

#include "app/parcours/parcours_state.hpp"
#include "app/ports/beneficiary_repository.hpp"
#include "domain/common/time.hpp"
#include "storage/sql_unit_of_work.hpp"

namespace pacte::testing {
namespace {

storage::SqlConnection& ConnectionOf(app::UnitOfWork& uow) {
  return dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
}

}  // namespace

std::int64_t CreateTestPerson(app::Store& store, const app::Clock& clock,
                              const TestPersonSpec& spec) {
  Person p;
  p.last_name = spec.last_name;
  p.first_name = spec.first_name;
  auto birth = ParseIsoDate(spec.birth_date);
  if (!birth) throw std::runtime_error("CreateTestPerson: bad birth_date");
  p.birth_date = *birth;
  p.commune_code = spec.commune_code;
  const Timestamp now = clock.Now();
  std::int64_t id = 0;
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    auto inserted = uow.Beneficiaries().InsertPerson(std::nullopt, p, std::nullopt, now);
    if (!inserted) throw std::runtime_error("CreateTestPerson: " + inserted.error().message);
    id = *inserted;
    if (spec.dd_since) {
      auto& conn = ConnectionOf(uow);
      auto household = conn.Query(
          "INSERT INTO households (caf_matricule, paying_body, created_at, updated_at) "
          "VALUES ($1, 'CAF', $2, $2) RETURNING id",
          {std::string("T") + std::to_string(id), FormatIsoTimestamp(now)});
      const std::int64_t household_id = household.rows.at(0).Int(0);
      conn.Execute("UPDATE persons SET household_id = $1, role = 'DEM' WHERE id = $2",
                   {household_id, id});
      conn.Execute(
          "INSERT INTO rights_history (household_id, person_id, valid_from, etatdosrsa, "
          "dd_flag, source, recorded_at) VALUES ($1, $2, $3, '2', '1', 'manual', $4)",
          {household_id, id, *spec.dd_since, FormatIsoTimestamp(now)});
    }
    app::RefreshParcoursState(uow, id, now);
    return true;
  });
  return id;
}

std::int64_t OrientForTest(app::Store& store, const app::Clock& clock, std::int64_t person_id,
                           std::int64_t structure_id, const std::string& parcours,
                           const std::string& decided_on) {
  const Timestamp now = clock.Now();
  std::int64_t id = 0;
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    auto& conn = ConnectionOf(uow);
    auto tip = conn.Query(
        "SELECT o.id FROM orientations o WHERE o.person_id = $1 AND NOT EXISTS "
        "(SELECT 1 FROM orientations n WHERE n.previous_orientation_id = o.id)",
        {person_id});
    storage::SqlParam previous = nullptr;
    if (!tip.rows.empty()) previous = tip.rows[0].Int(0);
    auto res = conn.Query(
        "INSERT INTO orientations (person_id, decided_on, decided_by, parcours, structure_id, "
        "previous_orientation_id, is_reorientation, created_at, updated_at) "
        "VALUES ($1, $2, 'pcd', $3, $4, $5, $6, $7, $7) RETURNING id",
        {person_id, decided_on, parcours, structure_id, previous, !tip.rows.empty(),
         FormatIsoTimestamp(now)});
    id = res.rows.at(0).Int(0);
    app::RefreshParcoursState(uow, person_id, now);
    return true;
  });
  return id;
}

std::int64_t AssignReferentForTest(app::Store& store, const app::Clock& clock,
                                   std::int64_t person_id, std::int64_t agent_id,
                                   std::optional<std::int64_t> structure_id,
                                   const std::string& since) {
  const Timestamp now = clock.Now();
  std::int64_t id = 0;
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    auto& conn = ConnectionOf(uow);
    conn.Execute(
        "UPDATE referent_assignments SET valid_to = $1, end_reason = 'reassignment' "
        "WHERE person_id = $2 AND valid_to IS NULL",
        {since, person_id});
    auto res = conn.Query(
        "INSERT INTO referent_assignments (person_id, agent_id, structure_id, valid_from, "
        "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
        {person_id, agent_id, storage::Opt(structure_id), since, FormatIsoTimestamp(now)});
    id = res.rows.at(0).Int(0);
    app::RefreshParcoursState(uow, person_id, now);
    return true;
  });
  return id;
}

void ExecuteForTest(app::Store& store, const std::string& sql,
                    const std::vector<std::string>& params) {
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    storage::SqlParams p(params.begin(), params.end());
    ConnectionOf(uow).Execute(sql, p);
    return true;
  });
}

}  // namespace pacte::testing
