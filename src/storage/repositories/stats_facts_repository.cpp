#include "storage/repositories/stats_facts_repository.hpp"

#include <algorithm>
#include <unordered_map>

namespace pacte::storage {
namespace {

using stats::PersonFacts;

std::optional<Date> DateOf(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  // Timestamps ("2020-03-01T10:00:00Z") count on their day.
  return ParseIsoDate(std::string_view(r.Text(i)).substr(0, 10));
}

// The persons of one chunk, by id, in id order.
class Chunk {
 public:
  void Add(PersonFacts p) {
    index_[p.person_id] = people_.size();
    people_.push_back(std::move(p));
  }
  PersonFacts* Find(std::int64_t id) {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &people_[it->second];
  }
  bool Empty() const { return people_.empty(); }
  std::int64_t First() const { return people_.front().person_id; }
  std::int64_t Last() const { return people_.back().person_id; }
  std::vector<PersonFacts>& People() { return people_; }

 private:
  std::vector<PersonFacts> people_;
  std::unordered_map<std::int64_t, std::size_t> index_;
};

class FactsReader {
 public:
  FactsReader(SqlConnection& conn, const app::FactsQuery& q)
      : conn_(conn),
        q_(q),
        as_of_(FormatIsoDate(q.as_of)),
        known_at_(FormatIsoTimestamp(q.known_at)) {}

  // The next chunk of persons after `after`; empty at the end.
  Chunk Persons(std::int64_t after) {
    std::string sql =
        "SELECT p.id, p.birth_date, p.sex, COALESCE(pp.commune_code, p.commune_code), "
        "COALESCE(pp.territory_id, c.territory_id) FROM persons p "
        "LEFT JOIN person_parcours pp ON pp.person_id = p.id "
        "LEFT JOIN communes c ON c.insee_code = p.commune_code WHERE p.id > $1";
    SqlParams params{after};
    if (q_.with_rights_only) {
      sql += " AND EXISTS (SELECT 1 FROM rights_history r WHERE r.person_id = p.id AND "
             "r.recorded_at <= $2)";
      params.emplace_back(known_at_);
    }
    if (q_.territory_id) {
      sql += " AND COALESCE(pp.territory_id, c.territory_id) = $" +
             std::to_string(params.size() + 1);
      params.emplace_back(*q_.territory_id);
    }
    sql += " ORDER BY p.id LIMIT " + std::to_string(std::max<std::size_t>(q_.chunk, 1));
    Chunk chunk;
    for (const auto& r : conn_.Query(sql, params).rows) {
      PersonFacts p;
      p.person_id = r.Int(0);
      p.birth_date = DateOf(r, 1);
      p.sex = r.OptText(2);
      p.commune_code = r.OptText(3);
      p.territory_id = r.OptInt(4);
      chunk.Add(std::move(p));
    }
    return chunk;
  }

  void Fill(Chunk& chunk) {
    Rights(chunk);
    Orientations(chunk);
    Referents(chunk);
    Contracts(chunk);
    Prescriptions(chunk);
    Exits(chunk);
    Diagnostics(chunk);
  }

 private:
  SqlParams Range(const Chunk& chunk, bool with_dates) const {
    SqlParams p{chunk.First(), chunk.Last()};
    if (with_dates) {
      p.emplace_back(as_of_);
      p.emplace_back(known_at_);
    }
    return p;
  }

