#include "storage/repositories/pact_repository.hpp"

#include <map>

namespace pacte::storage {
namespace {

std::optional<Date> OptDate(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return ParseIsoDate(*text);
}

SqlParam DateParam(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return FormatIsoDate(*d);
}

constexpr const char* kPactColumns =
    "SELECT id, name, period_start, period_end, adopted_on, status, version FROM pacts ";

}  // namespace

std::vector<app::PactRecord> SqlPactRepository::Pacts(const std::string& where,
                                                      const SqlParams& params) {
  std::vector<app::PactRecord> out;
  for (const auto& r : conn_.Query(std::string(kPactColumns) + where, params).rows) {
    app::PactRecord p;
    p.id = r.Int(0);
    p.fields.name = r.Text(1);
    p.fields.period = {static_cast<int>(r.Int(2)), static_cast<int>(r.Int(3))};
    p.fields.adopted_on = OptDate(r.OptText(4));
    p.fields.status = ParsePactStatus(r.Text(5)).value_or(PactStatus::kBrouillon);
    p.version = r.Int(6);
    out.push_back(std::move(p));
  }
  return out;
}

std::optional<app::PactRecord> SqlPactRepository::Current() {
  auto rows = Pacts(
      "ORDER BY CASE WHEN status = 'brouillon' THEN 1 ELSE 0 END, period_start DESC, id DESC "
      "LIMIT 1",
      {});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<app::PactRecord> SqlPactRepository::FindPact(std::int64_t id) {
  auto rows = Pacts("WHERE id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::int64_t SqlPactRepository::InsertPact(const PactFields& f, Timestamp now) {
  return conn_
      .Query(
          "INSERT INTO pacts (name, period_start, period_end, adopted_on, status, created_at, "
          "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
          {f.name, static_cast<std::int64_t>(f.period.start),
           static_cast<std::int64_t>(f.period.end), DateParam(f.adopted_on),
           std::string(PactStatusCode(f.status)), FormatIsoTimestamp(now)})
      .rows.at(0)
      .Int(0);
}

bool SqlPactRepository::UpdatePact(std::int64_t id, std::int64_t version, const PactFields& f,
                                   Timestamp now) {
  return conn_.Execute(
             "UPDATE pacts SET name = $1, period_start = $2, period_end = $3, adopted_on = $4, "
             "status = $5, updated_at = $6, version = version + 1 WHERE id = $7 AND version = $8",
             {f.name, static_cast<std::int64_t>(f.period.start),
              static_cast<std::int64_t>(f.period.end), DateParam(f.adopted_on),
              std::string(PactStatusCode(f.status)), FormatIsoTimestamp(now), id, version}) == 1;
}

std::vector<app::SignatoryRecord> SqlPactRepository::Signatories(std::int64_t pact_id) {
  std::vector<app::SignatoryRecord> out;
  for (const auto& r : conn_
                           .Query(
                               "SELECT s.id, s.pact_id, s.institution_id, i.name, s.signed_on, "
                               "s.representative FROM pact_signatories s "
                               "JOIN institutions i ON i.id = s.institution_id "
                               "WHERE s.pact_id = $1 ORDER BY i.search_key, s.id",
                               {pact_id})
                           .rows) {
    out.push_back({r.Int(0), r.Int(1), r.Int(2), r.Text(3), OptDate(r.OptText(4)), r.Text(5)});
  }
  return out;
}

void SqlPactRepository::UpsertSignatory(const app::SignatoryRecord& s, Timestamp now) {
  conn_.Execute(
      "INSERT INTO pact_signatories (pact_id, institution_id, signed_on, representative, "
      "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $5) "
      "ON CONFLICT (pact_id, institution_id) DO UPDATE SET signed_on = excluded.signed_on, "
      "representative = excluded.representative, updated_at = excluded.updated_at, "
      "version = pact_signatories.version + 1",
      {s.pact_id, s.institution_id, DateParam(s.signed_on), s.representative,
       FormatIsoTimestamp(now)});
}

std::vector<app::PactOrientationRecord> SqlPactRepository::Orientations(std::int64_t pact_id) {
  std::vector<app::PactOrientationRecord> out;
  for (const auto& r : conn_
                           .Query(
                               "SELECT id, pact_id, code, label, position, version FROM "
                               "pact_orientations WHERE pact_id = $1 ORDER BY position, id",
                               {pact_id})
                           .rows) {
    out.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), static_cast<int>(r.Int(4)),
                   r.Int(5)});
  }
  return out;
}

