#include "storage/repositories/personal_data_repository.hpp"

#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace pacte::storage {
namespace {

// One exported section: its columns (also the SELECT list) and the rest of its query, where
// $1 is the person id.
struct SectionQuery {
  const char* key;
  const char* columns;
  const char* from;
};

constexpr SectionQuery kSections[] = {
    {"person",
     "id, household_id, role, civility, first_name, last_name, birth_name, birth_date, sex, nir, "
     "caf_number, internal_id, email, phone, address, commune_code, created_at, updated_at, "
     "anonymised_at",
     "FROM persons WHERE id = $1"},
    {"household", "id, numdemrsa, caf_matricule, paying_body, commune_code, address, created_at",
     "FROM households WHERE id = (SELECT household_id FROM persons WHERE id = $1)"},
    {"rights_history",
     "id, valid_from, valid_to, etatdosrsa, dd_flag, suspension_reason, closure_reason, "
     "closure_date, homeless, source, recorded_at, superseded_at",
     "FROM rights_history WHERE person_id = $1 OR (person_id IS NULL AND household_id = "
     "(SELECT household_id FROM persons WHERE id = $1)) ORDER BY valid_from, id"},
    {"orientations",
     "id, decided_on, decided_by, parcours, structure_id, reason, criteria, is_reorientation, "
     "previous_orientation_id, created_at",
     "FROM orientations WHERE person_id = $1 ORDER BY decided_on, id"},
    {"reorientation_requests",
     "id, orientation_id, requested_on, motive, proposed_parcours, proposed_structure_id, status, "
     "decided_on, decision_reason, resulting_orientation_id",
     "FROM reorientation_requests WHERE person_id = $1 ORDER BY requested_on, id"},
    {"referent_assignments", "id, agent_id, structure_id, valid_from, valid_to, end_reason",
     "FROM referent_assignments WHERE person_id = $1 ORDER BY valid_from, id"},
    {"diagnostics",
     "id, made_on, agent_id, structure_id, driving_licence, vehicle, qualification_level, "
     "professional_project, rome_code, comment",
     "FROM diagnostics WHERE person_id = $1 ORDER BY made_on, id"},
    {"diagnostic_items", "id, diagnostic_id, theme, situation_code, impact, comment",
     "FROM diagnostic_items WHERE diagnostic_id IN (SELECT id FROM diagnostics WHERE "
     "person_id = $1) ORDER BY diagnostic_id, id"},
    {"contracts",
     "id, type, status, signed_on, starts_on, ends_on, weekly_hours, exemption_reason, "
     "objectives, structure_id, referent_agent_id, renews_contract_id, closed_on, closure_reason",
     "FROM contracts WHERE person_id = $1 ORDER BY starts_on, id"},
    {"contract_actions",
     "id, contract_id, position, label, action_type, catalogue_action_id, prescription_id",
     "FROM contract_actions WHERE contract_id IN (SELECT id FROM contracts WHERE person_id = $1) "
     "ORDER BY contract_id, position, id"},
    {"appointments",
     "id, starts_at, duration_minutes, mode, place, motive_code, status, comment, agent_id, "
     "structure_id",
     "FROM appointments WHERE person_id = $1 ORDER BY starts_at, id"},
    {"notes", "id, created_at, author_id, structure_id, visibility, body",
     "FROM notes WHERE person_id = $1 ORDER BY created_at, id"},
    {"exits", "id, exited_on, reason, comment",
     "FROM exits WHERE person_id = $1 ORDER BY exited_on, id"},
    {"parcours_reviews", "id, reviewed_on, kind, outcome",
     "FROM parcours_reviews WHERE person_id = $1 ORDER BY reviewed_on, id"},
    {"audit_events", "id, at, agent_id, action, object_type, object_id, details",
     "FROM audit_events WHERE (object_type = 'person' AND object_id = $1) "
     "OR details LIKE $2 OR details LIKE $3 ORDER BY id"},
};

const std::set<std::string> kBooleanColumns{"homeless", "is_reorientation", "driving_licence",
                                            "vehicle"};

std::vector<std::string> SplitColumns(const char* list) {
  std::vector<std::string> out;
  std::stringstream in(list);
  std::string column;
  while (std::getline(in, column, ',')) {
    auto first = column.find_first_not_of(' ');
    out.push_back(column.substr(first));
  }
  return out;
}

// Removes the free text "other_difficulty" wherever it sits in orientation criteria.
void StripFreeText(nlohmann::json& j) {
  if (j.is_object()) {
    j.erase("other_difficulty");
    for (auto& [key, value] : j.items()) StripFreeText(value);
  } else if (j.is_array()) {
    for (auto& value : j) StripFreeText(value);
  }
}

}  // namespace

