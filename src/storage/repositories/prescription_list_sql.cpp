// SqlPrescriptionRepository: lists (inbox, sent, a person's), participants, the expiry and
// reminder queue, and the operator visibility check of the person policy.

#include "storage/repositories/organisation_sql.hpp"
#include "storage/repositories/prescription_repository.hpp"
#include "storage/repositories/prescription_sql.hpp"

namespace pacte::storage {
namespace {

SqlConditions ConditionsOf(const app::PrescriptionFilter& f) {
  SqlConditions where;
  if (f.structure_id) where.Add("pr.structure_id = ?", {*f.structure_id});
  if (f.prescriber_agent_id) where.Add("pr.prescriber_agent_id = ?", {*f.prescriber_agent_id});
  if (f.person_id) where.Add("pr.person_id = ?", {*f.person_id});
  if (f.status) where.Add("pr.status = ?", {std::string(PrescriptionStatusCode(*f.status))});
  return where;
}

}  // namespace

app::PageOf<app::PrescriptionRecord> SqlPrescriptionRepository::List(
    const app::PrescriptionFilter& filter, const app::PageRequest& page) {
  app::PageOf<app::PrescriptionRecord> out;
  out.number = page.number;
  out.size = page.size;
  out.total = Count(filter);
  if (out.total == 0) return out;
  SqlConditions where = ConditionsOf(filter);
  std::string sql = std::string(kPrescriptionSelect) + where.Where();
  std::string limit = where.Next(static_cast<std::int64_t>(page.size));
  std::string offset = where.Next(page.Offset());
  sql += " ORDER BY pr.prescribed_at DESC, pr.id DESC LIMIT " + limit + " OFFSET " + offset;
  for (const auto& r : conn_.Query(sql, where.params()).rows) {
    out.items.push_back(PrescriptionOf(r));
  }
  return out;
}

std::int64_t SqlPrescriptionRepository::Count(const app::PrescriptionFilter& filter) {
  SqlConditions where = ConditionsOf(filter);
  return conn_.Query("SELECT COUNT(*) FROM prescriptions pr" + where.Where(), where.params())
      .rows.at(0)
      .Int(0);
}

app::PageOf<app::Participant> SqlPrescriptionRepository::Participants(
    std::optional<std::int64_t> structure_id, const app::PageRequest& page) {
  SqlConditions where;
  where.Add("pr.status IN ('acceptee', 'entree')");
  if (structure_id) where.Add("pr.structure_id = ?", {*structure_id});
  app::PageOf<app::Participant> out;
  out.number = page.number;
  out.size = page.size;
  out.total = conn_.Query("SELECT COUNT(*) FROM prescriptions pr" + where.Where(), where.params())
                  .rows.at(0)
                  .Int(0);
  if (out.total == 0) return out;
  std::string limit = where.Next(static_cast<std::int64_t>(page.size));
  std::string offset = where.Next(page.Offset());
  auto res = conn_.Query(
      "SELECT pr.id, p.id, p.first_name, p.last_name, p.email, p.phone, ag.first_name, "
      "ag.last_name, ag.email, a.name, se.label, se.starts_on, se.ends_on, pr.status, "
      "pr.entered_on FROM prescriptions pr JOIN persons p ON p.id = pr.person_id "
      "JOIN actions a ON a.id = pr.action_id "
      "LEFT JOIN action_sessions se ON se.id = pr.session_id "
      "LEFT JOIN person_parcours pp ON pp.person_id = p.id "
      "LEFT JOIN agents ag ON ag.id = pp.referent_agent_id" +
          where.Where() + " ORDER BY p.search_key, p.id, pr.id LIMIT " + limit + " OFFSET " +
          offset,
      where.params());
  for (const auto& r : res.rows) {
    app::Participant x;
    x.prescription_id = r.Int(0);
    x.person_id = r.Int(1);
    x.first_name = r.Text(2);
    x.last_name = r.Text(3);
    x.email = r.OptText(4);
    x.phone = r.OptText(5);
    if (!r.IsNull(6)) x.referent_name = r.Text(6) + " " + r.Text(7);
    x.referent_email = r.OptText(8);
    x.action_name = r.Text(9);
    if (!r.IsNull(11)) x.session_label = SessionLabel(r.Text(10), r.Text(11), r.Text(12));
    x.status = ParsePrescriptionStatus(r.Text(13)).value_or(PrescriptionStatus::kAcceptee);
    x.entered_on = OptDateOf(r, 14);
    out.items.push_back(std::move(x));
  }
  return out;
}

bool SqlPrescriptionRepository::IsPrescribedTo(std::int64_t person_id, std::int64_t structure_id) {
  return !conn_
              .Query("SELECT 1 FROM prescriptions WHERE person_id = $1 AND structure_id = $2 "
                     "LIMIT 1",
                     {person_id, structure_id})
              .rows.empty();
}

std::vector<std::int64_t> SqlPrescriptionRepository::PendingSentBefore(Timestamp sent_before,
                                                                       bool not_reminded) {
  std::string sql =
      "SELECT id FROM prescriptions WHERE status = 'en_attente' AND prescribed_at <= $1";
  if (not_reminded) sql += " AND reminded_at IS NULL";
  std::vector<std::int64_t> out;
  for (const auto& r :
       conn_.Query(sql + " ORDER BY prescribed_at, id", {FormatIsoTimestamp(sent_before)}).rows) {
    out.push_back(r.Int(0));
  }
  return out;
}

void SqlPrescriptionRepository::MarkReminded(std::int64_t id, Timestamp at) {
  conn_.Execute("UPDATE prescriptions SET reminded_at = $1 WHERE id = $2",
                {FormatIsoTimestamp(at), id});
}

}  // namespace pacte::storage

