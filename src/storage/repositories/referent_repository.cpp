#include "storage/repositories/referent_repository.hpp"

#include "storage/repositories/organisation_sql.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kSelect =
    "SELECT ra.id, ra.person_id, ra.agent_id, ag.first_name || ' ' || ag.last_name, "
    "ra.structure_id, COALESCE(s.name, ''), ra.valid_from, ra.valid_to, ra.end_reason, "
    "ra.version FROM referent_assignments ra JOIN agents ag ON ag.id = ra.agent_id "
    "LEFT JOIN structures s ON s.id = ra.structure_id ";

app::ReferentAssignment AssignmentOf(const SqlRow& r) {
  app::ReferentAssignment a;
  a.id = r.Int(0);
  a.person_id = r.Int(1);
  a.agent_id = r.Int(2);
  a.agent_name = r.Text(3);
  a.structure_id = r.OptInt(4);
  a.structure_name = r.Text(5);
  a.valid_from = ParseIsoDate(r.Text(6)).value_or(Date{});
  if (!r.IsNull(7)) a.valid_to = ParseIsoDate(r.Text(7));
  a.end_reason = r.OptText(8);
  a.version = r.Int(9);
  return a;
}

// Active agents holding the referent role, with their structure and caseload.
constexpr const char* kCaseloadFrom =
    "FROM agents ag JOIN agent_roles ro ON ro.agent_id = ag.id AND ro.role = 'referent' "
    "LEFT JOIN structures s ON s.id = ag.structure_id ";

}  // namespace

std::vector<app::ReferentAssignment> SqlReferentRepository::Select(const std::string& where,
                                                                   const SqlParams& params) {
  std::vector<app::ReferentAssignment> out;
  for (const auto& row : conn_.Query(kSelect + where, params).rows) {
    out.push_back(AssignmentOf(row));
  }
  return out;
}

std::optional<app::ReferentAssignment> SqlReferentRepository::Active(std::int64_t person_id) {
  auto rows = Select("WHERE ra.person_id = $1 AND ra.valid_to IS NULL", {person_id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<app::ReferentAssignment> SqlReferentRepository::History(std::int64_t person_id) {
  return Select("WHERE ra.person_id = $1 ORDER BY ra.valid_from DESC, ra.id DESC", {person_id});
}

std::vector<app::ReferentAssignment> SqlReferentRepository::ActiveOfAgent(std::int64_t agent_id) {
  return Select("WHERE ra.agent_id = $1 AND ra.valid_to IS NULL ORDER BY ra.person_id",
                {agent_id});
}

Result<std::int64_t> SqlReferentRepository::Open(const app::NewAssignment& a, Timestamp now) {
  SqlParams p;
  p.reserve(6);
  p.emplace_back(a.person_id);
  p.emplace_back(a.agent_id);
  p.push_back(Opt(a.structure_id));
  p.emplace_back(FormatIsoDate(a.valid_from));
  p.push_back(Opt(a.recorded_by));
  p.emplace_back(FormatIsoTimestamp(now));
  try {
    auto res = conn_.Query(
        "INSERT INTO referent_assignments (person_id, agent_id, structure_id, valid_from, "
        "recorded_by, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $6) "
        "RETURNING id",
        p);
    return res.rows.at(0).Int(0);
  } catch (const SqlError& e) {
    if (!e.IsUniqueViolation()) throw;
    return Fail(Error::Conflict("referent.concurrent",
                                "Un autre référent vient d'être désigné pour cette personne : "
                                "rechargez la page avant de recommencer."));
  }
}

Status SqlReferentRepository::Close(std::int64_t id, std::int64_t expected_version, Date valid_to,
                                    const std::string& end_reason, Timestamp now) {
  SqlParams p;
  p.reserve(5);
  p.emplace_back(FormatIsoDate(valid_to));
  p.emplace_back(end_reason);
  p.emplace_back(FormatIsoTimestamp(now));
  p.emplace_back(id);
  p.emplace_back(expected_version);
  return VersionedUpdate(
      conn_,
      "UPDATE referent_assignments SET valid_to = $1, end_reason = $2, updated_at = $3, "
      "version = version + 1 WHERE id = $4 AND version = $5 AND valid_to IS NULL",
      p, "referent_assignments", id,
      {Error::NotFound("referent.not_found", "Désignation introuvable."), std::nullopt});
}

app::PageOf<app::Caseload> SqlReferentRepository::Caseloads(const app::CaseloadFilter& filter,
                                                            const app::PageRequest& page) {
  SqlConditions where;
  where.Add("ag.active");
  if (filter.structure_id) where.Add("ag.structure_id = ?", {*filter.structure_id});
  app::PageOf<app::Caseload> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) " + std::string(kCaseloadFrom) + where.Where(),
                          where.params())
                  .rows.at(0)
                  .Int(0);
  std::string sql =
      "SELECT ag.id, ag.first_name, ag.last_name, ag.structure_id, COALESCE(s.name, ''), "
      "(SELECT COUNT(*) FROM referent_assignments ra WHERE ra.agent_id = ag.id "
      "AND ra.valid_to IS NULL) " +
      std::string(kCaseloadFrom) + where.Where() +
      " ORDER BY ag.last_name, ag.first_name, ag.id LIMIT " +
      where.Next(static_cast<std::int64_t>(page.size)) + " OFFSET " + where.Next(page.Offset());
  for (const auto& r : conn_.Query(sql, where.params()).rows) {
    out.items.push_back({r.Int(0), r.Text(1), r.Text(2), r.OptInt(3), r.Text(4), r.Int(5)});
  }
  return out;
}

}  // namespace pacte::storage