std::vector<app::DataSection> SqlPersonalDataRepository::Export(std::int64_t person_id) {
  std::vector<app::DataSection> out;
  const std::string id_text = std::to_string(person_id);
  SqlParams params{person_id};
  SqlParams audit_params{id_text, "%\"person_id\":" + id_text + ",%",
                         "%\"person_id\":" + id_text + "}%"};
  for (const auto& q : kSections) {
    app::DataSection section;
    section.key = q.key;
    section.columns = SplitColumns(q.columns);
    const bool audit = section.key == "audit_events";
    std::string sql = std::string("SELECT ") + q.columns + " " + q.from;
    for (const auto& row : conn_.Query(sql, audit ? audit_params : params).rows) {
      std::vector<std::optional<std::string>> cells;
      for (std::size_t i = 0; i < section.columns.size(); ++i) {
        if (kBooleanColumns.count(section.columns[i]) && !row.IsNull(i)) {
          cells.emplace_back(row.Bool(i) ? "true" : "false");
        } else {
          cells.push_back(row.OptText(i));
        }
      }
      section.rows.push_back(std::move(cells));
    }
    out.push_back(std::move(section));
  }
  return out;
}

std::vector<app::RetentionCandidate> SqlPersonalDataRepository::RetentionCandidates(
    Date cutoff, std::optional<std::int64_t> only_person) {
  std::string sql =
      "SELECT pp.person_id, pp.exited_on, COALESCE(pp.last_contact_on, pp.exited_on) "
      "FROM person_parcours pp JOIN persons p ON p.id = pp.person_id "
      "WHERE p.anonymised_at IS NULL AND pp.exited_on IS NOT NULL AND pp.exited_on < $1 "
      "AND COALESCE(pp.last_contact_on, pp.exited_on) < $1";
  SqlParams params{FormatIsoDate(cutoff)};
  if (only_person) {
    sql += " AND pp.person_id = $2";
    params.emplace_back(*only_person);
  }
  sql += " ORDER BY pp.person_id";
  std::vector<app::RetentionCandidate> out;
  for (const auto& row : conn_.Query(sql, params).rows) {
    app::RetentionCandidate c;
    c.person_id = row.Int(0);
    c.exited_on = ParseIsoDate(row.Text(1)).value_or(Date{});
    c.last_contact_on = ParseIsoDate(row.Text(2)).value_or(c.exited_on);
    out.push_back(c);
  }
  return out;
}

void SqlPersonalDataRepository::AnonymiseCriteria(std::int64_t person_id) {
  auto rows =
      conn_.Query("SELECT id, criteria FROM orientations WHERE person_id = $1", {person_id});
  for (const auto& row : rows.rows) {
    auto criteria = nlohmann::json::parse(row.Text(1), nullptr, false);
    if (criteria.is_discarded()) criteria = nlohmann::json::object();
    StripFreeText(criteria);
    conn_.Execute("UPDATE orientations SET criteria = $1 WHERE id = $2",
                  {criteria.dump(), row.Int(0)});
  }
}

void SqlPersonalDataRepository::Anonymise(std::int64_t person_id, Timestamp now) {
  const SqlParams id{person_id};
  const std::string at = FormatIsoTimestamp(now);
  // The household is anonymised only when nobody else in it is still followed.
  conn_.Execute(
      "UPDATE households SET numdemrsa = NULL, caf_matricule = '', address = NULL, "
      "updated_at = $2, version = version + 1 "
      "WHERE id = (SELECT household_id FROM persons WHERE id = $1) AND NOT EXISTS (SELECT 1 "
      "FROM persons o WHERE o.household_id = households.id AND o.id <> $1 AND "
      "o.anonymised_at IS NULL)",
      {person_id, at});
  conn_.Execute(
      "UPDATE persons SET first_name = 'Anonyme', last_name = 'Anonyme', birth_name = NULL, "
      "civility = NULL, birth_date = SUBSTR(birth_date, 1, 4) || '-01-01', nir = NULL, "
      "caf_number = NULL, internal_id = NULL, email = NULL, phone = NULL, address = NULL, "
      "search_key = '', anonymised_at = $2, updated_at = $2, version = version + 1 "
      "WHERE id = $1",
      {person_id, at});
  // The typo-tolerant search index holds the old name's variants.
  conn_.Execute("DELETE FROM person_name_variants WHERE person_id = $1", id);
  conn_.Execute("UPDATE orientations SET reason = NULL WHERE person_id = $1", id);
  AnonymiseCriteria(person_id);
  conn_.Execute(
      "UPDATE reorientation_requests SET motive = '', decision_reason = NULL WHERE person_id = $1",
      id);
  conn_.Execute("UPDATE referent_assignments SET end_reason = NULL WHERE person_id = $1", id);
  conn_.Execute(
      "UPDATE diagnostics SET professional_project = NULL, comment = NULL WHERE person_id = $1",
      id);
  conn_.Execute(
      "UPDATE diagnostic_items SET comment = NULL WHERE diagnostic_id IN (SELECT id FROM "
      "diagnostics WHERE person_id = $1)",
      id);
  conn_.Execute(
      "UPDATE contracts SET objectives = NULL, exemption_reason = NULL, closure_reason = NULL "
      "WHERE person_id = $1",
      id);
  conn_.Execute(
      "UPDATE contract_actions SET label = '' WHERE contract_id IN (SELECT id FROM contracts "
      "WHERE person_id = $1)",
      id);
  conn_.Execute("UPDATE appointments SET place = NULL, comment = NULL WHERE person_id = $1", id);
  conn_.Execute("DELETE FROM notes WHERE person_id = $1", id);
  conn_.Execute("UPDATE exits SET comment = NULL WHERE person_id = $1", id);
  conn_.Execute("UPDATE parcours_reviews SET outcome = NULL WHERE person_id = $1", id);
}

}  // namespace pacte::storage
