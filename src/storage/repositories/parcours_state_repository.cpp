#include "storage/repositories/parcours_state_repository.hpp"

namespace pacte::storage {
namespace {

std::optional<Date> OptDate(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoDate(r.Text(i).substr(0, 10));
}

SqlParam DateParam(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return FormatIsoDate(*d);
}

constexpr const char* kColumns =
    "SELECT person_id, territory_id, commune_code, dd_since, orientation_id, oriented_on, "
    "parcours, structure_id, referent_agent_id, referent_structure_id, referent_since, "
    "contract_id, contract_type, contract_starts_on, contract_ends_on, exited_on, exit_reason, "
    "last_contact_on, next_appointment_at FROM person_parcours";

app::ParcoursState StateOf(const SqlRow& r) {
  app::ParcoursState s;
  s.person_id = r.Int(0);
  s.territory_id = r.OptInt(1);
  s.commune_code = r.OptText(2);
  s.dd_since = OptDate(r, 3);
  s.orientation_id = r.OptInt(4);
  s.oriented_on = OptDate(r, 5);
  s.parcours = r.OptText(6);
  s.structure_id = r.OptInt(7);
  s.referent_agent_id = r.OptInt(8);
  s.referent_structure_id = r.OptInt(9);
  s.referent_since = OptDate(r, 10);
  s.contract_id = r.OptInt(11);
  s.contract_type = r.OptText(12);
  s.contract_starts_on = OptDate(r, 13);
  s.contract_ends_on = OptDate(r, 14);
  s.exited_on = OptDate(r, 15);
  s.exit_reason = r.OptText(16);
  s.last_contact_on = OptDate(r, 17);
  if (!r.IsNull(18)) s.next_appointment_at = ParseIsoTimestamp(r.Text(18));
  return s;
}

}  // namespace

void SqlParcoursStateRepository::Refresh(std::int64_t person_id, std::optional<Date> dd_since,
                                         Timestamp now) {
  app::ParcoursState s;
  s.person_id = person_id;
  s.dd_since = dd_since;
  const SqlParams id{person_id};

  auto where = conn_.Query(
      "SELECT p.commune_code, c.territory_id FROM persons p "
      "LEFT JOIN communes c ON c.insee_code = p.commune_code WHERE p.id = $1",
      id);
  if (where.rows.empty()) return;
  s.commune_code = where.rows[0].OptText(0);
  s.territory_id = where.rows[0].OptInt(1);

  auto orientation = conn_.Query(
      "SELECT o.id, o.decided_on, o.parcours, o.structure_id FROM orientations o "
      "WHERE o.person_id = $1 AND NOT EXISTS "
      "(SELECT 1 FROM orientations n WHERE n.previous_orientation_id = o.id)",
      id);
  if (!orientation.rows.empty()) {
    const SqlRow& r = orientation.rows[0];
    s.orientation_id = r.Int(0);
    s.oriented_on = OptDate(r, 1);
    s.parcours = r.Text(2);
    s.structure_id = r.Int(3);
  }

  auto referent = conn_.Query(
      "SELECT agent_id, structure_id, valid_from FROM referent_assignments "
      "WHERE person_id = $1 AND valid_to IS NULL",
      id);
  if (!referent.rows.empty()) {
    const SqlRow& r = referent.rows[0];
    s.referent_agent_id = r.Int(0);
    s.referent_structure_id = r.OptInt(1);
    s.referent_since = OptDate(r, 2);
  }

  auto contract = conn_.Query(
      "SELECT id, type, starts_on, ends_on FROM contracts WHERE person_id = $1 "
      "AND status = 'signe' ORDER BY starts_on DESC, id DESC LIMIT 1",
      id);
  if (!contract.rows.empty()) {
    const SqlRow& r = contract.rows[0];
    s.contract_id = r.Int(0);
    s.contract_type = r.Text(1);
    s.contract_starts_on = OptDate(r, 2);
    s.contract_ends_on = OptDate(r, 3);
  }

  auto exit = conn_.Query(
      "SELECT exited_on, reason FROM exits WHERE person_id = $1 "
      "ORDER BY exited_on DESC, id DESC LIMIT 1",
      id);
  if (!exit.rows.empty()) {
    const std::optional<Date> exited_on = OptDate(exit.rows[0], 0);
    // A D&D period that started after the exit reopened the parcours.
    if (exited_on && !(dd_since && *dd_since > *exited_on)) {
      s.exited_on = exited_on;
      s.exit_reason = exit.rows[0].Text(1);
    }
  }

  auto contact = conn_.Query(
      "SELECT MAX(d) FROM ("
      "SELECT MAX(substr(starts_at, 1, 10)) AS d FROM appointments "
      "WHERE person_id = $1 AND status = 'honore' "
      "UNION ALL SELECT MAX(decided_on) FROM orientations WHERE person_id = $1 "
      "UNION ALL SELECT MAX(made_on) FROM diagnostics WHERE person_id = $1 "
      "UNION ALL SELECT MAX(signed_on) FROM contracts WHERE person_id = $1 "
      "UNION ALL SELECT MAX(exited_on) FROM exits WHERE person_id = $1) contacts",
      id);
  if (!contact.rows.empty()) s.last_contact_on = OptDate(contact.rows[0], 0);

  auto next = conn_.Query(
      "SELECT MIN(starts_at) FROM appointments WHERE person_id = $1 AND status = 'a_venir' "
      "AND starts_at >= $2",
      SqlParams{person_id, FormatIsoTimestamp(now)});
  if (!next.rows.empty() && !next.rows[0].IsNull(0)) {
    s.next_appointment_at = ParseIsoTimestamp(next.rows[0].Text(0));
  }

  SqlParams p;
  p.reserve(20);
  p.emplace_back(s.person_id);
  p.push_back(Opt(s.territory_id));
  p.push_back(Opt(s.commune_code));
  p.push_back(DateParam(s.dd_since));
  p.push_back(Opt(s.orientation_id));
  p.push_back(DateParam(s.oriented_on));
  p.push_back(Opt(s.parcours));
  p.push_back(Opt(s.structure_id));
  p.push_back(Opt(s.referent_agent_id));
  p.push_back(Opt(s.referent_structure_id));
  p.push_back(DateParam(s.referent_since));
  p.push_back(Opt(s.contract_id));
  p.push_back(Opt(s.contract_type));
  p.push_back(DateParam(s.contract_starts_on));
  p.push_back(DateParam(s.contract_ends_on));
  p.push_back(DateParam(s.exited_on));
  p.push_back(Opt(s.exit_reason));
  p.push_back(DateParam(s.last_contact_on));
  p.push_back(s.next_appointment_at ? SqlParam(FormatIsoTimestamp(*s.next_appointment_at))
                                    : SqlParam(nullptr));
  p.emplace_back(FormatIsoTimestamp(now));
  conn_.Execute(
      "INSERT INTO person_parcours (person_id, territory_id, commune_code, dd_since, "
      "orientation_id, oriented_on, parcours, structure_id, referent_agent_id, "
      "referent_structure_id, referent_since, contract_id, contract_type, contract_starts_on, "
      "contract_ends_on, exited_on, exit_reason, last_contact_on, next_appointment_at, "
      "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, "
      "$16, $17, $18, $19, $20) ON CONFLICT (person_id) DO UPDATE SET "
      "territory_id = excluded.territory_id, commune_code = excluded.commune_code, "
      "dd_since = excluded.dd_since, orientation_id = excluded.orientation_id, "
      "oriented_on = excluded.oriented_on, parcours = excluded.parcours, "
      "structure_id = excluded.structure_id, referent_agent_id = excluded.referent_agent_id, "
      "referent_structure_id = excluded.referent_structure_id, "
      "referent_since = excluded.referent_since, contract_id = excluded.contract_id, "
      "contract_type = excluded.contract_type, "
      "contract_starts_on = excluded.contract_starts_on, "
      "contract_ends_on = excluded.contract_ends_on, exited_on = excluded.exited_on, "
      "exit_reason = excluded.exit_reason, last_contact_on = excluded.last_contact_on, "
      "next_appointment_at = excluded.next_appointment_at, updated_at = excluded.updated_at",
      p);
}

std::optional<app::ParcoursState> SqlParcoursStateRepository::Find(std::int64_t person_id) {
  auto res = conn_.Query(std::string(kColumns) + " WHERE person_id = $1", SqlParams{person_id});
  if (res.rows.empty()) return std::nullopt;
  return StateOf(res.rows[0]);
}

std::vector<std::int64_t> SqlParcoursStateRepository::PersonIdsAfter(std::int64_t after_id,
                                                                    int limit) {
  std::vector<std::int64_t> ids;
  for (const auto& row : conn_.Query("SELECT id FROM persons WHERE id > $1 AND anonymised_at "
                                     "IS NULL ORDER BY id LIMIT $2",
                                     SqlParams{after_id, static_cast<std::int64_t>(limit)})
                             .rows) {
    ids.push_back(row.Int(0));
  }
  return ids;
}

}  // namespace pacte::storage
