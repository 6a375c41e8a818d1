#include "storage/repositories/population_repository.hpp"

#include "domain/beneficiary/name_match.hpp"
#include "storage/sql/bulk_insert.hpp"

namespace pacte::storage {
namespace {

using Batch = app::PopulationBatch;

SqlParam DateOrNull(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return FormatIsoDate(*d);
}

template <class T, class F>
SqlParam CodeOrNull(const std::optional<T>& v, F code) {
  if (!v) return nullptr;
  return std::string(code(*v));
}

// A demo or benchmark row is recorded on the day of its event (never after `now`), so that
// the statistics "as known at" a past date see the history as it was known then.
std::string RecordedOn(Date d, const std::string& now) {
  std::string at = FormatIsoTimestamp(Timestamp{d});
  return at < now ? at : now;
}

// Ids of one table: the first free id, then one per row in batch order.
struct Ids {
  std::int64_t first = 1;
  std::int64_t Of(std::size_t index) const { return first + static_cast<std::int64_t>(index); }
};

}  // namespace

std::vector<std::int64_t> SqlPopulationRepository::Load(const Batch& batch, Timestamp now) {
  const std::string at = FormatIsoTimestamp(now);
  const Ids households{NextId(conn_, "households")};
  const Ids persons{NextId(conn_, "persons")};
  const Ids orientations{NextId(conn_, "orientations")};
  const Ids contracts{NextId(conn_, "contracts")};
  const Ids diagnostics{NextId(conn_, "diagnostics")};

  std::vector<SqlParams> rows;
  rows.reserve(batch.households.size());
  for (std::size_t i = 0; i < batch.households.size(); ++i) {
    const Household& h = batch.households[i];
    rows.push_back({households.Of(i), h.numdemrsa, h.caf_matricule,
                    std::string(PayingBodyCode(h.paying_body)), Opt(h.commune_code),
                    Opt(h.address), at, at});
  }
  BulkInsert(conn_, "households",
             {"id", "numdemrsa", "caf_matricule", "paying_body", "commune_code", "address",
              "created_at", "updated_at"},
             rows);

  rows.clear();
  std::vector<std::int64_t> person_ids;
  person_ids.reserve(batch.persons.size());
  for (std::size_t i = 0; i < batch.persons.size(); ++i) {
    const auto& [household, p] = batch.persons[i];
    person_ids.push_back(persons.Of(i));
    rows.push_back({persons.Of(i),
                    household ? SqlParam(households.Of(*household)) : SqlParam(nullptr),
                    CodeOrNull(p.role, HouseholdRoleCode), CodeOrNull(p.civility, CivilityCode),
                    p.first_name, p.last_name, Opt(p.birth_name), FormatIsoDate(p.birth_date),
                    CodeOrNull(p.sex, SexCode),
                    p.nir ? SqlParam(p.nir->Value()) : SqlParam(nullptr), Opt(p.caf_number),
                    Opt(p.email), Opt(p.phone), Opt(p.address), Opt(p.commune_code),
                    PersonSearchKey(p), at, at});
  }
  BulkInsert(conn_, "persons",
             {"id", "household_id", "role", "civility", "first_name", "last_name", "birth_name",
              "birth_date", "sex", "nir", "caf_number", "email", "phone", "address",
              "commune_code", "search_key", "created_at", "updated_at"},
             rows);

  rows.clear();
  for (std::size_t i = 0; i < batch.persons.size(); ++i) {
    const Person& p = batch.persons[i].second;
    for (auto& v : PersonNameVariants(p.last_name, p.birth_name.value_or(""))) {
      rows.push_back({persons.Of(i), std::move(v)});
    }
  }
  BulkInsert(conn_, "person_name_variants", {"person_id", "variant"}, rows);

  rows.clear();
  for (const auto& r : batch.rights) {
    rows.push_back({households.Of(r.household), persons.Of(r.person),
                    FormatIsoDate(r.valid_from), DateOrNull(r.valid_to), r.etatdosrsa,
                    r.dd_flag, Opt(r.suspension_reason), Opt(r.closure_reason),
                    Opt(r.family_situation), std::string("demo"),
                    RecordedOn(r.valid_from, at)});
  }
  BulkInsert(conn_, "rights_history",
             {"household_id", "person_id", "valid_from", "valid_to", "etatdosrsa", "dd_flag",
              "suspension_reason", "closure_reason", "family_situation", "source",
              "recorded_at"},
             rows);

  rows.clear();
  for (std::size_t i = 0; i < batch.orientations.size(); ++i) {
    const auto& o = batch.orientations[i];
    rows.push_back({orientations.Of(i), persons.Of(o.person), FormatIsoDate(o.decided_on),
                    o.decided_by, o.parcours, o.structure_id, Opt(o.reason), o.criteria_json,
                    o.previous ? SqlParam(orientations.Of(*o.previous)) : SqlParam(nullptr),
                    o.is_reorientation, RecordedOn(o.decided_on, at), at});
  }
  BulkInsert(conn_, "orientations",
             {"id", "person_id", "decided_on", "decided_by", "parcours", "structure_id",
              "reason", "criteria", "previous_orientation_id", "is_reorientation", "created_at",
              "updated_at"},
             rows);

  rows.clear();
  for (const auto& a : batch.assignments) {
    rows.push_back({persons.Of(a.person), a.agent_id, a.structure_id,
                    FormatIsoDate(a.valid_from), DateOrNull(a.valid_to), Opt(a.end_reason),
                    RecordedOn(a.valid_from, at), at});
  }
  BulkInsert(conn_, "referent_assignments",
             {"person_id", "agent_id", "structure_id", "valid_from", "valid_to", "end_reason",
              "created_at", "updated_at"},
             rows);

  rows.clear();
  std::vector<SqlParams> actions;
  for (std::size_t i = 0; i < batch.contracts.size(); ++i) {
    const auto& c = batch.contracts[i];
    rows.push_back({contracts.Of(i), persons.Of(c.person), c.type, c.status,
                    DateOrNull(c.signed_on), FormatIsoDate(c.starts_on), FormatIsoDate(c.ends_on),
                    Opt(c.weekly_hours), Opt(c.objectives), c.structure_id,
                    Opt(c.referent_agent_id),
                    c.renews ? SqlParam(contracts.Of(*c.renews)) : SqlParam(nullptr),
                    DateOrNull(c.closed_on),
                    RecordedOn(std::min(c.starts_on, c.signed_on.value_or(c.starts_on)), at),
                    at});
    for (std::size_t k = 0; k < c.actions.size(); ++k) {
      actions.push_back({contracts.Of(i), static_cast<std::int64_t>(k + 1), c.actions[k].first,
                         static_cast<std::int64_t>(c.actions[k].second)});
    }
  }
  BulkInsert(conn_, "contracts",
             {"id", "person_id", "type", "status", "signed_on", "starts_on", "ends_on",
              "weekly_hours", "objectives", "structure_id", "referent_agent_id",
              "renews_contract_id", "closed_on", "created_at", "updated_at"},
             rows);
  BulkInsert(conn_, "contract_actions", {"contract_id", "position", "label", "action_type"},
             actions);

  rows.clear();
  for (const auto& a : batch.appointments) {
    rows.push_back({persons.Of(a.person), a.agent_id, a.structure_id,
                    FormatIsoTimestamp(a.starts_at), static_cast<std::int64_t>(a.duration_minutes),
                    a.mode, Opt(a.place), a.motive_code, a.status, at, at});
  }
  BulkInsert(conn_, "appointments",
             {"person_id", "agent_id", "structure_id", "starts_at", "duration_minutes", "mode",
              "place", "motive_code", "status", "created_at", "updated_at"},
             rows);

  rows.clear();
  std::vector<SqlParams> items;
  for (std::size_t i = 0; i < batch.diagnostics.size(); ++i) {
    const auto& d = batch.diagnostics[i];
    rows.push_back({diagnostics.Of(i), persons.Of(d.person), FormatIsoDate(d.made_on),
                    d.agent_id, d.structure_id, Opt(d.driving_licence), Opt(d.vehicle),
                    Opt(d.qualification_level), Opt(d.rome_code), RecordedOn(d.made_on, at),
                    at});
    for (const auto& item : d.items) {
      items.push_back({diagnostics.Of(i), item.theme, Opt(item.situation_code), item.impact});
    }
  }
  BulkInsert(conn_, "diagnostics",
             {"id", "person_id", "made_on", "agent_id", "structure_id", "driving_licence",
              "vehicle", "qualification_level", "rome_code", "created_at", "updated_at"},
             rows);
  BulkInsert(conn_, "diagnostic_items", {"diagnostic_id", "theme", "situation_code", "impact"},
             items);

  rows.clear();
  for (const auto& e : batch.exits) {
    rows.push_back({persons.Of(e.person), FormatIsoDate(e.exited_on), e.reason,
                    RecordedOn(e.exited_on, at), at});
  }
  BulkInsert(conn_, "exits", {"person_id", "exited_on", "reason", "created_at", "updated_at"},
             rows);

  for (const char* table :
       {"households", "persons", "orientations", "contracts", "diagnostics"}) {
    ResyncIdentity(conn_, table);
  }
  return person_ids;
}

}  // namespace pacte::storage