std::optional<app::PactOrientationRecord> SqlPactRepository::FindOrientation(std::int64_t id) {
  auto rows = conn_
                  .Query(
                      "SELECT id, pact_id, code, label, position, version FROM "
                      "pact_orientations WHERE id = $1",
                      {id})
                  .rows;
  if (rows.empty()) return std::nullopt;
  const auto& r = rows.front();
  return app::PactOrientationRecord{r.Int(0), r.Int(1), r.Text(2), r.Text(3),
                                static_cast<int>(r.Int(4)), r.Int(5)};
}

std::int64_t SqlPactRepository::InsertOrientation(const app::PactOrientationRecord& o,
                                                  Timestamp now) {
  return conn_
      .Query(
          "INSERT INTO pact_orientations (pact_id, code, label, position, created_at, "
          "updated_at) VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
          {o.pact_id, o.code, o.label, static_cast<std::int64_t>(o.position),
           FormatIsoTimestamp(now)})
      .rows.at(0)
      .Int(0);
}

bool SqlPactRepository::UpdateOrientation(const app::PactOrientationRecord& o, Timestamp now) {
  return conn_.Execute(
             "UPDATE pact_orientations SET code = $1, label = $2, position = $3, updated_at = $4, "
             "version = version + 1 WHERE id = $5 AND version = $6",
             {o.code, o.label, static_cast<std::int64_t>(o.position), FormatIsoTimestamp(now),
              o.id, o.version}) == 1;
}

std::vector<app::ObjectiveRecord> SqlPactRepository::ObjectivesWhere(const std::string& where,
                                                                     const SqlParams& params) {
  std::vector<app::ObjectiveRecord> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : conn_
                           .Query(
                               "SELECT o.id, o.orientation_id, o.title, o.description, "
                               "o.period_start, o.period_end, o.position, o.version FROM "
                               "pact_objectives o JOIN pact_orientations r ON r.id = "
                               "o.orientation_id " +
                                   where + " ORDER BY r.position, r.id, o.position, o.id",
                               params)
                           .rows) {
    app::ObjectiveRecord o;
    o.id = r.Int(0);
    o.orientation_id = r.Int(1);
    o.title = r.Text(2);
    o.description = r.Text(3);
    o.period = {static_cast<int>(r.Int(4)), static_cast<int>(r.Int(5))};
    o.position = static_cast<int>(r.Int(6));
    o.version = r.Int(7);
    index[o.id] = out.size();
    out.push_back(std::move(o));
  }
  if (out.empty()) return out;
  for (const auto& r : conn_
                           .Query(
                               "SELECT p.objective_id, i.id, i.name FROM objective_pilots p "
                               "JOIN institutions i ON i.id = p.institution_id "
                               "JOIN pact_objectives o ON o.id = p.objective_id "
                               "JOIN pact_orientations r ON r.id = o.orientation_id " +
                                   where + " ORDER BY i.search_key, i.id",
                               params)
                           .rows) {
    auto it = index.find(r.Int(0));
    if (it != index.end()) out[it->second].pilots.push_back({r.Int(1), r.Text(2)});
  }
  return out;
}

std::vector<app::ObjectiveRecord> SqlPactRepository::Objectives(std::int64_t pact_id) {
  return ObjectivesWhere("WHERE r.pact_id = $1", {pact_id});
}

