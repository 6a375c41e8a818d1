#include "storage/repositories/offer_population_repository.hpp"

#include "domain/common/text.hpp"
#include "storage/sql/bulk_insert.hpp"

namespace pacte::storage {
namespace {

using Batch = app::OfferBatch;

SqlParam DateOrNull(const std::optional<Date>& d) {
  if (!d) return nullptr;
  return FormatIsoDate(*d);
}

SqlParam TimeOrNull(const std::optional<Timestamp>& t) {
  if (!t) return nullptr;
  return FormatIsoTimestamp(*t);
}

// Ids of one table: the first free id, then one per row in batch order.
struct Ids {
  std::int64_t first = 1;
  std::int64_t Of(std::size_t index) const { return first + static_cast<std::int64_t>(index); }
};

void LoadProgrammes(SqlConnection& conn, const Batch& batch, Ids ids, const std::string& at) {
  std::vector<SqlParams> rows;
  std::vector<SqlParams> budgets;
  for (std::size_t i = 0; i < batch.programmes.size(); ++i) {
    const auto& p = batch.programmes[i];
    rows.push_back(
        {ids.Of(i), static_cast<std::int64_t>(p.year), p.name, DateOrNull(p.adopted_on), at, at});
    for (const auto& [objective, cents] : p.budgets) {
      budgets.push_back({ids.Of(i), objective, cents});
    }
  }
  BulkInsert(conn, "programmes", {"id", "year", "name", "adopted_on", "created_at", "updated_at"},
             rows);
  BulkInsert(conn, "programme_budgets", {"programme_id", "objective", "amount_cents"}, budgets);
}

void LoadActions(SqlConnection& conn, const Batch& batch, Ids ids, Ids programmes,
                 const std::string& at) {
  std::vector<SqlParams> rows;
  std::vector<SqlParams> codes;
  for (std::size_t i = 0; i < batch.actions.size(); ++i) {
    const auto& a = batch.actions[i];
    const SqlParam programme =
        a.programme ? SqlParam(programmes.Of(*a.programme)) : SqlParam(nullptr);
    const SqlParam year =
        a.programme ? SqlParam(static_cast<std::int64_t>(batch.programmes[*a.programme].year))
                    : SqlParam(nullptr);
    rows.push_back({ids.Of(i),
                    batch.di_source + "--" + std::to_string(ids.Of(i)),
                    batch.di_source,
                    a.structure_id,
                    programme,
                    year,
                    a.status,
                    a.name,
                    a.description,
                    SearchKey(a.name + " " + a.description),
                    a.objective,
                    static_cast<std::int64_t>(a.action_type),
                    a.service_type,
                    a.frais,
                    Opt(a.frais_precisions),
                    Opt(a.publics_precisions),
                    Opt(a.conditions_acces),
                    Opt(a.adresse),
                    Opt(a.complement_adresse),
                    Opt(a.commune_code),
                    Opt(a.commune_name),
                    Opt(a.code_postal),
                    Opt(a.latitude),
                    Opt(a.longitude),
                    Opt(a.telephone),
                    Opt(a.courriel),
                    Opt(a.contact_nom_prenom),
                    Opt(a.lien_mobilisation),
                    Opt(a.mobilisation_precisions),
                    Opt(a.horaires_accueil),
                    Opt(a.weekly_hours),
                    Opt(a.weeks),
                    Opt(a.capacity),
                    Opt(a.funding_amount_cents),
                    Opt(a.convention_number),
                    a.esf_cofunded,
                    FormatIsoDate(a.date_maj),
                    TimeOrNull(a.published_at),
                    TimeOrNull(a.archived_at),
                    FormatIsoTimestamp(a.created_at),
                    at});
    for (const auto& [list, code] : a.codes) codes.push_back({ids.Of(i), list, code});
  }
  BulkInsert(conn, "actions",
             {"id",
              "di_id",
              "di_source",
              "structure_id",
              "programme_id",
              "programme_year",
              "status",
              "name",
              "description",
              "search_text",
              "objective",
              "action_type",
              "service_type",
              "frais",
              "frais_precisions",
              "publics_precisions",
              "conditions_acces",
              "adresse",
              "complement_adresse",
              "commune_code",
              "commune_name",
              "code_postal",
              "latitude",
              "longitude",
              "telephone",
              "courriel",
              "contact_nom_prenom",
              "lien_mobilisation",
              "mobilisation_precisions",
              "horaires_accueil",
              "weekly_hours",
              "weeks",
              "capacity",
              "funding_amount_cents",
              "convention_number",
              "esf_cofunded",
              "date_maj",
              "published_at",
              "archived_at",
              "created_at",
              "updated_at"},
             rows);
  BulkInsert(conn, "action_codes", {"action_id", "list", "code"}, codes);
}

void LoadSessions(SqlConnection& conn, const Batch& batch, Ids ids, Ids actions,
                  const std::string& at) {
  std::vector<SqlParams> rows;
  rows.reserve(batch.sessions.size());
  for (std::size_t i = 0; i < batch.sessions.size(); ++i) {
    const auto& s = batch.sessions[i];
    rows.push_back({ids.Of(i), actions.Of(s.action), s.label, FormatIsoDate(s.starts_on),
                    FormatIsoDate(s.ends_on), s.schedule, Opt(s.weekly_hours), Opt(s.weeks),
                    static_cast<std::int64_t>(s.places), s.place, Opt(s.commune_code), s.cancelled,
                    FormatIsoTimestamp(s.created_at), at});
  }
  BulkInsert(conn, "action_sessions",
             {"id", "action_id", "label", "starts_on", "ends_on", "schedule", "weekly_hours",
              "weeks", "places", "place", "commune_code", "cancelled", "created_at", "updated_at"},
             rows);
}

void LoadPrescriptions(SqlConnection& conn, const Batch& batch, Ids ids, Ids actions, Ids sessions,
                       const std::string& at) {
  std::vector<SqlParams> rows;
  std::vector<SqlParams> events;
  rows.reserve(batch.prescriptions.size());
  for (std::size_t i = 0; i < batch.prescriptions.size(); ++i) {
    const auto& p = batch.prescriptions[i];
    rows.push_back({ids.Of(i),
                    p.person_id,
                    actions.Of(p.action),
                    p.session ? SqlParam(sessions.Of(*p.session)) : SqlParam(nullptr),
                    batch.actions.at(p.action).structure_id,
                    Opt(p.prescriber_agent_id),
                    Opt(p.prescriber_structure_id),
                    p.message,
                    Opt(p.weekly_hours),
                    Opt(p.weeks),
                    p.status,
                    Opt(p.reason),
                    Opt(p.reason_detail),
                    Opt(p.outcome),
                    FormatIsoTimestamp(p.prescribed_at),
                    TimeOrNull(p.answered_at),
                    DateOrNull(p.entered_on),
                    DateOrNull(p.exited_on),
                    TimeOrNull(p.reminded_at),
                    FormatIsoTimestamp(p.prescribed_at),
                    at});
    for (const auto& e : p.events) {
      events.push_back({ids.Of(i), e.status, FormatIsoTimestamp(e.at), Opt(e.agent_id),
                        Opt(e.reason), Opt(e.outcome), e.comment});
    }
  }
  BulkInsert(conn, "prescriptions",
             {"id",
              "person_id",
              "action_id",
              "session_id",
              "structure_id",
              "prescriber_agent_id",
              "prescriber_structure_id",
              "message",
              "weekly_hours",
              "weeks",
              "status",
              "reason",
              "reason_detail",
              "outcome",
              "prescribed_at",
              "answered_at",
              "entered_on",
              "exited_on",
              "reminded_at",
              "created_at",
              "updated_at"},
             rows);
  BulkInsert(conn, "prescription_events",
             {"prescription_id", "status", "at", "agent_id", "reason", "outcome", "comment"},
             events);
}

}  // namespace

std::vector<std::int64_t> SqlOfferPopulationRepository::Load(const Batch& batch, Timestamp now) {
  const std::string at = FormatIsoTimestamp(now);
  const Ids programmes{NextId(conn_, "programmes")};
  const Ids actions{NextId(conn_, "actions")};
  const Ids sessions{NextId(conn_, "action_sessions")};
  const Ids prescriptions{NextId(conn_, "prescriptions")};
  LoadProgrammes(conn_, batch, programmes, at);
  LoadActions(conn_, batch, actions, programmes, at);
  LoadSessions(conn_, batch, sessions, actions, at);
  LoadPrescriptions(conn_, batch, prescriptions, actions, sessions, at);
  for (const char* table : {"programmes", "actions", "action_sessions", "prescriptions"}) {
    ResyncIdentity(conn_, table);
  }
  std::vector<std::int64_t> ids;
  ids.reserve(batch.actions.size());
  for (std::size_t i = 0; i < batch.actions.size(); ++i) ids.push_back(actions.Of(i));
  return ids;
}

}  // namespace pacte::storage
