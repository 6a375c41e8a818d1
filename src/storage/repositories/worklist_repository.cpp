#include "storage/repositories/worklist_repository.hpp"

#include <algorithm>
#include <string>

namespace pacte::storage {
namespace {

// The WHERE conditions on person_parcours `pp` for a filter, with their parameters appended
// to `params` (numbered after the ones already there). Empty optional: nobody matches.
std::optional<std::string> FilterSql(const app::WorklistFilter& f, SqlParams& params) {
  const auto& v = f.visibility;
  if (v.none || v.only_prescribed) return std::nullopt;  // prescriptions: offer, issue 4
  std::string sql;
  auto add = [&](const char* column, std::int64_t value) {
    params.emplace_back(value);
    sql += std::string(" AND pp.") + column + " = $" + std::to_string(params.size());
  };
  auto add_structure = [&](std::int64_t value) {
    params.emplace_back(value);
    const std::string n = "$" + std::to_string(params.size());
    sql += " AND (pp.structure_id = " + n + " OR pp.referent_structure_id = " + n + ")";
  };
  if (v.territory_id) add("territory_id", *v.territory_id);
  if (v.structure_id) add_structure(*v.structure_id);
  if (f.territory_id) add("territory_id", *f.territory_id);
  if (f.structure_id) add_structure(*f.structure_id);
  if (f.referent_agent_id) add("referent_agent_id", *f.referent_agent_id);
  return sql;
}

std::optional<Date> OptDate(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoDate(std::string_view(r.Text(i)).substr(0, 10));
}

Date DateOr(const SqlRow& r, std::size_t i) { return OptDate(r, i).value_or(Date{}); }

// The loaded person with this id (persons are sorted by id); nullptr when absent.
app::WorklistPerson* Find(std::vector<app::WorklistPerson>& persons, std::int64_t id) {
  auto it = std::lower_bound(persons.begin(), persons.end(), id,
                             [](const app::WorklistPerson& p, std::int64_t v) {
                               return p.person_id < v;
                             });
  return it != persons.end() && it->person_id == id ? &*it : nullptr;
}

std::optional<OrientationFact> OrientationOf(const SqlRow& r) {
  if (r.IsNull(2)) return std::nullopt;
  auto parcours = ParseParcours(r.Text(4));
  auto decided = OptDate(r, 3);
  if (!parcours || !decided) return std::nullopt;
  return OrientationFact{r.Int(2), *decided, *parcours, r.Text(6) == "france_travail"};
}

void AddContract(app::WorklistPerson& p, const SqlRow& r) {
  auto type = ParseContractType(r.Text(2));
  auto status = ParseContractStatus(r.Text(3));
  if (!type || !status) return;
  p.snapshot.contracts.push_back(ContractFact{r.Int(1), *type, *status, OptDate(r, 4),
                                              DateOr(r, 5), DateOr(r, 6), OptDate(r, 7)});
}

void AddAppointment(app::WorklistPerson& p, const SqlRow& r) {
  auto status = ParseAppointmentStatus(r.Text(3));
  auto on = OptDate(r, 2);
  if (!status || !on) return;
  p.snapshot.appointments.push_back(AppointmentFact{r.Int(1), *on, *status});
}

void AddFact(app::WorklistPerson& p, const SqlRow& r) {
  const std::string& fact = r.Text(1);
  if (fact == "exit") {
    p.snapshot.exited_on = OptDate(r, 2);
  } else if (fact == "review") {
    p.snapshot.social_reviewed_on = OptDate(r, 2);
  } else if (fact == "vulnerable") {
    p.snapshot.has_vulnerabilities = true;
  }
}

}  // namespace

std::vector<app::WorklistPerson> SqlWorklistRepository::LoadSnapshots(
    const app::WorklistFilter& filter, Date today) {
  SqlParams params;
  auto where = FilterSql(filter, params);
  if (!where) return {};
  const std::string join = " JOIN person_parcours pp ON pp.person_id = x.person_id WHERE 1 = 1";
  SqlParams with_today = params;
  with_today.emplace_back(FormatIsoDate(today));
  const std::string today_param = "$" + std::to_string(with_today.size());

  std::vector<app::WorklistPerson> persons;
  auto base = conn_.Query(
      "SELECT pp.person_id, pp.dd_since, pp.orientation_id, pp.oriented_on, pp.parcours, "
      "pp.structure_id, s.drees_category, pp.referent_agent_id FROM person_parcours pp "
      "LEFT JOIN structures s ON s.id = pp.structure_id WHERE 1 = 1" + *where +
          " ORDER BY pp.person_id",
      params);
  persons.reserve(base.rows.size());
  for (const auto& r : base.rows) {
    app::WorklistPerson p;
    p.person_id = r.Int(0);
    p.snapshot.dd_since = OptDate(r, 1);
    p.snapshot.orientation = OrientationOf(r);
    p.structure_id = r.OptInt(5);
    p.referent_agent_id = r.OptInt(7);
    persons.push_back(std::move(p));
  }
  if (persons.empty()) return persons;

  auto contracts = conn_.Query(
      "SELECT x.person_id, x.id, x.type, x.status, x.signed_on, x.starts_on, x.ends_on, "
      "x.closed_on FROM contracts x" + join + " AND x.status <> 'brouillon'" + *where +
          " ORDER BY x.person_id, x.id",
      params);
  for (const auto& r : contracts.rows) {
    if (auto* p = Find(persons, r.Int(0))) AddContract(*p, r);
  }

  // Only appointments still a_venir and the last one held matter to the rules.
  auto appointments = conn_.Query(
      "SELECT x.person_id, x.id, substr(x.starts_at, 1, 10), x.status FROM appointments x" +
          join + " AND x.status = 'a_venir'" + *where +
          " UNION ALL SELECT x.person_id, MAX(x.id), MAX(substr(x.starts_at, 1, 10)), 'honore' "
          "FROM appointments x" + join +
          " AND x.status = 'honore' AND substr(x.starts_at, 1, 10) <= " + today_param + *where +
          " GROUP BY x.person_id",
      with_today);
  for (const auto& r : appointments.rows) {
    if (auto* p = Find(persons, r.Int(0))) AddAppointment(*p, r);
  }

  auto facts = conn_.Query(
      "SELECT x.person_id, 'exit', MAX(x.exited_on) FROM exits x" + join + *where +
          " GROUP BY x.person_id"
          " UNION ALL SELECT x.person_id, 'review', MAX(x.reviewed_on) FROM parcours_reviews x" +
          join + *where +
          " GROUP BY x.person_id"
          " UNION ALL SELECT x.person_id, 'vulnerable', NULL FROM diagnostics x" + join + *where +
          " AND NOT EXISTS (SELECT 1 FROM diagnostics n WHERE n.person_id = x.person_id AND "
          "(n.made_on > x.made_on OR (n.made_on = x.made_on AND n.id > x.id))) "
          "AND EXISTS (SELECT 1 FROM diagnostic_items i WHERE i.diagnostic_id = x.id AND "
          "i.theme IN ('sante', 'logement', 'contraintes_familiales') AND "
          "i.impact IN ('fort', 'moyen'))",
      params);
  for (const auto& r : facts.rows) {
    if (auto* p = Find(persons, r.Int(0))) AddFact(*p, r);
  }
  return persons;
}

std::vector<app::WorklistPersonLabel> SqlWorklistRepository::DescribePersons(
    const std::vector<std::int64_t>& person_ids) {
  constexpr std::size_t kChunk = 500;
  std::vector<app::WorklistPersonLabel> found;
  found.reserve(person_ids.size());
  for (std::size_t start = 0; start < person_ids.size(); start += kChunk) {
    const std::size_t end = std::min(person_ids.size(), start + kChunk);
    SqlParams params;
    std::string in;
    for (std::size_t i = start; i < end; ++i) {
      params.emplace_back(person_ids[i]);
      in += (i == start ? "$" : ", $") + std::to_string(params.size());
    }
    auto res = conn_.Query(
        "SELECT p.id, p.last_name, p.first_name, pp.referent_agent_id, a.first_name, "
        "a.last_name, pp.structure_id, s.name FROM persons p "
        "LEFT JOIN person_parcours pp ON pp.person_id = p.id "
        "LEFT JOIN agents a ON a.id = pp.referent_agent_id "
        "LEFT JOIN structures s ON s.id = pp.structure_id WHERE p.id IN (" + in + ")",
        params);
    for (const auto& r : res.rows) {
      app::WorklistPersonLabel l;
      l.person_id = r.Int(0);
      l.last_name = r.Text(1);
      l.first_name = r.Text(2);
      l.referent_agent_id = r.OptInt(3);
      if (l.referent_agent_id) l.referent_name = r.Text(4) + " " + r.Text(5);
      l.structure_id = r.OptInt(6);
      l.structure_name = r.Text(7);
      found.push_back(std::move(l));
    }
  }
  std::sort(found.begin(), found.end(),
            [](const auto& a, const auto& b) { return a.person_id < b.person_id; });
  std::vector<app::WorklistPersonLabel> ordered;
  ordered.reserve(found.size());
  for (std::int64_t id : person_ids) {
    auto it = std::lower_bound(found.begin(), found.end(), id,
                               [](const auto& l, std::int64_t v) { return l.person_id < v; });
    if (it != found.end() && it->person_id == id) ordered.push_back(*it);
  }
  return ordered;
}

std::vector<app::StoredRuleSetting> SqlWorklistRepository::ListRuleSettings() {
  auto res = conn_.Query(
      "SELECT id, rule, duration, effective_from, recorded_by, created_at FROM deadline_rules "
      "ORDER BY rule, effective_from, id");
  std::vector<app::StoredRuleSetting> out;
  out.reserve(res.rows.size());
  for (const auto& r : res.rows) {
    app::StoredRuleSetting s;
    s.id = r.Int(0);
    s.setting = RuleSetting{r.Text(1), r.Text(2), r.Text(3)};
    s.recorded_by = r.OptInt(4);
    s.created_at = ParseIsoTimestamp(r.Text(5)).value_or(Timestamp{});
    out.push_back(std::move(s));
  }
  return out;
}

Result<std::int64_t> SqlWorklistRepository::InsertRuleSetting(
    const RuleSetting& setting, std::optional<std::int64_t> recorded_by, Timestamp now) {
  auto same = conn_.Query("SELECT 1 FROM deadline_rules WHERE rule = $1 AND effective_from = $2",
                          {setting.rule, setting.effective_from});
  if (!same.rows.empty()) {
    return Fail(Error::Conflict(
        "deadline_rules.duplicate",
        "Cette règle a déjà une valeur à compter de cette date : choisissez une autre date.",
        "effective_from"));
  }
  auto res = conn_.Query(
      "INSERT INTO deadline_rules (rule, duration, effective_from, recorded_by, created_at) "
      "VALUES ($1, $2, $3, $4, $5) RETURNING id",
      {setting.rule, setting.duration, setting.effective_from, Opt(recorded_by),
       FormatIsoTimestamp(now)});
  return res.rows.at(0).Int(0);
}

}  // namespace pacte::storage