  // Rows as recorded at known_at; valid_to rebuilt from the sequence known then (like
  // BeneficiaryRepository::RightsHistoryAsKnownAt).
  void Rights(Chunk& chunk) {
    const auto rows = conn_.Query(
        "SELECT person_id, valid_from, etatdosrsa, dd_flag, suspension_reason, closure_reason, "
        "family_situation FROM rights_history WHERE person_id BETWEEN $1 AND $2 AND "
        "valid_from <= $3 AND recorded_at <= $4 AND (superseded_at IS NULL OR "
        "superseded_at > $4) ORDER BY person_id, valid_from, id",
        Range(chunk, true));
    for (const auto& r : rows.rows) {
      PersonFacts* p = chunk.Find(r.Int(0));
      if (!p) continue;
      RightsRow row;
      row.valid_from = DateOf(r, 1).value_or(Date{});
      row.state.etatdosrsa = r.Text(2);
      row.state.dd_flag = ParseDdFlag(r.Text(3)).value_or(DdFlag::kUnknown);
      row.state.suspension_reason = r.OptText(4);
      row.state.closure_reason = r.OptText(5);
      if (!p->rights.empty()) p->rights.back().valid_to = row.valid_from;
      p->rights.push_back(std::move(row));
      p->family.push_back(r.IsNull(6) ? std::nullopt : stats::ParseFamilySituation(r.Text(6)));
    }
  }

  void Orientations(Chunk& chunk) {
    const auto rows = conn_.Query(
        "SELECT o.person_id, o.id, o.decided_on, o.parcours, o.structure_id, s.drees_category, "
        "o.previous_orientation_id, o.is_reorientation FROM orientations o "
        "JOIN structures s ON s.id = o.structure_id WHERE o.person_id BETWEEN $1 AND $2 AND "
        "o.decided_on <= $3 AND o.created_at <= $4 ORDER BY o.person_id, o.decided_on, o.id",
        Range(chunk, true));
    for (const auto& r : rows.rows) {
      PersonFacts* p = chunk.Find(r.Int(0));
      if (!p) continue;
      stats::OrientationFact o;
      o.id = r.Int(1);
      o.decided_on = DateOf(r, 2).value_or(Date{});
      o.parcours = r.Text(3);
      o.structure_id = r.Int(4);
      o.drees_category = r.Text(5);
      o.is_first = r.IsNull(6);
      o.is_reorientation = r.Bool(7);
      p->orientations.push_back(std::move(o));
    }
  }

  void Referents(Chunk& chunk) {
    const auto rows = conn_.Query(
        "SELECT person_id, agent_id, structure_id, valid_from, valid_to FROM "
        "referent_assignments WHERE person_id BETWEEN $1 AND $2 AND valid_from <= $3 AND "
        "created_at <= $4 ORDER BY person_id, valid_from, id",
        Range(chunk, true));
    for (const auto& r : rows.rows) {
      PersonFacts* p = chunk.Find(r.Int(0));
      if (!p) continue;
      stats::ReferentFact f;
      f.agent_id = r.Int(1);
      f.structure_id = r.OptInt(2);
      f.valid_from = DateOf(r, 3).value_or(Date{});
      f.valid_to = DateOf(r, 4);
      p->referents.push_back(f);
    }
  }

  void Contracts(Chunk& chunk) {
    const auto rows = conn_.Query(
        "SELECT person_id, id, type, status, signed_on, starts_on, ends_on, closed_on, "
        "structure_id FROM contracts WHERE person_id BETWEEN $1 AND $2 AND status <> "
        "'brouillon' AND COALESCE(signed_on, starts_on) <= $3 AND created_at <= $4 "
        "ORDER BY person_id, starts_on, id",
        Range(chunk, true));
    std::unordered_map<std::int64_t, stats::ContractFact*> by_id;
    for (const auto& r : rows.rows) {
      PersonFacts* p = chunk.Find(r.Int(0));
      if (!p) continue;
      stats::ContractFact c;
      c.id = r.Int(1);
      c.type = r.Text(2);
      c.status = r.Text(3);
      c.signed_on = DateOf(r, 4);
      if (c.signed_on && *c.signed_on > q_.as_of) c.signed_on.reset();
      c.starts_on = DateOf(r, 5).value_or(Date{});
      c.ends_on = DateOf(r, 6).value_or(Date{});
      c.closed_on = DateOf(r, 7);
      if (c.closed_on && *c.closed_on > q_.as_of) c.closed_on.reset();
      c.structure_id = r.OptInt(8);
      p->contracts.push_back(std::move(c));
    }
    for (auto& p : chunk.People()) {
      for (auto& c : p.contracts) by_id[c.id] = &c;
    }
    if (by_id.empty()) return;
    const auto actions = conn_.Query(
        "SELECT a.contract_id, a.action_type FROM contract_actions a JOIN contracts c ON "
        "c.id = a.contract_id WHERE c.person_id BETWEEN $1 AND $2 ORDER BY a.contract_id, "
        "a.position",
        Range(chunk, false));
    for (const auto& r : actions.rows) {
      auto it = by_id.find(r.Int(0));
      if (it != by_id.end()) it->second->action_types.push_back(static_cast<int>(r.Int(1)));
    }
  }

