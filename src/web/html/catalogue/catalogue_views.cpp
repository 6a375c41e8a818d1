#include "web/html/catalogue/catalogue_views.hpp"

#include <cmath>

#include "domain/offer/di_codes.hpp"
#include "domain/offer/objective.hpp"
#include "domain/parcours/contract_action.hpp"
#include "web/html/catalogue/catalogue_form.hpp"
#include "web/html/forms.hpp"

namespace pacte::web {
namespace {

std::string Labels(const std::vector<std::string>& codes, const std::vector<di::DiCode>& list) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ", ") + std::string(di::LabelOf(list, c));
  return out;
}

std::string Join(std::initializer_list<std::string> parts, const char* sep) {
  std::string out;
  for (const auto& p : parts) {
    if (!p.empty()) out += (out.empty() ? "" : sep) + p;
  }
  return out;
}

std::string Volume(const ActionFields& f) {
  std::string out;
  if (f.weekly_hours) out = NumberText(f.weekly_hours) + " h par semaine";
  if (f.weeks) out += (out.empty() ? "" : " pendant ") + std::to_string(*f.weeks) + " semaines";
  if (f.capacity) out += (out.empty() ? "" : " ; ") + std::to_string(*f.capacity) + " places";
  return out;
}

nlohmann::json SessionsJson(const std::vector<app::StoredSession>& sessions) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : sessions) {
    const auto& f = s.fields;
    auto total = TotalHours(f.weekly_hours, f.weeks);
    std::string hours = f.weekly_hours ? NumberText(f.weekly_hours) + " h × " +
                                             std::to_string(f.weeks.value_or(0)) + " sem." +
                                             (total ? " = " + NumberText(total) + " h" : "")
                                       : "";
    out.push_back({{"label", f.label.empty() ? "Session n° " + std::to_string(s.id) : f.label},
                   {"starts_on", FormatFrenchDate(f.starts_on)},
                   {"ends_on", FormatFrenchDate(f.ends_on)},
                   {"schedule", f.schedule},
                   {"hours", hours},
                   {"places", f.places},
                   {"taken", s.taken},
                   {"free", FreePlaces(f.places, s.taken)},
                   {"place", f.place},
                   {"cancelled", s.cancelled},
                   {"edit_href", ActionHref(s.action_id) + "/sessions/" + std::to_string(s.id)}});
  }
  return out;
}

}  // namespace

std::string ActionHref(std::int64_t id) { return "/offre/actions/" + std::to_string(id); }

nlohmann::json ActionPageJson(const app::ActionDetail& d) {
  const auto& a = d.action;
  const auto& f = a.data.fields;
  auto objective = ParseObjective(f.objective);
  nlohmann::json fixes = d.quality.ToFix();
  const std::string href = ActionHref(a.id);
  nlohmann::json j{
      {"name", f.name},
      {"status_label", ActionStatusLabel(a.data.status)},
      {"stale", d.stale},
      {"date_maj", FormatFrenchDate(a.data.date_maj)},
      {"structure_name", a.structure_name},
      {"objective_label", objective ? std::string(ObjectiveLabel(*objective)) : "Non renseigné"},
      {"action_type_label",
       f.action_type ? std::to_string(*f.action_type) + " — " +
                           std::string(OarsaActionTypeLabel(static_cast<int>(*f.action_type)))
                     : ""},
      {"programme_name", d.programme_name.value_or("")},
      {"description", f.description},
      {"thematiques", Labels(f.thematiques, di::Thematiques())},
      {"publics", Labels(f.publics, di::Publics())},
      {"place", Join({f.adresse, f.complement_adresse, a.data.commune_name}, ", ")},
      {"contact", Join({f.contact_nom_prenom, f.telephone, f.courriel}, " · ")},
      {"mobilisation", Join({Labels(f.modes_mobilisation, di::ModesMobilisation()),
                             f.mobilisation_precisions},
                            " — ")},
      {"volume", Volume(f)},
      {"di_id", a.di_id},
      {"quality_percent", static_cast<int>(std::lround(d.quality.score * 100))},
      {"fixes", fixes},
      {"has_fixes", !fixes.empty()},
      {"sessions", SessionsJson(d.sessions)},
      {"has_sessions", !d.sessions.empty()},
      {"can_manage", d.can_manage},
      {"version", a.version},
      {"edit_href", href + "/modifier"}};
  // Empty strings are truthy for the template engine: drop them.
  for (auto it = j.begin(); it != j.end();) {
    it = it->is_string() && it->get<std::string>().empty() ? j.erase(it) : std::next(it);
  }
  if (d.can_manage && a.data.status != ActionStatus::kPubliee) j["publish_href"] = href + "/publier";
  if (d.can_manage && a.data.status != ActionStatus::kArchivee) {
    j["archive_href"] = href + "/archiver";
  }
  return j;
}

nlohmann::json SessionFormJson(std::int64_t action_id, const SessionInput& v,
                               const Error* error) {
  nlohmann::json e = error ? FieldErrorsJson(*error) : nlohmann::json::object();
  auto weeks = v.weeks && *v.weeks != kUnreadableInt ? std::to_string(*v.weeks) : "";
  auto places = v.places && *v.places != kUnreadableInt ? std::to_string(*v.places) : "";
  nlohmann::json fields = nlohmann::json::array(
      {TextField("label", "Nom de la session", v.label, e),
       DateField("starts_on", "Début (obligatoire)", v.starts_on, e),
       DateField("ends_on", "Fin (obligatoire)", v.ends_on, e),
       TextField("schedule", "Horaires", v.schedule, e, "Par exemple : lundi et jeudi, 9 h – 12 h."),
       TextField("weekly_hours", "Heures par semaine", NumberText(v.weekly_hours), e),
       TextField("weeks", "Nombre de semaines", weeks, e, "Vide : calculé à partir des dates."),
       TextField("places", "Places (obligatoire)", places, e),
       TextField("place", "Lieu", v.place, e)});
  nlohmann::json out{{"action", ActionHref(action_id) + "/sessions"}, {"fields", fields}};
  if (error) out["summary"] = error->message;
  return out;
}

}  // namespace pacte::web
