#include <map>

#include "storage/repositories/pact_repository.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kMeasurementColumns =
    "SELECT m.id, m.indicator_id, m.year, m.value, m.comment, m.source, m.entered_by, "
    "COALESCE(g.first_name || ' ' || UPPER(g.last_name), ''), m.recorded_at, m.superseded_at "
    "FROM indicator_measurements m LEFT JOIN agents g ON g.id = m.entered_by ";

std::optional<Timestamp> OptTimestamp(const std::optional<std::string>& text) {
  if (!text) return std::nullopt;
  return ParseIsoTimestamp(*text);
}

}  // namespace

std::vector<app::IndicatorRecord> SqlPactRepository::IndicatorsWhere(const std::string& where,
                                                                     const SqlParams& params) {
  const std::string from =
      " FROM indicators n JOIN pact_objectives o ON o.id = n.objective_id "
      "JOIN pact_orientations r ON r.id = o.orientation_id " +
      where;
  std::vector<app::IndicatorRecord> out;
  std::map<std::int64_t, std::size_t> index;
  for (const auto& r : conn_
                           .Query(
                               "SELECT n.id, n.objective_id, n.name, n.unit, n.higher_is_better, "
                               "n.computed_by, n.baseline_value, n.baseline_on, n.version" +
                                   from + " ORDER BY n.objective_id, n.id",
                               params)
                           .rows) {
    app::IndicatorRecord i;
    i.id = r.Int(0);
    i.objective_id = r.Int(1);
    i.fields.name = r.Text(2);
    i.fields.unit = r.Text(3);
    i.fields.higher_is_better = r.Bool(4);
    i.fields.computed_by = r.OptText(5);
    if (!r.IsNull(6)) i.fields.baseline_value = r.Double(6);
    if (auto on = r.OptText(7)) i.fields.baseline_on = ParseIsoDate(*on);
    i.version = r.Int(8);
    index[i.id] = out.size();
    out.push_back(std::move(i));
  }
  if (out.empty()) return out;
  for (const auto& r :
       conn_
           .Query("SELECT t.indicator_id, t.year, t.value FROM indicator_targets t WHERE "
                  "t.indicator_id IN (SELECT n.id" +
                      from + ")",
                  params)
           .rows) {
    auto it = index.find(r.Int(0));
    if (it != index.end()) out[it->second].targets[static_cast<int>(r.Int(1))] = r.Double(2);
  }
  return out;
}

std::vector<app::IndicatorRecord> SqlPactRepository::Indicators(std::int64_t pact_id) {
  return IndicatorsWhere("WHERE r.pact_id = $1", {pact_id});
}

