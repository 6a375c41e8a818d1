#include "storage/repositories/diagnostic_repository.hpp"

#include <algorithm>
#include <map>

#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kSituationSelect =
    "SELECT id, theme, code, label, active, position, version FROM barrier_situations";

std::size_t ThemeRank(BarrierTheme t) {
  auto all = AllBarrierThemes();
  return static_cast<std::size_t>(std::find(all.begin(), all.end(), t) - all.begin());
}

app::StoredSituation SituationOf(const SqlRow& r) {
  app::StoredSituation s;
  s.id = r.Int(0);
  s.theme = ParseBarrierTheme(r.Text(1)).value_or(BarrierTheme::kLogement);
  s.code = r.Text(2);
  s.label = r.Text(3);
  s.active = r.Bool(4);
  s.position = r.Int(5);
  s.version = r.Int(6);
  return s;
}

SqlParam OptBool(std::optional<bool> v) {
  if (!v) return nullptr;
  return *v;
}

std::optional<bool> OptBoolOf(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return r.Bool(i);
}

app::StoredDiagnostic DiagnosticOf(const SqlRow& r) {
  app::StoredDiagnostic s;
  s.id = r.Int(0);
  s.person_id = r.Int(1);
  s.diagnostic.made_on = ParseIsoDate(r.Text(2)).value_or(Date{});
  s.agent_id = r.OptInt(3);
  s.structure_id = r.OptInt(4);
  auto& a = s.diagnostic.assets;
  a.driving_licence = OptBoolOf(r, 5);
  a.vehicle = OptBoolOf(r, 6);
  if (auto q = r.OptText(7)) a.qualification_level = ParseQualificationLevel(*q);
  a.professional_project = r.OptText(8);
  a.rome_code = r.OptText(9);
  s.diagnostic.comment = r.OptText(10);
  s.created_at = ParseIsoTimestamp(r.Text(11)).value_or(Timestamp{});
  s.agent_name = r.Text(12);
  return s;
}

}  // namespace

std::vector<app::StoredSituation> SqlDiagnosticRepository::Situations() {
  std::vector<app::StoredSituation> out;
  for (const auto& row : conn_.Query(std::string(kSituationSelect)).rows) {
    out.push_back(SituationOf(row));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tuple(ThemeRank(a.theme), a.position, a.id) <
           std::tuple(ThemeRank(b.theme), b.position, b.id);
  });
  return out;
}

std::optional<app::StoredSituation> SqlDiagnosticRepository::FindSituation(std::int64_t id) {
  auto rows = conn_.Query(std::string(kSituationSelect) + " WHERE id = $1", {id}).rows;
  if (rows.empty()) return std::nullopt;
  return SituationOf(rows[0]);
}

std::optional<app::StoredSituation> SqlDiagnosticRepository::FindSituationByCode(
    const std::string& code) {
  auto rows = conn_.Query(std::string(kSituationSelect) + " WHERE code = $1", {code}).rows;
  if (rows.empty()) return std::nullopt;
  return SituationOf(rows[0]);
}

Result<std::int64_t> SqlDiagnosticRepository::InsertSituation(BarrierTheme theme,
                                                              const std::string& code,
                                                              const std::string& label,
                                                              Timestamp now) {
  const std::string theme_code(BarrierThemeCode(theme));
  auto next =
      conn_.Query("SELECT COALESCE(MAX(position), 0) + 10 FROM barrier_situations WHERE theme = $1",
                  {theme_code});
  try {
    auto rows =
        conn_
            .Query(
                "INSERT INTO barrier_situations (theme, code, label, active, position, "
                "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) "
                "RETURNING id",
                {theme_code, code, label, true, next.rows.at(0).Int(0), FormatIsoTimestamp(now)})
            .rows;
    return rows.at(0).Int(0);
  } catch (const SqlError& e) {
    if (!e.IsUniqueViolation()) throw;
    return Fail(Error::Conflict("situation.code_taken",
                                "Une situation porte déjà le code « " + code + " ».", "code"));
  }
}

