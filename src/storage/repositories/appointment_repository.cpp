#include "storage/repositories/appointment_repository.hpp"

#include "storage/sql/versioned_update.hpp"

namespace pacte::storage {
namespace {

constexpr const char* kMotiveSelect =
    "SELECT id, code, label, active, position, version FROM appointment_motives";

app::AppointmentMotive MotiveOf(const SqlRow& r) {
  return {r.Int(0), r.Text(1), r.Text(2), r.Bool(3), static_cast<int>(r.Int(4)), r.Int(5)};
}

constexpr const char* kSelect =
    "SELECT a.id, a.person_id, a.agent_id, a.structure_id, a.starts_at, a.duration_minutes, "
    "a.mode, a.place, a.motive_code, a.status, a.comment, a.recorded_by, a.version, "
    "a.created_at, a.updated_at, COALESCE(m.label, a.motive_code), "
    "COALESCE(g.first_name || ' ' || UPPER(g.last_name), ''), COALESCE(s.name, '') "
    "FROM appointments a LEFT JOIN appointment_motives m ON m.code = a.motive_code "
    "LEFT JOIN agents g ON g.id = a.agent_id LEFT JOIN structures s ON s.id = a.structure_id";

app::StoredAppointment AppointmentOf(const SqlRow& r) {
  app::StoredAppointment out;
  out.id = r.Int(0);
  auto& rec = out.record;
  rec.person_id = r.Int(1);
  rec.agent_id = r.OptInt(2);
  rec.structure_id = r.OptInt(3);
  rec.starts_at = ParseIsoTimestamp(r.Text(4)).value_or(Timestamp{});
  rec.duration_minutes = static_cast<int>(r.Int(5));
  rec.mode = ParseAppointmentMode(r.Text(6)).value_or(AppointmentMode::kSurPlace);
  rec.place = r.OptText(7);
  rec.motive_code = r.Text(8);
  rec.status = ParseAppointmentStatus(r.Text(9)).value_or(AppointmentStatus::kAVenir);
  rec.comment = r.OptText(10);
  rec.recorded_by = r.OptInt(11);
  out.version = r.Int(12);
  out.created_at = ParseIsoTimestamp(r.Text(13)).value_or(Timestamp{});
  out.updated_at = ParseIsoTimestamp(r.Text(14)).value_or(Timestamp{});
  out.motive_label = r.Text(15);
  out.agent_name = r.Text(16);
  out.structure_name = r.Text(17);
  return out;
}

std::vector<app::StoredAppointment> AppointmentsOf(const SqlResult& result) {
  std::vector<app::StoredAppointment> out;
  out.reserve(result.rows.size());
  for (const auto& row : result.rows) out.push_back(AppointmentOf(row));
  return out;
}

// $1..$11 in the column order of INSERT and UPDATE.
SqlParams RecordParams(const app::AppointmentRecord& r) {
  SqlParams p;
  p.reserve(14);
  p.emplace_back(r.person_id);
  p.push_back(Opt(r.agent_id));
  p.push_back(Opt(r.structure_id));
  p.emplace_back(FormatIsoTimestamp(r.starts_at));
  p.emplace_back(static_cast<std::int64_t>(r.duration_minutes));
  p.emplace_back(std::string(AppointmentModeCode(r.mode)));
  p.push_back(Opt(r.place));
  p.emplace_back(r.motive_code);
  p.emplace_back(std::string(AppointmentStatusCode(r.status)));
  p.push_back(Opt(r.comment));
  p.push_back(Opt(r.recorded_by));
  return p;
}

}  // namespace

std::vector<app::AppointmentMotive> SqlAppointmentRepository::Motives() {
  std::vector<app::AppointmentMotive> out;
  for (const auto& row :
       conn_.Query(std::string(kMotiveSelect) + " ORDER BY position, label, id").rows) {
    out.push_back(MotiveOf(row));
  }
  return out;
}

std::optional<app::AppointmentMotive> SqlAppointmentRepository::FindMotive(
    const std::string& code) {
  auto rows = conn_.Query(std::string(kMotiveSelect) + " WHERE code = $1", {code}).rows;
  if (rows.empty()) return std::nullopt;
  return MotiveOf(rows[0]);
}

std::optional<app::AppointmentMotive> SqlAppointmentRepository::FindMotiveById(std::int64_t id) {
  auto rows = conn_.Query(std::string(kMotiveSelect) + " WHERE id = $1", {id}).rows;
  if (rows.empty()) return std::nullopt;
  return MotiveOf(rows[0]);
}

Result<std::int64_t> SqlAppointmentRepository::InsertMotive(const std::string& code,
                                                            const std::string& label,
                                                            Timestamp now) {
  try {
    auto rows = conn_
                    .Query(
                        "INSERT INTO appointment_motives (code, label, active, position, "
                        "created_at, updated_at) VALUES ($1, $2, TRUE, "
                        "(SELECT COALESCE(MAX(position), 0) + 1 FROM appointment_motives), "
                        "$3, $3) RETURNING id",
                        {code, label, FormatIsoTimestamp(now)})
                    .rows;
    return rows.at(0).Int(0);
  } catch (const SqlError& e) {
    if (!e.IsUniqueViolation()) throw;
    return Fail(Error::Conflict("motive.duplicate", "Ce code de motif existe déjà.", "code"));
  }
}

Status SqlAppointmentRepository::UpdateMotive(std::int64_t id, std::int64_t expected_version,
                                              const std::string& label, bool active,
                                              Timestamp now) {
  SqlParams p;
  p.reserve(5);
  p.emplace_back(label);
  p.emplace_back(active);
  p.emplace_back(FormatIsoTimestamp(now));
  p.emplace_back(id);
  p.emplace_back(expected_version);
  return VersionedUpdate(conn_,
                         "UPDATE appointment_motives SET label = $1, active = $2, updated_at = $3, "
                         "version = version + 1 WHERE id = $4 AND version = $5",
                         p, "appointment_motives", id,
                         {Error::NotFound("motive.not_found", "Ce motif n'existe pas."),
                          std::nullopt});
}

std::int64_t SqlAppointmentRepository::Insert(const app::AppointmentRecord& r, Timestamp now) {
  SqlParams p = RecordParams(r);
  p.emplace_back(FormatIsoTimestamp(now));
  return conn_
      .Query(
          "INSERT INTO appointments (person_id, agent_id, structure_id, starts_at, "
          "duration_minutes, mode, place, motive_code, status, comment, recorded_by, "
          "created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, "
          "$12) RETURNING id",
          p)
      .rows.at(0)
      .Int(0);
}

std::optional<app::StoredAppointment> SqlAppointmentRepository::Find(std::int64_t id) {
  auto result = conn_.Query(std::string(kSelect) + " WHERE a.id = $1", {id});
  if (result.rows.empty()) return std::nullopt;
  return AppointmentOf(result.rows[0]);
}

Status SqlAppointmentRepository::Update(std::int64_t id, std::int64_t expected_version,
                                        const app::AppointmentRecord& r, Timestamp now) {
  SqlParams p = RecordParams(r);
  p.emplace_back(FormatIsoTimestamp(now));
  p.emplace_back(id);
  p.emplace_back(expected_version);
  return VersionedUpdate(
      conn_,
      "UPDATE appointments SET person_id = $1, agent_id = $2, structure_id = $3, starts_at = $4, "
      "duration_minutes = $5, mode = $6, place = $7, motive_code = $8, status = $9, "
      "comment = $10, recorded_by = $11, updated_at = $12, version = version + 1 "
      "WHERE id = $13 AND version = $14",
      p, "appointments", id,
      {Error::NotFound("appointment.not_found", "Rendez-vous introuvable."), std::nullopt});
}

std::vector<app::StoredAppointment> SqlAppointmentRepository::ListForPerson(
    std::int64_t person_id) {
  return AppointmentsOf(conn_.Query(
      std::string(kSelect) + " WHERE a.person_id = $1 ORDER BY a.starts_at DESC, a.id DESC",
      {person_id}));
}

std::vector<app::StoredAppointment> SqlAppointmentRepository::PendingForAgent(
    std::int64_t agent_id, int limit) {
  return AppointmentsOf(conn_.Query(std::string(kSelect) +
                                        " WHERE a.agent_id = $1 AND a.status = 'a_venir' "
                                        "ORDER BY a.starts_at, a.id LIMIT $2",
                                    {agent_id, static_cast<std::int64_t>(limit)}));
}

std::vector<std::int64_t> SqlAppointmentRepository::CancelUpcoming(
    std::int64_t person_id, Timestamp from, const std::string& comment,
    std::optional<std::int64_t> recorded_by, Timestamp now) {
  SqlParams p;
  p.reserve(5);
  p.emplace_back(comment);
  p.push_back(Opt(recorded_by));
  p.emplace_back(FormatIsoTimestamp(now));
  p.emplace_back(person_id);
  p.emplace_back(FormatIsoTimestamp(from));
  auto rows = conn_
                  .Query(
                      "UPDATE appointments SET status = 'annule', comment = $1, "
                      "recorded_by = $2, updated_at = $3, version = version + 1 "
                      "WHERE person_id = $4 AND status = 'a_venir' AND starts_at >= $5 "
                      "RETURNING id",
                      p)
                  .rows;
  std::vector<std::int64_t> ids;
  for (const auto& row : rows) ids.push_back(row.Int(0));
  return ids;
}

std::string SqlAppointmentRepository::DepartementName() {
  auto rows = conn_.Query("SELECT name FROM departements ORDER BY code LIMIT 1").rows;
  return rows.empty() ? std::string() : rows[0].Text(0);
}

}  // namespace pacte::storage