std::optional<app::ObjectiveRecord> SqlPactRepository::FindObjective(std::int64_t id) {
  auto rows = ObjectivesWhere("WHERE o.id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<std::int64_t> SqlPactRepository::PactOfObjective(std::int64_t objective_id) {
  auto rows = conn_
                  .Query(
                      "SELECT r.pact_id FROM pact_objectives o JOIN pact_orientations r ON "
                      "r.id = o.orientation_id WHERE o.id = $1",
                      {objective_id})
                  .rows;
  if (rows.empty()) return std::nullopt;
  return rows.front().Int(0);
}

std::int64_t SqlPactRepository::InsertObjective(const app::ObjectiveRecord& o, Timestamp now) {
  return conn_
      .Query(
          "INSERT INTO pact_objectives (orientation_id, title, description, period_start, "
          "period_end, position, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) "
          "RETURNING id",
          {o.orientation_id, o.title, o.description, static_cast<std::int64_t>(o.period.start),
           static_cast<std::int64_t>(o.period.end), static_cast<std::int64_t>(o.position),
           FormatIsoTimestamp(now)})
      .rows.at(0)
      .Int(0);
}

bool SqlPactRepository::UpdateObjective(const app::ObjectiveRecord& o, Timestamp now) {
  return conn_.Execute(
             "UPDATE pact_objectives SET orientation_id = $1, title = $2, description = $3, "
             "period_start = $4, period_end = $5, position = $6, updated_at = $7, "
             "version = version + 1 WHERE id = $8 AND version = $9",
             {o.orientation_id, o.title, o.description, static_cast<std::int64_t>(o.period.start),
              static_cast<std::int64_t>(o.period.end), static_cast<std::int64_t>(o.position),
              FormatIsoTimestamp(now), o.id, o.version}) == 1;
}

void SqlPactRepository::SetPilots(std::int64_t objective_id,
                                  const std::vector<std::int64_t>& institution_ids) {
  conn_.Execute("DELETE FROM objective_pilots WHERE objective_id = $1", {objective_id});
  for (auto id : institution_ids) {
    conn_.Execute(
        "INSERT INTO objective_pilots (objective_id, institution_id) VALUES ($1, $2) "
        "ON CONFLICT DO NOTHING",
        {objective_id, id});
  }
}

std::vector<std::int64_t> SqlPactRepository::PilotedBy(std::int64_t institution_id) {
  std::vector<std::int64_t> out;
  for (const auto& r : conn_
                           .Query(
                               "SELECT objective_id FROM objective_pilots WHERE "
                               "institution_id = $1 ORDER BY objective_id",
                               {institution_id})
                           .rows) {
    out.push_back(r.Int(0));
  }
  return out;
}

std::vector<app::CommitmentRecord> SqlPactRepository::CommitmentsWhere(const std::string& where,
                                                                       const SqlParams& params) {
  std::vector<app::CommitmentRecord> out;
  for (const auto& r : conn_
                           .Query(
                               "SELECT c.id, c.pact_id, c.objective_id, c.institution_id, "
                               "i.name, c.text, c.action_id, COALESCE(a.name, ''), "
                               "c.programme_id, COALESCE(p.name, ''), c.version "
                               "FROM pact_commitments c "
                               "JOIN institutions i ON i.id = c.institution_id "
                               "LEFT JOIN actions a ON a.id = c.action_id "
                               "LEFT JOIN programmes p ON p.id = c.programme_id " +
                                   where + " ORDER BY i.search_key, c.id",
                               params)
                           .rows) {
    app::CommitmentRecord c;
    c.id = r.Int(0);
    c.pact_id = r.Int(1);
    c.objective_id = r.OptInt(2);
    c.institution_id = r.Int(3);
    c.institution_name = r.Text(4);
    c.text = r.Text(5);
    c.action_id = r.OptInt(6);
    c.action_name = r.Text(7);
    c.programme_id = r.OptInt(8);
    c.programme_name = r.Text(9);
    c.version = r.Int(10);
    out.push_back(std::move(c));
  }
  return out;
}

std::vector<app::CommitmentRecord> SqlPactRepository::Commitments(std::int64_t pact_id) {
  return CommitmentsWhere("WHERE c.pact_id = $1", {pact_id});
}

std::optional<app::CommitmentRecord> SqlPactRepository::FindCommitment(std::int64_t id) {
  auto rows = CommitmentsWhere("WHERE c.id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::int64_t SqlPactRepository::InsertCommitment(const app::CommitmentRecord& c, Timestamp now) {
  return conn_
      .Query(
          "INSERT INTO pact_commitments (pact_id, objective_id, institution_id, text, action_id, "
          "programme_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $7) "
          "RETURNING id",
          {c.pact_id, Opt(c.objective_id), c.institution_id, c.text, Opt(c.action_id),
           Opt(c.programme_id), FormatIsoTimestamp(now)})
      .rows.at(0)
      .Int(0);
}

bool SqlPactRepository::UpdateCommitmentText(std::int64_t id, std::int64_t version,
                                             const std::string& text, Timestamp now) {
  return conn_.Execute(
             "UPDATE pact_commitments SET text = $1, updated_at = $2, version = version + 1 "
             "WHERE id = $3 AND version = $4",
             {text, FormatIsoTimestamp(now), id, version}) == 1;
}

}  // namespace pacte::storage
