#include "support/offer_helpers.hpp"

#include <stdexcept>

#include "domain/common/text.hpp"
#include "domain/common/time.hpp"
#include "storage/sql_unit_of_work.hpp"

namespace pacte::testing {
namespace {

storage::SqlConnection& ConnectionOf(app::UnitOfWork& uow) {
  return dynamic_cast<storage::SqlUnitOfWork&>(uow).connection();
}

storage::SqlParam Optional(const std::optional<int>& v) {
  if (!v) return nullptr;
  return static_cast<std::int64_t>(*v);
}

void AddCodes(storage::SqlConnection& conn, std::int64_t action_id, const std::string& list,
              const std::vector<std::string>& codes) {
  for (const auto& code : codes) {
    conn.Execute("INSERT INTO action_codes (action_id, list, code) VALUES ($1, $2, $3)",
                 {action_id, list, code});
  }
}

}  // namespace

std::int64_t CreateTestAction(app::Store& store, const app::Clock& clock,
                              std::int64_t structure_id, const TestActionSpec& spec) {
  const std::string now = FormatIsoTimestamp(clock.Now());
  std::int64_t id = 0;
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    auto& conn = ConnectionOf(uow);
    const auto count = conn.Query("SELECT COUNT(*) FROM actions").rows.at(0).Int(0);
    const std::string di_id = "pacte-test--" + std::to_string(count + 1);
    auto res = conn.Query(
        "INSERT INTO actions (di_id, di_source, structure_id, status, name, description, "
        "search_text, objective, action_type, service_type, frais, adresse, commune_code, "
        "telephone, courriel, contact_nom_prenom, capacity, date_maj, published_at, "
        "created_at, updated_at) VALUES ($1, 'pacte-test', $2, $3, $4, $5, $6, $7, $8, "
        "'atelier', 'gratuit', '1 place de la Boule', $9, '01 47 29 30 31', "
        "'contact@exemple.fr', 'Claire Dupuis', $10, $11, $12, $13, $13) RETURNING id",
        {di_id, structure_id, spec.status, spec.name, spec.description,
         SearchKey(spec.name + " " + spec.description), spec.objective,
         Optional(spec.action_type), spec.commune_code, Optional(spec.capacity), spec.date_maj,
         spec.status == "brouillon" ? storage::SqlParam(nullptr) : storage::SqlParam(now), now});
    id = res.rows.at(0).Int(0);
    AddCodes(conn, id, "thematique", spec.thematiques);
    AddCodes(conn, id, "public", spec.publics);
    AddCodes(conn, id, "mode_accueil", spec.modes_accueil);
    AddCodes(conn, id, "mode_mobilisation", {"telephoner"});
    AddCodes(conn, id, "mobilisable_par", {"professionnels"});
    AddCodes(conn, id, "barrier", spec.barriers);
    AddCodes(conn, id, "zone_commune", spec.zone_communes);
    return true;
  });
  if (id == 0) throw std::runtime_error("CreateTestAction: nothing inserted");
  return id;
}

std::int64_t CreateTestSession(app::Store& store, const app::Clock& clock,
                               std::int64_t action_id, const TestSessionSpec& spec) {
  const std::string now = FormatIsoTimestamp(clock.Now());
  std::int64_t id = 0;
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    storage::SqlParam hours = nullptr;
    if (spec.weekly_hours) hours = *spec.weekly_hours;
    auto res = ConnectionOf(uow).Query(
        "INSERT INTO action_sessions (action_id, starts_on, ends_on, weekly_hours, weeks, "
        "places, place, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, "
        "'Salle 2, 1 place de la Boule, Nanterre', $7, $7) RETURNING id",
        {action_id, spec.starts_on, spec.ends_on, hours, Optional(spec.weeks),
         static_cast<std::int64_t>(spec.places), now});
    id = res.rows.at(0).Int(0);
    return true;
  });
  return id;
}

std::int64_t CreateTestPrescription(app::Store& store, const app::Clock& clock,
                                    const TestPrescriptionSpec& spec) {
  const std::string now = FormatIsoTimestamp(clock.Now());
  std::int64_t id = 0;
  store.Transact(app::TxMode::kWrite, [&](app::UnitOfWork& uow) {
    auto& conn = ConnectionOf(uow);
    storage::SqlParam session = nullptr;
    if (spec.session_id) session = *spec.session_id;
    storage::SqlParam prescriber = nullptr;
    if (spec.prescriber_agent_id) prescriber = *spec.prescriber_agent_id;
    const bool answered = spec.status != "en_attente";
    auto res = conn.Query(
        "INSERT INTO prescriptions (person_id, action_id, session_id, structure_id, "
        "prescriber_agent_id, message, weekly_hours, weeks, status, prescribed_at, "
        "answered_at, created_at, updated_at) SELECT $1, a.id, $2, a.structure_id, $3, "
        "'Bonjour, je vous adresse cette personne.', 12, 12, $4, $5, $6, $7, $7 "
        "FROM actions a WHERE a.id = $8 RETURNING id",
        {spec.person_id, session, prescriber, spec.status, spec.prescribed_at,
         answered ? storage::SqlParam(spec.prescribed_at) : storage::SqlParam(nullptr), now,
         spec.action_id});
    id = res.rows.at(0).Int(0);
    conn.Execute(
        "INSERT INTO prescription_events (prescription_id, status, at, agent_id) "
        "VALUES ($1, 'en_attente', $2, $3)",
        {id, spec.prescribed_at, prescriber});
    return true;
  });
  return id;
}

}  // namespace pacte::testing