std::optional<app::IndicatorRecord> SqlPactRepository::FindIndicator(std::int64_t id) {
  auto rows = IndicatorsWhere("WHERE n.id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::int64_t SqlPactRepository::InsertIndicator(const app::IndicatorRecord& i, Timestamp now) {
  const auto& f = i.fields;
  std::optional<std::string> baseline_on;
  if (f.baseline_on) baseline_on = FormatIsoDate(*f.baseline_on);
  SqlParams p;
  p.reserve(8);
  p.emplace_back(i.objective_id);
  p.emplace_back(f.name);
  p.emplace_back(f.unit);
  p.emplace_back(f.higher_is_better);
  p.push_back(Opt(f.computed_by));
  p.push_back(Opt(f.baseline_value));
  p.push_back(Opt(baseline_on));
  p.emplace_back(FormatIsoTimestamp(now));
  return conn_
      .Query(
          "INSERT INTO indicators (objective_id, name, unit, higher_is_better, computed_by, "
          "baseline_value, baseline_on, created_at, updated_at) "
          "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
          p)
      .rows.at(0)
      .Int(0);
}

void SqlPactRepository::SetTarget(std::int64_t indicator_id, int year, double value) {
  conn_.Execute(
      "INSERT INTO indicator_targets (indicator_id, year, value) VALUES ($1, $2, $3) "
      "ON CONFLICT (indicator_id, year) DO UPDATE SET value = excluded.value",
      {indicator_id, static_cast<std::int64_t>(year), value});
}

std::vector<app::MeasurementRecord> SqlPactRepository::MeasurementsWhere(
    const std::string& where, const SqlParams& params) {
  std::vector<app::MeasurementRecord> out;
  for (const auto& r : conn_.Query(std::string(kMeasurementColumns) + where, params).rows) {
    app::MeasurementRecord m;
    m.id = r.Int(0);
    m.indicator_id = r.Int(1);
    m.year = static_cast<int>(r.Int(2));
    m.value = r.Double(3);
    m.comment = r.Text(4);
    m.source = r.Text(5);
    m.entered_by = r.OptInt(6);
    m.entered_by_name = r.Text(7);
    m.recorded_at = ParseIsoTimestamp(r.Text(8)).value_or(Timestamp{});
    m.superseded_at = OptTimestamp(r.OptText(9));
    out.push_back(std::move(m));
  }
  return out;
}

std::vector<app::MeasurementRecord> SqlPactRepository::CurrentMeasurements(std::int64_t pact_id) {
  return MeasurementsWhere(
      "JOIN indicators n ON n.id = m.indicator_id JOIN pact_objectives o ON o.id = "
      "n.objective_id JOIN pact_orientations r ON r.id = o.orientation_id "
      "WHERE r.pact_id = $1 AND m.superseded_at IS NULL ORDER BY m.indicator_id, m.year",
      {pact_id});
}

std::vector<app::MeasurementRecord> SqlPactRepository::MeasurementHistory(
    std::int64_t indicator_id) {
  return MeasurementsWhere("WHERE m.indicator_id = $1 ORDER BY m.year, m.recorded_at, m.id",
                           {indicator_id});
}

std::int64_t SqlPactRepository::InsertMeasurement(const app::MeasurementRecord& m,
                                                  Timestamp now) {
  const std::string at = FormatIsoTimestamp(now);
  conn_.Execute(
      "UPDATE indicator_measurements SET superseded_at = $1 WHERE indicator_id = $2 AND "
      "year = $3 AND superseded_at IS NULL",
      {at, m.indicator_id, static_cast<std::int64_t>(m.year)});
  return conn_
      .Query(
          "INSERT INTO indicator_measurements (indicator_id, year, value, comment, source, "
          "entered_by, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
          {m.indicator_id, static_cast<std::int64_t>(m.year), m.value, m.comment, m.source,
           Opt(m.entered_by), at})
      .rows.at(0)
      .Int(0);
}

std::vector<app::CommentRecord> SqlPactRepository::Comments(std::int64_t objective_id) {
  std::vector<app::CommentRecord> out;
  for (const auto& r : conn_
                           .Query(
                               "SELECT c.id, c.objective_id, c.author_id, "
                               "COALESCE(g.first_name || ' ' || UPPER(g.last_name), ''), "
                               "c.institution_id, COALESCE(i.name, ''), c.body, c.at "
                               "FROM objective_comments c "
                               "LEFT JOIN agents g ON g.id = c.author_id "
                               "LEFT JOIN institutions i ON i.id = c.institution_id "
                               "WHERE c.objective_id = $1 ORDER BY c.at, c.id",
                               {objective_id})
                           .rows) {
    app::CommentRecord c;
    c.id = r.Int(0);
    c.objective_id = r.Int(1);
    c.author_id = r.OptInt(2);
    c.author_name = r.Text(3);
    c.institution_id = r.OptInt(4);
    c.institution_name = r.Text(5);
    c.body = r.Text(6);
    c.at = ParseIsoTimestamp(r.Text(7)).value_or(Timestamp{});
    out.push_back(std::move(c));
  }
  return out;
}

std::int64_t SqlPactRepository::InsertComment(const app::CommentRecord& c, Timestamp now) {
  return conn_
      .Query(
          "INSERT INTO objective_comments (objective_id, author_id, institution_id, body, at) "
          "VALUES ($1, $2, $3, $4, $5) RETURNING id",
          {c.objective_id, Opt(c.author_id), Opt(c.institution_id), c.body,
           FormatIsoTimestamp(now)})
      .rows.at(0)
      .Int(0);
}

std::optional<std::int64_t> SqlPactRepository::InstitutionOfAgent(std::int64_t agent_id) {
  auto rows = conn_
                  .Query(
                      "SELECT COALESCE(a.institution_id, s.institution_id) FROM agents a "
                      "LEFT JOIN structures s ON s.id = a.structure_id WHERE a.id = $1",
                      {agent_id})
                  .rows;
  if (rows.empty()) return std::nullopt;
  return rows.front().OptInt(0);
}

std::optional<std::string> SqlPactRepository::InstitutionName(std::int64_t institution_id) {
  auto rows =
      conn_.Query("SELECT name FROM institutions WHERE id = $1", {institution_id}).rows;
  if (rows.empty()) return std::nullopt;
  return rows.front().Text(0);
}

std::vector<app::InstitutionRef> SqlPactRepository::AllInstitutions() {
  std::vector<app::InstitutionRef> out;
  for (const auto& r :
       conn_.Query("SELECT id, name FROM institutions ORDER BY search_key, id").rows) {
    out.push_back({r.Int(0), r.Text(1)});
  }
  return out;
}

bool SqlPactRepository::SetAgentInstitution(std::int64_t agent_id,
                                            std::optional<std::int64_t> institution_id) {
  SqlParams p;
  p.reserve(2);
  p.push_back(Opt(institution_id));
  p.emplace_back(agent_id);
  return conn_.Execute("UPDATE agents SET institution_id = $1 WHERE id = $2", p) == 1;
}

std::vector<app::InstitutionRef> SqlPactRepository::ActionsOfObjective(
    const std::string& objective, int limit) {
  std::vector<app::InstitutionRef> out;
  for (const auto& r : conn_
                           .Query(
                               "SELECT id, name FROM actions WHERE objective = $1 AND status = "
                               "'publiee' ORDER BY id LIMIT $2",
                               {objective, static_cast<std::int64_t>(limit)})
                           .rows) {
    out.push_back({r.Int(0), r.Text(1)});
  }
  return out;
}

}  // namespace pacte::storage
