// Re-orientation requests of SqlOrientationRepository.

#include "storage/repositories/orientation_repository.hpp"
#include "storage/repositories/organisation_sql.hpp"
#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kFrom =
    "FROM reorientation_requests r JOIN persons p ON p.id = r.person_id "
    "LEFT JOIN agents a ON a.id = r.requested_by "
    "LEFT JOIN structures ps ON ps.id = r.proposed_structure_id "
    "LEFT JOIN person_parcours pp ON pp.person_id = r.person_id "
    "LEFT JOIN structures cs ON cs.id = pp.structure_id ";

constexpr const char* kColumns =
    "SELECT r.id, r.person_id, r.orientation_id, r.requested_by, "
    "COALESCE(a.first_name || ' ' || a.last_name, ''), r.requested_on, r.motive, "
    "r.proposed_parcours, r.proposed_structure_id, COALESCE(ps.name, ''), r.status, "
    "r.decided_by, r.decided_on, r.decision_reason, r.resulting_orientation_id, r.version, "
    "p.last_name, p.first_name, COALESCE(pp.parcours, ''), COALESCE(cs.name, '') ";

std::optional<Date> OptDate(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoDate(r.Text(i));
}

app::ReorientationRequestRecord RequestOf(const SqlRow& r) {
  app::ReorientationRequestRecord out;
  out.id = r.Int(0);
  out.person_id = r.Int(1);
  out.orientation_id = r.Int(2);
  out.requested_by = r.OptInt(3);
  out.requested_by_name = r.Text(4);
  out.requested_on = ParseIsoDate(r.Text(5)).value_or(Date{});
  out.motive = r.Text(6);
  out.proposed_parcours = ParseParcours(r.Text(7)).value_or(Parcours::kProfessionnel);
  out.proposed_structure_id = r.OptInt(8);
  out.proposed_structure_name = r.Text(9);
  out.status = ParseReorientationStatus(r.Text(10)).value_or(ReorientationStatus::kEnAttente);
  out.decided_by = r.OptInt(11);
  out.decided_on = OptDate(r, 12);
  out.decision_reason = r.OptText(13);
  out.resulting_orientation_id = r.OptInt(14);
  out.version = r.Int(15);
  out.person_last_name = r.Text(16);
  out.person_first_name = r.Text(17);
  out.current_parcours = r.Text(18);
  out.current_structure_name = r.Text(19);
  return out;
}

SqlConditions VisibleTo(const app::PersonVisibility& v) {
  SqlConditions where;
  where.Add("r.status = 'en_attente'");
  if (v.none || v.only_prescribed) where.Add("1 = 0");
  if (v.territory_id) where.Add("pp.territory_id = ?", {*v.territory_id});
  if (v.structure_id) {
    where.Add("(pp.structure_id = ? OR pp.referent_structure_id = ?)",
              {*v.structure_id, *v.structure_id});
  }
  return where;
}

}  // namespace

std::vector<app::ReorientationRequestRecord> SqlOrientationRepository::SelectRequests(
    const std::string& where, const SqlParams& params) {
  std::vector<app::ReorientationRequestRecord> out;
  auto sql = std::string(kColumns) + kFrom + where;
  for (const auto& row : conn_.Query(sql, params).rows) out.push_back(RequestOf(row));
  return out;
}

Result<std::int64_t> SqlOrientationRepository::InsertRequest(
    const app::NewReorientationRequest& r, Timestamp now) {
  SqlParams p;
  p.reserve(8);
  p.emplace_back(r.person_id);
  p.emplace_back(r.orientation_id);
  p.push_back(Opt(r.requested_by));
  p.emplace_back(FormatIsoDate(r.requested_on));
  p.emplace_back(r.fields.motive);
  p.emplace_back(std::string(ParcoursCode(r.fields.proposed_parcours)));
  p.push_back(Opt(r.proposed_structure_id));
  p.emplace_back(FormatIsoTimestamp(now));
  try {
    auto res = conn_.Query(
        "INSERT INTO reorientation_requests (person_id, orientation_id, requested_by, "
        "requested_on, motive, proposed_parcours, proposed_structure_id, status, created_at, "
        "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, 'en_attente', $8, $8) RETURNING id",
        p);
    return res.rows.at(0).Int(0);
  } catch (const SqlError& e) {
    if (!e.IsUniqueViolation()) throw;
    return Fail(Error::Conflict(
        "reorientation.pending",
        "Une demande de réorientation est déjà en attente pour cette personne."));
  }
}

std::optional<app::ReorientationRequestRecord> SqlOrientationRepository::FindRequest(
    std::int64_t id) {
  auto rows = SelectRequests("WHERE r.id = $1", {id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<app::ReorientationRequestRecord> SqlOrientationRepository::PendingRequest(
    std::int64_t person_id) {
  auto rows = SelectRequests("WHERE r.person_id = $1 AND r.status = 'en_attente'", {person_id});
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<app::ReorientationRequestRecord> SqlOrientationRepository::Requests(
    std::int64_t person_id) {
  return SelectRequests("WHERE r.person_id = $1 ORDER BY r.id DESC", {person_id});
}

app::PageOf<app::ReorientationRequestRecord> SqlOrientationRepository::ListPending(
    const app::PersonVisibility& visibility, const app::PageRequest& page) {
  auto where = VisibleTo(visibility);
  app::PageOf<app::ReorientationRequestRecord> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) " + std::string(kFrom) + where.Where(), where.params())
                  .rows.at(0)
                  .Int(0);
  std::string tail = " ORDER BY r.requested_on, r.id LIMIT " +
                     where.Next(static_cast<std::int64_t>(page.size)) + " OFFSET " +
                     where.Next(page.Offset());
  out.items = SelectRequests(where.Where() + tail, where.params());
  return out;
}

Status SqlOrientationRepository::Decide(std::int64_t id, std::int64_t expected_version,
                                        const app::ReorientationDecision& d, Timestamp now) {
  SqlParams p;
  p.reserve(8);
  p.emplace_back(std::string(ReorientationStatusCode(d.status)));
  p.push_back(Opt(d.decided_by));
  p.emplace_back(FormatIsoDate(d.decided_on));
  p.push_back(Opt(d.reason));
  p.push_back(Opt(d.resulting_orientation_id));
  p.emplace_back(FormatIsoTimestamp(now));
  p.emplace_back(id);
  p.emplace_back(expected_version);
  return VersionedUpdate(
      conn_,
      "UPDATE reorientation_requests SET status = $1, decided_by = $2, decided_on = $3, "
      "decision_reason = $4, resulting_orientation_id = $5, updated_at = $6, "
      "version = version + 1 WHERE id = $7 AND version = $8 AND status = 'en_attente'",
      p, "reorientation_requests", id,
      {Error::NotFound("reorientation.not_found", "Demande de réorientation introuvable."),
       std::nullopt});
}

}  // namespace pacte::storage