namespace pacte::storage {

app::PersonContact SqlPrescriptionRepository::ContactOf(std::int64_t person_id) {
  auto res = conn_.Query(
      "SELECT p.email, p.phone, ag.first_name, ag.last_name, ag.email FROM persons p "
      "LEFT JOIN person_parcours pp ON pp.person_id = p.id "
      "LEFT JOIN agents ag ON ag.id = pp.referent_agent_id WHERE p.id = $1",
      {person_id});
  app::PersonContact out;
  if (res.rows.empty()) return out;
  const auto& r = res.rows.front();
  out.email = r.OptText(0);
  out.phone = r.OptText(1);
  if (!r.IsNull(2)) out.referent_name = r.Text(2) + " " + r.Text(3);
  out.referent_email = r.OptText(4);
  return out;
}

}  // namespace pacte::storage

namespace pacte::storage {

std::vector<app::SessionPlaces> SqlPrescriptionRepository::SessionsOf(std::int64_t action_id) {
  auto res = conn_.Query(
      "SELECT se.id, se.action_id, se.starts_on, se.ends_on, se.places, se.cancelled, se.label, "
      "(SELECT COUNT(*) FROM prescriptions pr WHERE pr.session_id = se.id "
      "AND pr.status IN ('acceptee', 'entree')) FROM action_sessions se "
      "WHERE se.action_id = $1 ORDER BY se.starts_on, se.id",
      {action_id});
  std::vector<app::SessionPlaces> out;
  for (const auto& r : res.rows) {
    app::SessionPlaces s;
    s.session.id = r.Int(0);
    s.session.action_id = r.Int(1);
    s.session.starts_on = ParseIsoDate(r.Text(2)).value_or(Date{});
    s.session.ends_on = ParseIsoDate(r.Text(3)).value_or(Date{});
    s.session.places = static_cast<int>(r.Int(4));
    s.session.cancelled = r.Bool(5);
    s.label = SessionLabel(r.Text(6), r.Text(2), r.Text(3));
    s.taken = r.Int(7);
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace pacte::storage