Status SqlDiagnosticRepository::UpdateSituation(std::int64_t id, std::int64_t expected_version,
                                                const std::string& label, bool active,
                                                Timestamp now) {
  SqlParams params;
  params.emplace_back(label);
  params.emplace_back(active);
  params.emplace_back(FormatIsoTimestamp(now));
  params.emplace_back(id);
  params.emplace_back(expected_version);
  return VersionedUpdate(
      conn_,
      "UPDATE barrier_situations SET label = $1, active = $2, updated_at = $3, "
      "version = version + 1 WHERE id = $4 AND version = $5",
      params, "barrier_situations", id,
      {Error::NotFound("situation.not_found", "Cette situation n'existe pas."), std::nullopt});
}

std::int64_t SqlDiagnosticRepository::InsertDiagnostic(std::int64_t person_id, const Diagnostic& d,
                                                       std::optional<std::int64_t> agent_id,
                                                       std::optional<std::int64_t> structure_id,
                                                       Timestamp now) {
  const auto& a = d.assets;
  SqlParams p;
  p.reserve(12);
  p.emplace_back(person_id);
  p.emplace_back(FormatIsoDate(d.made_on));
  p.push_back(Opt(agent_id));
  p.push_back(Opt(structure_id));
  p.push_back(OptBool(a.driving_licence));
  p.push_back(OptBool(a.vehicle));
  if (a.qualification_level) {
    p.emplace_back(std::string(QualificationLevelCode(*a.qualification_level)));
  } else {
    p.emplace_back(nullptr);
  }
  p.push_back(Opt(a.professional_project));
  p.push_back(Opt(a.rome_code));
  p.push_back(Opt(d.comment));
  p.emplace_back(FormatIsoTimestamp(now));
  auto id = conn_
                .Query(
                    "INSERT INTO diagnostics (person_id, made_on, agent_id, structure_id, "
                    "driving_licence, vehicle, qualification_level, professional_project, "
                    "rome_code, comment, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, "
                    "$6, $7, $8, $9, $10, $11, $11) RETURNING id",
                    p)
                .rows.at(0)
                .Int(0);
  for (const auto& item : d.items) {
    conn_.Execute(
        "INSERT INTO diagnostic_items (diagnostic_id, theme, situation_code, impact) "
        "VALUES ($1, $2, $3, $4)",
        {id, std::string(BarrierThemeCode(item.theme)), item.situation_code,
         std::string(BarrierImpactCode(item.impact))});
  }
  return id;
}

std::vector<app::StoredDiagnostic> SqlDiagnosticRepository::DiagnosticsOf(std::int64_t person_id) {
  std::vector<app::StoredDiagnostic> out;
  std::map<std::int64_t, std::size_t> index;
  auto rows = conn_.Query(
      "SELECT d.id, d.person_id, d.made_on, d.agent_id, d.structure_id, d.driving_licence, "
      "d.vehicle, d.qualification_level, d.professional_project, d.rome_code, d.comment, "
      "d.created_at, COALESCE(a.first_name || ' ' || a.last_name, '') FROM diagnostics d "
      "LEFT JOIN agents a ON a.id = d.agent_id WHERE d.person_id = $1 "
      "ORDER BY d.made_on DESC, d.id DESC",
      {person_id});
  for (const auto& row : rows.rows) {
    index[row.Int(0)] = out.size();
    out.push_back(DiagnosticOf(row));
  }
  auto items = conn_.Query(
      "SELECT i.diagnostic_id, i.theme, i.situation_code, i.impact FROM diagnostic_items i "
      "JOIN diagnostics d ON d.id = i.diagnostic_id WHERE d.person_id = $1 ORDER BY i.id",
      {person_id});
  for (const auto& row : items.rows) {
    auto it = index.find(row.Int(0));
    if (it == index.end()) continue;
    DiagnosticItem item;
    item.theme = ParseBarrierTheme(row.Text(1)).value_or(BarrierTheme::kLogement);
    item.situation_code = row.Text(2);
    item.impact = ParseBarrierImpact(row.Text(3)).value_or(BarrierImpact::kSansImpact);
    out[it->second].diagnostic.items.push_back(std::move(item));
  }
  return out;
}

}  // namespace pacte::storage