  void Prescriptions(Chunk& chunk) {
    const auto rows = conn_.Query(
        "SELECT p.person_id, p.action_id, p.session_id, a.objective, p.structure_id, "
        "p.prescribed_at, p.answered_at, p.status, p.entered_on, p.exited_on, p.outcome "
        "FROM prescriptions p JOIN actions a ON a.id = p.action_id WHERE p.person_id BETWEEN "
        "$1 AND $2 AND substr(p.prescribed_at, 1, 10) <= $3 AND p.created_at <= $4 "
        "ORDER BY p.person_id, p.prescribed_at, p.id",
        Range(chunk, true));
    for (const auto& r : rows.rows) {
      PersonFacts* p = chunk.Find(r.Int(0));
      if (!p) continue;
      stats::PrescriptionFact f;
      f.action_id = r.Int(1);
      f.session_id = r.OptInt(2);
      f.objective = r.Text(3);
      f.operator_structure_id = r.Int(4);
      f.prescribed_on = DateOf(r, 5).value_or(Date{});
      f.answered_on = Within(DateOf(r, 6));
      const std::string status = r.Text(7);
      f.refused = f.answered_on && (status == "refusee" || status == "expiree");
      f.entered_on = Within(DateOf(r, 8));
      f.exited_on = Within(DateOf(r, 9));
      if (f.exited_on) f.outcome = r.OptText(10);
      p->prescriptions.push_back(std::move(f));
    }
  }

  void Exits(Chunk& chunk) {
    const auto rows = conn_.Query(
        "SELECT person_id, exited_on, reason FROM exits WHERE person_id BETWEEN $1 AND $2 "
        "AND exited_on <= $3 AND created_at <= $4 ORDER BY person_id, exited_on, id",
        Range(chunk, true));
    for (const auto& r : rows.rows) {
      PersonFacts* p = chunk.Find(r.Int(0));
      if (!p) continue;
      p->exits.push_back({DateOf(r, 1).value_or(Date{}), r.Text(2)});
    }
  }

  void Diagnostics(Chunk& chunk) {
    const auto rows = conn_.Query(
        "SELECT person_id, qualification_level FROM diagnostics WHERE person_id BETWEEN $1 "
        "AND $2 AND made_on <= $3 AND created_at <= $4 AND qualification_level IS NOT NULL "
        "ORDER BY person_id, made_on, id",
        Range(chunk, true));
    for (const auto& r : rows.rows) {
      PersonFacts* p = chunk.Find(r.Int(0));
      if (p) p->qualification_level = r.Text(1);  // the latest wins
    }
  }

  std::optional<Date> Within(std::optional<Date> d) const {
    if (d && *d > q_.as_of) return std::nullopt;
    return d;
  }

  SqlConnection& conn_;
  const app::FactsQuery& q_;
  std::string as_of_;
  std::string known_at_;
};

}  // namespace

void SqlStatsFactsRepository::ForEachPerson(
    const app::FactsQuery& query, const std::function<void(const stats::PersonFacts&)>& visit) {
  FactsReader reader(conn_, query);
  std::int64_t after = 0;
  for (;;) {
    Chunk chunk = reader.Persons(after);
    if (chunk.Empty()) return;
    reader.Fill(chunk);
    after = chunk.Last();
    for (const auto& p : chunk.People()) visit(p);
  }
}

}  // namespace pacte::storage
