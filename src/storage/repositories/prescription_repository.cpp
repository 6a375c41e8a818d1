#include "storage/repositories/prescription_repository.hpp"

#include "storage/repositories/prescription_sql.hpp"

namespace pacte::storage {

const char* const kPrescriptionSelect =
    "SELECT pr.id, pr.person_id, pr.action_id, pr.session_id, pr.structure_id, "
    "pr.prescriber_agent_id, pr.prescriber_structure_id, pr.message, pr.weekly_hours, pr.weeks, "
    "pr.status, pr.reason, pr.reason_detail, pr.outcome, pr.prescribed_at, pr.answered_at, "
    "pr.entered_on, pr.exited_on, pr.reminded_at, pr.version, p.first_name, p.last_name, "
    "a.name, s.name, se.label, se.starts_on, se.ends_on, ag.first_name, ag.last_name "
    "FROM prescriptions pr JOIN persons p ON p.id = pr.person_id "
    "JOIN actions a ON a.id = pr.action_id JOIN structures s ON s.id = pr.structure_id "
    "LEFT JOIN action_sessions se ON se.id = pr.session_id "
    "LEFT JOIN agents ag ON ag.id = pr.prescriber_agent_id";

std::optional<Date> OptDateOf(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoDate(r.Text(i).substr(0, 10));
}

std::optional<Timestamp> OptTimestampOf(const SqlRow& r, std::size_t i) {
  if (r.IsNull(i)) return std::nullopt;
  return ParseIsoTimestamp(r.Text(i));
}

std::string SessionLabel(const std::string& label, const std::string& starts_on,
                         const std::string& ends_on) {
  if (!label.empty()) return label;
  auto from = ParseIsoDate(starts_on);
  auto to = ParseIsoDate(ends_on);
  if (!from || !to) return "Session";
  return "Session du " + FormatFrenchDate(*from) + " au " + FormatFrenchDate(*to);
}

app::PrescriptionRecord PrescriptionOf(const SqlRow& r) {
  app::PrescriptionRecord p;
  p.id = r.Int(0);
  p.person_id = r.Int(1);
  p.action_id = r.Int(2);
  p.session_id = r.OptInt(3);
  p.structure_id = r.Int(4);
  p.prescriber_agent_id = r.OptInt(5);
  p.prescriber_structure_id = r.OptInt(6);
  p.message = r.Text(7);
  if (!r.IsNull(8)) p.weekly_hours = r.Double(8);
  if (!r.IsNull(9)) p.weeks = static_cast<int>(r.Int(9));
  p.status = ParsePrescriptionStatus(r.Text(10)).value_or(PrescriptionStatus::kEnAttente);
  if (!r.IsNull(11)) p.reason = ParseRefusalReason(r.Text(11));
  p.reason_detail = r.OptText(12);
  if (!r.IsNull(13)) p.outcome = ParseExitOutcome(r.Text(13));
  p.prescribed_at = ParseIsoTimestamp(r.Text(14)).value_or(Timestamp{});
  p.answered_at = OptTimestampOf(r, 15);
  p.entered_on = OptDateOf(r, 16);
  p.exited_on = OptDateOf(r, 17);
  p.reminded_at = OptTimestampOf(r, 18);
  p.version = r.Int(19);
  p.person_first_name = r.Text(20);
  p.person_last_name = r.Text(21);
  p.action_name = r.Text(22);
  p.structure_name = r.Text(23);
  if (p.session_id) {
    p.session_label = SessionLabel(r.Text(24), r.Text(25), r.Text(26));
    p.session_starts_on = OptDateOf(r, 25);
  }
  if (!r.IsNull(27)) p.prescriber_name = r.Text(27) + " " + r.Text(28);
  return p;
}

std::optional<app::PrescriptionActionInfo> SqlPrescriptionRepository::FindAction(
    std::int64_t action_id) {
  auto res = conn_.Query(
      "SELECT a.id, a.status, a.capacity, a.structure_id, a.name, s.name FROM actions a "
      "JOIN structures s ON s.id = a.structure_id WHERE a.id = $1",
      {action_id});
  if (res.rows.empty()) return std::nullopt;
  const auto& r = res.rows.front();
  app::PrescriptionActionInfo out;
  out.action.id = r.Int(0);
  out.action.status = r.Text(1);
  if (!r.IsNull(2)) out.action.capacity = static_cast<int>(r.Int(2));
  out.structure_id = r.Int(3);
  out.name = r.Text(4);
  out.structure_name = r.Text(5);
  return out;
}

std::optional<PrescribedSession> SqlPrescriptionRepository::FindSession(std::int64_t session_id) {
  auto res = conn_.Query(
      "SELECT id, action_id, starts_on, ends_on, places, cancelled FROM action_sessions "
      "WHERE id = $1",
      {session_id});
  if (res.rows.empty()) return std::nullopt;
  const auto& r = res.rows.front();
  PrescribedSession s;
  s.id = r.Int(0);
  s.action_id = r.Int(1);
  s.starts_on = ParseIsoDate(r.Text(2)).value_or(Date{});
  s.ends_on = ParseIsoDate(r.Text(3)).value_or(Date{});
  s.places = static_cast<int>(r.Int(4));
  s.cancelled = r.Bool(5);
  return s;
}

void SqlPrescriptionRepository::LockPlaces(std::int64_t action_id,
                                           std::optional<std::int64_t> session_id) {
  // A no-op update takes the row's write lock (PostgreSQL) until the transaction ends;
  // SQLite's write transactions are already serialised (BEGIN IMMEDIATE).
  if (session_id) {
    conn_.Execute("UPDATE action_sessions SET version = version WHERE id = $1", {*session_id});
  } else {
    conn_.Execute("UPDATE actions SET version = version WHERE id = $1", {action_id});
  }
}

std::int64_t SqlPrescriptionRepository::CountTaken(std::int64_t action_id,
                                                   std::optional<std::int64_t> session_id) {
  if (session_id) {
    return conn_
        .Query("SELECT COUNT(*) FROM prescriptions WHERE session_id = $1 "
               "AND status IN ('acceptee', 'entree')",
               {*session_id})
        .rows.at(0)
        .Int(0);
  }
  return conn_
      .Query("SELECT COUNT(*) FROM prescriptions WHERE action_id = $1 AND session_id IS NULL "
             "AND status IN ('acceptee', 'entree')",
             {action_id})
      .rows.at(0)
      .Int(0);
}

std::int64_t SqlPrescriptionRepository::Insert(const app::NewPrescription& p) {
  const std::string at = FormatIsoTimestamp(p.at);
  return conn_
      .Query(
          "INSERT INTO prescriptions (person_id, action_id, session_id, structure_id, "
          "prescriber_agent_id, prescriber_structure_id, message, weekly_hours, weeks, status, "
          "prescribed_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
          "'en_attente', $10, $10, $10) RETURNING id",
          {p.person_id, p.action_id, Opt(p.session_id), p.structure_id, Opt(p.prescriber_agent_id),
           Opt(p.prescriber_structure_id), p.fields.message,
           p.fields.weekly_hours ? SqlParam(*p.fields.weekly_hours) : SqlParam(nullptr),
           Opt(p.fields.weeks), at})
      .rows.at(0)
      .Int(0);
}

std::optional<app::PrescriptionRecord> SqlPrescriptionRepository::Find(std::int64_t id) {
  auto res = conn_.Query(std::string(kPrescriptionSelect) + " WHERE pr.id = $1", {id});
  if (res.rows.empty()) return std::nullopt;
  return PrescriptionOf(res.rows.front());
}

bool SqlPrescriptionRepository::UpdateStatus(const app::PrescriptionRecord& p, Timestamp now) {
  auto text = [](auto v, auto code) {
    return v ? SqlParam(std::string(code(*v))) : SqlParam(nullptr);
  };
  auto date = [](const std::optional<Date>& d) {
    return d ? SqlParam(FormatIsoDate(*d)) : SqlParam(nullptr);
  };
  return conn_.Execute(
             "UPDATE prescriptions SET status = $1, reason = $2, reason_detail = $3, "
             "outcome = $4, answered_at = $5, entered_on = $6, exited_on = $7, updated_at = $8, "
             "version = version + 1 WHERE id = $9 AND version = $10",
             {std::string(PrescriptionStatusCode(p.status)), text(p.reason, RefusalReasonCode),
              Opt(p.reason_detail), text(p.outcome, ExitOutcomeCode),
              p.answered_at ? SqlParam(FormatIsoTimestamp(*p.answered_at)) : SqlParam(nullptr),
              date(p.entered_on), date(p.exited_on), FormatIsoTimestamp(now), p.id,
              p.version}) == 1;
}

void SqlPrescriptionRepository::AddEvent(const app::NewPrescriptionEvent& e) {
  conn_.Execute(
      "INSERT INTO prescription_events (prescription_id, status, at, agent_id, reason, outcome, "
      "comment) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {e.prescription_id, e.status, FormatIsoTimestamp(e.at), Opt(e.agent_id), Opt(e.reason),
       Opt(e.outcome), e.comment});
}

std::vector<app::PrescriptionEvent> SqlPrescriptionRepository::EventsOf(
    std::int64_t prescription_id) {
  auto res = conn_.Query(
      "SELECT e.id, e.status, e.at, e.agent_id, ag.first_name, ag.last_name, e.reason, "
      "e.outcome, e.comment FROM prescription_events e "
      "LEFT JOIN agents ag ON ag.id = e.agent_id WHERE e.prescription_id = $1 "
      "ORDER BY e.at, e.id",
      {prescription_id});
  std::vector<app::PrescriptionEvent> out;
  for (const auto& r : res.rows) {
    app::PrescriptionEvent e;
    e.id = r.Int(0);
    e.status = r.Text(1);
    e.at = ParseIsoTimestamp(r.Text(2)).value_or(Timestamp{});
    e.agent_id = r.OptInt(3);
    if (!r.IsNull(4)) e.agent_name = r.Text(4) + " " + r.Text(5);
    e.reason = r.OptText(6);
    e.outcome = r.OptText(7);
    e.comment = r.Text(8);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace pacte::storage
